import { queryOptions, useQuery } from '@tanstack/react-query';
import { reviewKeys } from '@/features/review/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

// The measure, its latest progress report and its latest review decision, in one request.
const ITEM_COLUMNS = `id, no, title, detail, status, status_reason, version, percent_complete, start_date, due_date,
  submitted_at,
  plan:plans(fiscal_year),
  indicator:plan_indicators(no, name),
  department:departments(id, name),
  assignees:measure_assignees!measure_assignees_measure_id_organization_id_fkey(user_id, profile:profiles!user_id(full_name)),
  progress:progress_reports!progress_reports_measure_id_organization_id_fkey(period, narrative, percent, updated_at,
    reporter:profiles(full_name)),
  reviews:reviews!reviews_measure_id_organization_id_fkey(decision, note, reviewed_at, reviewer:profiles(full_name))`;

/** One measure as the reviewer sees it, or null when it does not exist or is not theirs to read. */
export async function getReviewItem(
  supabase: AppSupabaseClient,
  { measureId }: { measureId: string },
  signal?: AbortSignal,
) {
  let query = supabase
    .from('measures')
    .select(ITEM_COLUMNS)
    .eq('id', measureId)
    .order('updated_at', { referencedTable: 'progress', ascending: false })
    .limit(1, { referencedTable: 'progress' })
    .order('reviewed_at', { referencedTable: 'reviews', ascending: false })
    .limit(1, { referencedTable: 'reviews' });
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query.maybeSingle());
}

export type ReviewItem = NonNullable<Awaited<ReturnType<typeof getReviewItem>>>;

export const reviewItemQueryOptions = (supabase: AppSupabaseClient, measureId: string) =>
  queryOptions({
    queryKey: reviewKeys.item(measureId),
    queryFn: ({ signal }) => getReviewItem(supabase, { measureId }, signal),
  });

export function useReviewItem(measureId: string) {
  return useQuery(reviewItemQueryOptions(useSupabase(), measureId));
}
