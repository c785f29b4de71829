import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface AddCommentVariables {
  measureId: string;
  body: string;
}

/** Adds a comment (anyone who can read the measure, the director included). */
export async function addComment(supabase: AppSupabaseClient, { measureId, body }: AddCommentVariables) {
  return unwrap(await supabase.from('comments').insert({ measure_id: measureId, body }).select('id').single());
}

export function useAddComment() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: AddCommentVariables) => addComment(supabase, vars),
    meta: { errorToast: false },
    onSuccess: () => invalidateMeasureData(queryClient),
  });
}
