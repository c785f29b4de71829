import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '@/features/auth/api/query-keys';
import { useSupabaseHandle } from '@/lib/supabase-context';
import type { AppSupabaseClient } from '@/lib/supabase-handle';

/** Ends this browser's session (other devices stay signed in). */
export async function signOut(supabase: AppSupabaseClient) {
  const { error } = await supabase.auth.signOut({ scope: 'local' });
  if (error) throw error;
}

export function useSignOut() {
  const supabase = useSupabaseHandle();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => signOut(await supabase.get()),
    // supabase-js forgets the local session even when the server call fails: so does the cache.
    onSettled: () => {
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}
