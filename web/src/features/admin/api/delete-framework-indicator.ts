import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Removes an indicator (and its items) from a framework; plans keep their own copy of it. */
export async function deleteFrameworkIndicator(supabase: AppSupabaseClient, { id }: { id: string }) {
  unwrap(await supabase.from('framework_indicators').delete().eq('id', id));
}

export function useDeleteFrameworkIndicator() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string }) => deleteFrameworkIndicator(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
  });
}
