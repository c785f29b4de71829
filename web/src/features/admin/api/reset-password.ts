import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Sets a new password for a user of the organisation (`admin_reset_password`). */
export async function resetPassword(
  supabase: AppSupabaseClient,
  { userId, password }: { userId: string; password: string },
) {
  unwrap(await supabase.rpc('admin_reset_password', { user_id: userId, new_password: password }));
}

export function useResetPassword() {
  const supabase = useSupabase();
  return useMutation({
    mutationFn: (vars: { userId: string; password: string }) => resetPassword(supabase, vars),
    meta: { errorToast: false },
  });
}
