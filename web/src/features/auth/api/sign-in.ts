import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '@/features/auth/api/query-keys';
import { RateLimitError } from '@/lib/errors';
import { useSupabaseHandle } from '@/lib/supabase-context';
import { lastRetryAfterSeconds, type AppSupabaseClient } from '@/lib/supabase-handle';

export interface SignInVariables {
  email: string;
  password: string;
}

/** Signs in with e-mail and password; a 429 becomes a `RateLimitError` carrying the server's wait. */
export async function signIn(supabase: AppSupabaseClient, { email, password }: SignInVariables) {
  const { data, error } = await supabase.auth.signInWithPassword({ email: email.trim(), password });
  if (error) {
    if (error.status === 429) throw new RateLimitError(lastRetryAfterSeconds(supabase), { cause: error });
    throw error;
  }
  return data.session;
}

/**
 * The login form shows the error itself, so no toast. The client may still be loading when the page
 * first renders (the login page ships without supabase-js): the mutation waits for it.
 */
export function useSignIn() {
  const supabase = useSupabaseHandle();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: SignInVariables) => signIn(await supabase.get(), variables),
    meta: { errorToast: false },
    onSuccess: (session) => {
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}
