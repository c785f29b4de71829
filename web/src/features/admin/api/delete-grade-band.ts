import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export async function deleteGradeBand(supabase: AppSupabaseClient, { id }: { id: string }) {
  unwrap(await supabase.from('framework_grade_bands').delete().eq('id', id));
}

export function useDeleteGradeBand() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string }) => deleteGradeBand(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
  });
}
