import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import { mergeMeasureRow } from '@/features/measures/api/measure-cache';
import { measureKeys } from '@/features/measures/api/query-keys';
import { updateMeasure } from '@/features/measures/api/update-measure';
import { invalidateMeasureData } from '@/lib/query-roots';
import { useSupabase } from '@/lib/supabase-context';

export interface UpdateMeasureProgressVariables {
  id: string;
  version: number;
  percent: number;
}

/**
 * Sets the percent complete. Optimistic: the page shows the new percent at once and puts the old one
 * back if the server refuses (a conflict, a lock, no right).
 */
export function useUpdateMeasureProgress() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, percent }: UpdateMeasureProgressVariables) =>
      updateMeasure(supabase, { id, version, changes: { percent_complete: percent } }),
    meta: { errorToast: false },
    onMutate: async ({ id, percent }) => {
      const key = measureKeys.detail(id);
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<MeasureDetail | null>(key);
      queryClient.setQueryData<MeasureDetail | null>(key, (old) => (old ? { ...old, percent_complete: percent } : old));
      return { previous };
    },
    onError: (_error, { id }, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(measureKeys.detail(id), context.previous);
    },
    onSuccess: (row) => mergeMeasureRow(queryClient, row),
    onSettled: () => invalidateMeasureData(queryClient),
  });
}
