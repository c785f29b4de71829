import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface AssignMeasureVariables {
  measureId: string;
  userIds: string[];
}

/** Assigns people of the owner department (heads of that department and admins; the database checks membership). */
export async function assignMeasure(supabase: AppSupabaseClient, { measureId, userIds }: AssignMeasureVariables) {
  unwrap(
    await supabase
      .from('measure_assignees')
      .insert(userIds.map((userId) => ({ measure_id: measureId, user_id: userId }))),
  );
}

export function useAssignMeasure() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: AssignMeasureVariables) => assignMeasure(supabase, vars),
    onSuccess: () => invalidateMeasureData(queryClient),
  });
}
