import { queryOptions, useQuery } from '@tanstack/react-query';
import { measureKeys } from '@/features/measures/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Comments on a measure, oldest first (the newest at the bottom, next to the box for a new one). */
export async function getComments(
  supabase: AppSupabaseClient,
  { measureId }: { measureId: string },
  signal?: AbortSignal,
) {
  let query = supabase
    .from('comments')
    .select('id, body, created_at, updated_at, author:profiles(id, full_name, role)')
    .eq('measure_id', measureId)
    .order('created_at')
    .order('id');
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export type MeasureComment = Awaited<ReturnType<typeof getComments>>[number];

export const commentsQueryOptions = (supabase: AppSupabaseClient, measureId: string) =>
  queryOptions({
    queryKey: measureKeys.comments(measureId),
    queryFn: ({ signal }) => getComments(supabase, { measureId }, signal),
  });

export function useComments(measureId: string) {
  return useQuery(commentsQueryOptions(useSupabase(), measureId));
}
