import type { Session } from '@supabase/supabase-js';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { authKeys } from '@/features/auth/api/query-keys';
import { useSupabaseHandle } from '@/lib/supabase-context';

/**
 * Mirrors supabase-js auth events (sign-in, sign-out, token refresh, other tabs) into the session query,
 * from the moment the client is loaded. When the signed-in user signs out or is replaced by another,
 * everything cached for them is dropped and `onUserLeft` runs (the app re-runs its route guards there,
 * which sends a signed-out user to the login page).
 */
export function useAuthStateSync(onUserLeft: () => void) {
  const supabase = useSupabaseHandle();
  const queryClient = useQueryClient();
  const handleUserLeft = useEffectEvent(onUserLeft);

  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let isActive = true;
    void supabase.whenLoaded().then((client) => {
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
  }, [supabase, queryClient]);
}
