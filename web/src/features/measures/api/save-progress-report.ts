import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Enums } from '@/lib/database.types';
import { ApiError, unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface SaveProgressReportVariables {
  measureId: string;
  /** The report being edited, or null for a new one. */
  reportId: string | null;
  period: Enums<'report_period'>;
  narrative: string;
  percent: number;
}

/** Adds the report of a period or changes it (assignees, the head of the department and admins). */
export async function saveProgressReport(
  supabase: AppSupabaseClient,
  { measureId, reportId, period, narrative, percent }: SaveProgressReportVariables,
) {
  if (reportId === null) {
    return unwrap(
      await supabase
        .from('progress_reports')
        .insert({ measure_id: measureId, period, narrative, percent })
        .select('id')
        .single(),
    );
  }
  const row = unwrap(
    await supabase
      .from('progress_reports')
      .update({ narrative, percent })
      .eq('id', reportId)
      .select('id')
      .maybeSingle(),
  );
  if (!row) throw new ApiError({ message: 'The report was not changed', status: 403, code: '42501' });
  return row;
}

/** The form shows errors itself. */
export function useSaveProgressReport() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: SaveProgressReportVariables) => saveProgressReport(supabase, vars),
    meta: { errorToast: false },
    onSuccess: () => invalidateMeasureData(queryClient),
  });
}
