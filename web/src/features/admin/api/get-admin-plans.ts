import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminPlanKeys } from '@/features/admin/api/query-keys';
import type { PlanStatus } from '@/config/measure-status';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface AdminPlanSummary {
  id: string;
  fiscal_year: number;
  title: string;
  status: PlanStatus;
  ita_score: number | null;
  ita_grade: string | null;
  has_framework: boolean;
  indicators: number;
  measures: number;
}

/** The organisation's plans with their indicator and measure counts, newest fiscal year first. */
export async function getAdminPlans(
  supabase: AppSupabaseClient,
  { organizationId }: { organizationId: string },
  signal?: AbortSignal,
): Promise<AdminPlanSummary[]> {
  let query = supabase
    .from('plans')
    .select(
      'id, fiscal_year, title, status, ita_score, ita_grade, framework_id, plan_indicators(count), measures(count)',
    )
    .eq('organization_id', organizationId)
    .order('fiscal_year', { ascending: false });
  if (signal) query = query.abortSignal(signal);
  return (unwrap(await query) ?? []).map(({ plan_indicators, measures, framework_id, ...p }) => ({
    ...p,
    ita_score: p.ita_score === null ? null : Number(p.ita_score),
    has_framework: framework_id !== null,
    indicators: plan_indicators[0]?.count ?? 0,
    measures: measures[0]?.count ?? 0,
  }));
}

export const adminPlansQueryOptions = (supabase: AppSupabaseClient, organizationId: string) =>
  queryOptions({
    queryKey: adminPlanKeys.list(organizationId),
    queryFn: ({ signal }) => getAdminPlans(supabase, { organizationId }, signal),
  });

export function useAdminPlans(organizationId: string) {
  return useQuery(adminPlansQueryOptions(useSupabase(), organizationId));
}
