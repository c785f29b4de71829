import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Disables (sign-in refused, sessions ended, history kept) or re-enables a user (`admin_set_user_active`). */
export async function setUserActive(
  supabase: AppSupabaseClient,
  { userId, active }: { userId: string; active: boolean },
) {
  return unwrap(await supabase.rpc('admin_set_user_active', { user_id: userId, active }));
}

export function useSetUserActive() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { userId: string; active: boolean }) => setUserActive(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
  });
}
