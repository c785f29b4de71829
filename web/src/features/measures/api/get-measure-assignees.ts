import { queryOptions, useQuery } from '@tanstack/react-query';
import { isMeasureId } from '@/features/measures/api/get-measure';
import { measureKeys } from '@/features/measures/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** The people assigned to a measure, with their profile (disabled users stay listed, marked inactive). */
export async function getMeasureAssignees(
  supabase: AppSupabaseClient,
  { measureId }: { measureId: string },
  signal?: AbortSignal,
) {
  let query = supabase
    .from('measure_assignees')
    .select(
      'user_id, assigned_at, profile:profiles!measure_assignees_user_id_fkey(id, full_name, position, role, is_active)',
    )
    .eq('measure_id', measureId)
    .order('assigned_at');
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export type MeasureAssignee = Awaited<ReturnType<typeof getMeasureAssignees>>[number];

export const measureAssigneesQueryOptions = (supabase: AppSupabaseClient, measureId: string) =>
  queryOptions({
    queryKey: measureKeys.assignees(measureId),
    queryFn: ({ signal }) => getMeasureAssignees(supabase, { measureId }, signal),
  });

export function useMeasureAssignees(measureId: string) {
  return useQuery({ ...measureAssigneesQueryOptions(useSupabase(), measureId), enabled: isMeasureId(measureId) });
}
