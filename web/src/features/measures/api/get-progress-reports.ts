import { queryOptions, useQuery } from '@tanstack/react-query';
import { measureKeys } from '@/features/measures/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** The measure's progress reports (at most one per period), with who reported. */
export async function getProgressReports(
  supabase: AppSupabaseClient,
  { measureId }: { measureId: string },
  signal?: AbortSignal,
) {
  let query = supabase
    .from('progress_reports')
    .select('id, period, narrative, percent, created_at, updated_at, reporter:profiles(id, full_name)')
    .eq('measure_id', measureId);
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export type ProgressReport = Awaited<ReturnType<typeof getProgressReports>>[number];

export const progressReportsQueryOptions = (supabase: AppSupabaseClient, measureId: string) =>
  queryOptions({
    queryKey: measureKeys.progressReports(measureId),
    queryFn: ({ signal }) => getProgressReports(supabase, { measureId }, signal),
  });

export function useProgressReports(measureId: string) {
  return useQuery(progressReportsQueryOptions(useSupabase(), measureId));
}
