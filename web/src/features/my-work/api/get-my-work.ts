import { queryOptions, useQuery } from '@tanstack/react-query';
import { myWorkKeys, type MyWorkListVars } from '@/features/my-work/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

// Two foreign keys join measures and measure_assignees (organisation and department); name one.
const MEASURE_COLUMNS = `id, no, title, status, due_date, percent_complete,
  plan:plans!inner(fiscal_year),
  indicator:plan_indicators(id, no, name),
  department:departments(id, name),
  assignees:measure_assignees!measure_assignees_measure_id_organization_id_fkey(user_id, profile:profiles!user_id(full_name))`;

// Staff see their own assignments: an extra inner-joined embed filters the measures, while `assignees`
// above still lists every assignee of each measure.
const ASSIGNED_COLUMNS = `${MEASURE_COLUMNS},
  mine:measure_assignees!measure_assignees_measure_id_organization_id_fkey!inner(user_id)`;

async function getMeasures(supabase: AppSupabaseClient, vars: MyWorkListVars, signal?: AbortSignal) {
  const { scope } = vars;
  let query =
    scope.kind === 'assigned'
      ? supabase.from('measures').select(ASSIGNED_COLUMNS).eq('mine.user_id', scope.userId)
      : supabase.from('measures').select(MEASURE_COLUMNS).eq('department_id', scope.departmentId);
  query = query
    .eq('plan.fiscal_year', vars.fiscalYear)
    .eq('organization_id', vars.organizationId)
    .order('due_date', { ascending: true, nullsFirst: false })
    .order('no', { ascending: true, nullsFirst: false });
  if (signal) query = query.abortSignal(signal);
  const rows = unwrap(await query) ?? [];
  // Drop the filter-only embed so both scopes return the same shape.
  return rows.map(({ id, no, title, status, due_date, percent_complete, indicator, department, assignees }) => ({
    id,
    no,
    title,
    status,
    due_date,
    percent_complete,
    indicator,
    department,
    assignees,
  }));
}

async function getPlan(supabase: AppSupabaseClient, vars: MyWorkListVars, signal?: AbortSignal) {
  let query = supabase
    .from('plans')
    .select('id, title, status')
    .eq('organization_id', vars.organizationId)
    .eq('fiscal_year', vars.fiscalYear);
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query.maybeSingle());
}

/**
 * The signed-in user's measures in the fiscal year's plan, and the plan itself (null when the organisation has
 * no plan for that year). Two requests in parallel, each one list; nothing per row.
 */
export async function getMyWork(supabase: AppSupabaseClient, vars: MyWorkListVars, signal?: AbortSignal) {
  const [plan, measures] = await Promise.all([getPlan(supabase, vars, signal), getMeasures(supabase, vars, signal)]);
  return { plan, measures };
}

export type MyWork = Awaited<ReturnType<typeof getMyWork>>;
export type MyWorkMeasure = MyWork['measures'][number];

export const myWorkQueryOptions = (supabase: AppSupabaseClient, vars: MyWorkListVars) =>
  queryOptions({
    queryKey: myWorkKeys.list(vars),
    queryFn: ({ signal }) => getMyWork(supabase, vars, signal),
  });

export function useMyWork(vars: MyWorkListVars) {
  return useQuery(myWorkQueryOptions(useSupabase(), vars));
}
