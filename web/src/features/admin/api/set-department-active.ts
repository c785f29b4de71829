import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Deactivates (hidden from new choices, history kept) or reactivates a department. */
export async function setDepartmentActive(
  supabase: AppSupabaseClient,
  { id, active }: { id: string; active: boolean },
) {
  return unwrap(await supabase.from('departments').update({ is_active: active }).eq('id', id).select('id').single());
}

export function useSetDepartmentActive() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; active: boolean }) => setDepartmentActive(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
  });
}
