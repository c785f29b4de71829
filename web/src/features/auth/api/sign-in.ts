import type { Session } from '@supabase/supabase-js';
import { useState } from 'react';
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
 * Sign-in for the login form, which shows the error itself. Plain React state rather than `useMutation`:
 * the login page renders without TanStack Query (the route puts the session in the query cache, if there
 * is one yet). The client may still be loading when the page first renders: the call waits for it.
 */
export function useSignIn() {
  const supabase = useSupabaseHandle();
  const [state, setState] = useState<{ isPending: boolean; error: unknown }>({ isPending: false, error: null });
  const mutate = (variables: SignInVariables, { onSuccess }: { onSuccess: (session: Session) => void }) => {
    setState({ isPending: true, error: null });
    supabase
      .get()
      .then((client) => signIn(client, variables))
      .then(
        (session) => {
          setState({ isPending: false, error: null });
          onSuccess(session);
        },
        (error: unknown) => setState({ isPending: false, error }),
      );
  };
  return { mutate, isPending: state.isPending, error: state.error };
}
