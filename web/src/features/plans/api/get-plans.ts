import { queryOptions, useQuery } from '@tanstack/react-query';
import { planKeys } from '@/features/plans/api/query-keys';
import type { Tables } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** `fiscal_year` is B.E. (e.g. 2565). */
export type PlanSummary = Pick<Tables<'plans'>, 'id' | 'fiscal_year' | 'status'>;

/** The organisation's plans, newest fiscal year first. */
export async function getPlans(
  supabase: AppSupabaseClient,
  { organizationId }: { organizationId: string },
  signal?: AbortSignal,
): Promise<PlanSummary[]> {
  let query = supabase
    .from('plans')
    .select('id, fiscal_year, status')
    .eq('organization_id', organizationId)
    .order('fiscal_year', { ascending: false });
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export const plansQueryOptions = (supabase: AppSupabaseClient, organizationId: string) =>
  queryOptions({
    queryKey: planKeys.list({ organizationId }),
    queryFn: ({ signal }) => getPlans(supabase, { organizationId }, signal),
  });

export function usePlans({ organizationId }: { organizationId: string }) {
  const supabase = useSupabase();
  return useQuery(plansQueryOptions(supabase, organizationId));
}
