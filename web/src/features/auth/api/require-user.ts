import type { Session } from '@supabase/supabase-js';
import type { QueryClient } from '@tanstack/react-query';
import { currentProfileQueryOptions, type CurrentProfile } from '@/features/auth/api/get-current-profile';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { AppError } from '@/lib/errors';
import type { SupabaseHandle } from '@/lib/supabase-handle';

interface GuardContext {
  queryClient: QueryClient;
  supabase: SupabaseHandle;
}

/**
 * The session for route guards. A visitor with nothing stored is signed out for sure: answer without
 * loading supabase-js, so the login page stays light.
 */
export async function ensureSession({ queryClient, supabase }: GuardContext): Promise<Session | null> {
  if (!supabase.mayHaveSession()) return null;
  return queryClient.ensureQueryData(sessionQueryOptions(await supabase.get()));
}

/**
 * For route guards: the signed-in user and their active profile, or null when signed out.
 * Throws `AppError('profile_missing' | 'profile_inactive')` for accounts that cannot use the app.
 */
export async function requireUser(
  context: GuardContext,
): Promise<{ session: Session; profile: CurrentProfile } | null> {
  const session = await ensureSession(context);
  if (!session) return null;
  const supabase = await context.supabase.get();
  const profile = await context.queryClient.ensureQueryData(currentProfileQueryOptions(supabase, session.user.id));
  if (!profile) throw new AppError('profile_missing');
  if (!profile.is_active) throw new AppError('profile_inactive');
  return { session, profile };
}
