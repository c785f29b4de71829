import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MEASURE_COLUMNS } from '@/features/measures/api/get-measure';
import { mergeMeasureRow, noRowUpdated } from '@/features/measures/api/measure-cache';
import type { TablesUpdate } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export type MeasureChanges = Pick<
  TablesUpdate<'measures'>,
  'title' | 'detail' | 'start_date' | 'due_date' | 'percent_complete'
>;

export interface UpdateMeasureVariables {
  id: string;
  /** The version the person loaded; another one on the server fails with 409 `version_conflict`. */
  version: number;
  changes: MeasureChanges;
}

/** Changes a measure's fields (heads of the owner department and admins; assignees only the percent). */
export async function updateMeasure(supabase: AppSupabaseClient, { id, version, changes }: UpdateMeasureVariables) {
  const row = unwrap(
    await supabase
      .from('measures')
      .update({ ...changes, version })
      .eq('id', id)
      .select(MEASURE_COLUMNS)
      .maybeSingle(),
  );
  if (!row) throw noRowUpdated();
  return row;
}

/** The edit form's save: the form shows errors itself (a conflict gets its own message and a reload button). */
export function useUpdateMeasure() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UpdateMeasureVariables) => updateMeasure(supabase, vars),
    meta: { errorToast: false },
    onSuccess: async (row) => {
      mergeMeasureRow(queryClient, row);
      await invalidateMeasureData(queryClient);
    },
  });
}
