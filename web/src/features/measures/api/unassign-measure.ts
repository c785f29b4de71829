import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface UnassignMeasureVariables {
  measureId: string;
  userId: string;
}

/** Removes one assignee (heads of the owner department and admins; not while the measure is approved). */
export async function unassignMeasure(supabase: AppSupabaseClient, { measureId, userId }: UnassignMeasureVariables) {
  unwrap(await supabase.from('measure_assignees').delete().eq('measure_id', measureId).eq('user_id', userId));
}

export function useUnassignMeasure() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UnassignMeasureVariables) => unassignMeasure(supabase, vars),
    onSuccess: () => invalidateMeasureData(queryClient),
  });
}
