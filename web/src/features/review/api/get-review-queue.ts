import { queryOptions, useQuery } from '@tanstack/react-query';
import { reviewKeys, type ReviewQueueVars } from '@/features/review/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

// Two foreign keys join measures and measure_assignees (organisation and department); name one.
const QUEUE_COLUMNS = `id, no, title, status, version, percent_complete, due_date, submitted_at,
  plan:plans(fiscal_year),
  indicator:plan_indicators(no, name),
  department:departments(id, name),
  assignees:measure_assignees!measure_assignees_measure_id_organization_id_fkey(user_id, profile:profiles!user_id(full_name))`;

/**
 * Submitted measures waiting for a decision, oldest submission first, in every fiscal year (an inbox hides
 * nothing). A head's queue is their department's; an admin's is every department's unless one is chosen.
 */
export async function getReviewQueue(supabase: AppSupabaseClient, vars: ReviewQueueVars, signal?: AbortSignal) {
  let query = supabase
    .from('measures')
    .select(QUEUE_COLUMNS)
    .eq('organization_id', vars.organizationId)
    .eq('status', 'submitted');
  if (vars.departmentId) query = query.eq('department_id', vars.departmentId);
  query = query.order('submitted_at', { ascending: true, nullsFirst: false }).order('id', { ascending: true });
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export type ReviewQueueItem = Awaited<ReturnType<typeof getReviewQueue>>[number];

export const reviewQueueQueryOptions = (supabase: AppSupabaseClient, vars: ReviewQueueVars) =>
  queryOptions({
    queryKey: reviewKeys.queue(vars),
    queryFn: ({ signal }) => getReviewQueue(supabase, vars, signal),
  });

export function useReviewQueue(vars: ReviewQueueVars) {
  return useQuery(reviewQueueQueryOptions(useSupabase(), vars));
}
