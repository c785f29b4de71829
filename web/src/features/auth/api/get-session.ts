import type { Session } from '@supabase/supabase-js';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { authKeys } from '@/features/auth/api/query-keys';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/**
 * The current session (null when signed out). supabase-js keeps it and refreshes the token;
 * `useAuthStateSync` copies every change into this query, so it never goes stale.
 */
export async function getSession(supabase: AppSupabaseClient): Promise<Session | null> {
  const { data, error } = await supabase.auth.getSession();
  if (error) throw error;
  return data.session;
}

export const sessionQueryOptions = (supabase: AppSupabaseClient) =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: () => getSession(supabase),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

export function useSession() {
  const supabase = useSupabase();
  return useQuery(sessionQueryOptions(supabase));
}
