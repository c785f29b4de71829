import { queryOptions, useQuery } from '@tanstack/react-query';
import { notificationKeys } from '@/features/notifications/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** How often a signed-in app asks for new reminders and the unread count. */
export const NOTIFICATION_REFRESH_MS = 5 * 60_000;

/**
 * Writes the caller's deadline reminders due today (idempotent, in the database) and returns how many of their
 * notifications are unread. Workflow notifications (submitted, returned, approved) are written by triggers.
 */
export async function refreshMyNotifications(supabase: AppSupabaseClient, signal?: AbortSignal): Promise<number> {
  let query = supabase.rpc('refresh_my_notifications');
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? 0;
}

export const unreadNotificationCountQueryOptions = (supabase: AppSupabaseClient) =>
  queryOptions({
    queryKey: notificationKeys.unread(),
    queryFn: async ({ signal, client }) => {
      const unread = await refreshMyNotifications(supabase, signal);
      // New reminders (or ones read elsewhere): the open list is stale too.
      const previous = client.getQueryData<number>(notificationKeys.unread());
      if (previous !== undefined && previous !== unread) {
        void client.invalidateQueries({ queryKey: notificationKeys.lists() });
      }
      return unread;
    },
    refetchInterval: NOTIFICATION_REFRESH_MS,
    staleTime: 60_000,
  });

/** The unread count for the header: runs on sign-in (when the header mounts) and every few minutes. */
export function useUnreadNotificationCount() {
  return useQuery(unreadNotificationCountQueryOptions(useSupabase()));
}
