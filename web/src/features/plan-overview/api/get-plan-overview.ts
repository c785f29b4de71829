import { queryOptions, useQuery } from '@tanstack/react-query';
import { planOverviewKeys } from '@/features/plan-overview/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

// The whole page in one request: plan → indicators → measures → department and assignees.
// Row-level security trims the measures to what the caller may read (staff and heads: their department).
// Two foreign keys join measures and measure_assignees (organisation and department); name one.
const PLAN_COLUMNS = `id, fiscal_year, title, ita_score, ita_grade, status,
  organization:organizations(name),
  indicators:plan_indicators(id, no, name, group, score, analysis, agency_analysis,
    measures(id, no, title, status, due_date, percent_complete,
      department:departments(id, name),
      assignees:measure_assignees!measure_assignees_measure_id_organization_id_fkey(user_id, profile:profiles!user_id(full_name))))`;

export interface PlanOverviewVars {
  organizationId: string;
  /** B.E. */
  fiscalYear: number;
}

/** The organisation's plan for the fiscal year with its indicators (in order) and their measures, or null. */
export async function getPlanOverview(supabase: AppSupabaseClient, vars: PlanOverviewVars, signal?: AbortSignal) {
  let query = supabase
    .from('plans')
    .select(PLAN_COLUMNS)
    .eq('organization_id', vars.organizationId)
    .eq('fiscal_year', vars.fiscalYear)
    .order('no', { referencedTable: 'indicators', ascending: true })
    .order('no', { referencedTable: 'indicators.measures', ascending: true, nullsFirst: false });
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query.maybeSingle());
}

export type PlanOverview = NonNullable<Awaited<ReturnType<typeof getPlanOverview>>>;
export type PlanOverviewIndicator = PlanOverview['indicators'][number];
export type PlanOverviewMeasure = PlanOverviewIndicator['measures'][number];

export const planOverviewQueryOptions = (supabase: AppSupabaseClient, vars: PlanOverviewVars) =>
  queryOptions({
    queryKey: planOverviewKeys.detail(vars),
    queryFn: ({ signal }) => getPlanOverview(supabase, vars, signal),
  });

export function usePlanOverview(vars: PlanOverviewVars) {
  return useQuery(planOverviewQueryOptions(useSupabase(), vars));
}
