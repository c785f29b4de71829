import { queryOptions, useQuery } from '@tanstack/react-query';
import { dashboardKeys, type DashboardVars } from '@/features/dashboard/api/query-keys';
import type { Dashboard } from '@/features/dashboard/lib/dashboard-data';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/**
 * The caller's dashboard for a fiscal year: one RPC, every figure computed in the database as the caller
 * (RLS decides the scope). Null when the organisation has no plan for that year.
 */
export async function getDashboard(
  supabase: AppSupabaseClient,
  { fiscalYear, asOf }: DashboardVars,
  signal?: AbortSignal,
): Promise<Dashboard | null> {
  let query = supabase.rpc(
    'plan_dashboard',
    asOf ? { p_fiscal_year: fiscalYear, p_as_of: asOf } : { p_fiscal_year: fiscalYear },
  );
  if (signal) query = query.abortSignal(signal);
  // jsonb: the generated types say Json; lib/dashboard-data.ts describes what the function builds.
  return (unwrap(await query) as unknown as Dashboard | null) ?? null;
}

export const dashboardQueryOptions = (supabase: AppSupabaseClient, vars: DashboardVars) =>
  queryOptions({
    queryKey: dashboardKeys.plan(vars),
    queryFn: ({ signal }) => getDashboard(supabase, vars, signal),
  });

export function useDashboard(vars: DashboardVars) {
  return useQuery(dashboardQueryOptions(useSupabase(), vars));
}
