import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importKeys, PLAN_LIST_ROOTS } from '@/features/import/api/query-keys';
import type { ImportPayload } from '@/features/import/lib/build-import-payload';
import { ApiError, unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/**
 * Creates the plan, its indicators and measures in one transaction (`create_plan_from_import`): either all of
 * it is written or nothing is. Returns the new plan's id.
 */
export async function createPlanFromImport(supabase: AppSupabaseClient, payload: ImportPayload): Promise<string> {
  const result = await supabase.rpc('create_plan_from_import', { payload: payload as never });
  const id = unwrap(result);
  if (!id) throw new ApiError({ message: 'The server returned no plan id', status: result.status });
  return id;
}

export function useCreatePlanFromImport() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: ImportPayload) => createPlanFromImport(supabase, payload),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: importKeys.all }),
        ...PLAN_LIST_ROOTS.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        invalidateMeasureData(queryClient),
      ]),
    meta: { errorToast: false },
  });
}
