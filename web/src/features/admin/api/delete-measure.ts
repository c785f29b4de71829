import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Deletes a measure that is not started or cancelled (others: `measure_not_deletable`, cancel them instead). */
export async function deleteMeasure(supabase: AppSupabaseClient, { id }: { id: string }) {
  unwrap(await supabase.from('measures').delete().eq('id', id));
}

export function useDeleteMeasure() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string }) => deleteMeasure(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
  });
}
