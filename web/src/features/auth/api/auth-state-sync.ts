import type { Session } from '@supabase/supabase-js';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { authKeys } from '@/features/auth/api/query-keys';
import { useSupabaseHandle } from '@/lib/supabase-context';

/** Where the query client comes from once it exists (the app creates it when a guard first needs it). */
export interface QueryClientSource {
  whenLoaded(): Promise<QueryClient>;
}

/**
 * Mirrors supabase-js auth events (sign-in, sign-out, token refresh, other tabs) into the session query,
 * from the moment both the client and the query cache exist (before that nothing is cached, and the guards
 * read the session from supabase-js). When the signed-in user signs out or is replaced by another,
 * everything cached for them is dropped and `onUserLeft` runs (the app re-runs its route guards there,
 * which sends a signed-out user to the login page).
 */
export function useAuthStateSync(queries: QueryClientSource, onUserLeft: () => void) {
  const supabase = useSupabaseHandle();
  const handleUserLeft = useEffectEvent(onUserLeft);

  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let isActive = true;
    void Promise.all([supabase.whenLoaded(), queries.whenLoaded()]).then(([client, queryClient]) => {
      if (!isActive) return;
      const { data } = client.auth.onAuthStateChange((_event, session: Session | null) => {
        // Runs inside supabase-js's auth lock: never await a supabase call here.
        const previousUserId = queryClient.getQueryData<Session | null>(authKeys.session())?.user.id;
        queryClient.setQueryData(authKeys.session(), session);
        if (previousUserId === undefined || previousUserId === session?.user.id) return;
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
        queryClient.removeQueries({ queryKey: authKeys.profile(previousUserId) });
        handleUserLeft();
      });
      unsubscribe = () => data.subscription.unsubscribe();
    });
    return () => {
      isActive = false;
      unsubscribe?.();
    };
  }, [supabase, queries]);
}
