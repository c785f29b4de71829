import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSession } from '@/features/auth/api/get-session';
import { authKeys } from '@/features/auth/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

const PROFILE_COLUMNS =
  'id, full_name, position, role, is_active, organization:organizations(id, name), department:departments(id, name)';

/** null when the user has no profile row (an auth user the ITA coordinator has not set up). */
export async function getCurrentProfile(
  supabase: AppSupabaseClient,
  { userId }: { userId: string },
  signal?: AbortSignal,
) {
  let query = supabase.from('profiles').select(PROFILE_COLUMNS).eq('id', userId);
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query.maybeSingle());
}

/** The signed-in user's profile with their organisation and department. */
export type CurrentProfile = NonNullable<Awaited<ReturnType<typeof getCurrentProfile>>>;

export const currentProfileQueryOptions = (supabase: AppSupabaseClient, userId: string) =>
  queryOptions({
    queryKey: authKeys.profile(userId),
    queryFn: ({ signal }) => getCurrentProfile(supabase, { userId }, signal),
    staleTime: 5 * 60_000,
  });

/** The signed-in user's profile. Inside the authenticated routes the guard has already loaded it. */
export function useCurrentProfile() {
  const supabase = useSupabase();
  const userId = useSession().data?.user.id;
  return useQuery({ ...currentProfileQueryOptions(supabase, userId ?? ''), enabled: userId !== undefined });
}
