import { queryOptions, useQuery } from '@tanstack/react-query';
import { notificationKeys, type NotificationFilter } from '@/features/notifications/api/query-keys';
import { unreadNotificationCountQueryOptions } from '@/features/notifications/api/refresh-notifications';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

const COLUMNS =
  'id, kind, measure_id, measure_title, due_date, note, created_at, read_at, actor:profiles!actor_id(full_name)';
export const NOTIFICATION_PAGE_SIZE = 100;

/** The caller's notifications, newest first (RLS: only their own). */
export async function getNotifications(
  supabase: AppSupabaseClient,
  { filter }: { filter: NotificationFilter },
  signal?: AbortSignal,
) {
  let query = supabase
    .from('notifications')
    .select(COLUMNS)
    .order('created_at', { ascending: false })
    .order('id')
    .limit(NOTIFICATION_PAGE_SIZE);
  if (filter === 'unread') query = query.is('read_at', null);
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export type AppNotification = Awaited<ReturnType<typeof getNotifications>>[number];

/**
 * The list first waits for today's reminders to be written: the header's refresh call, shared through the
 * cache (no second request when it is running or fresh).
 */
export const notificationsQueryOptions = (supabase: AppSupabaseClient, vars: { filter: NotificationFilter }) =>
  queryOptions({
    queryKey: notificationKeys.list(vars),
    queryFn: async ({ signal, client }) => {
      await client.ensureQueryData(unreadNotificationCountQueryOptions(supabase));
      return getNotifications(supabase, vars, signal);
    },
  });

export function useNotifications(vars: { filter: NotificationFilter }) {
  return useQuery(notificationsQueryOptions(useSupabase(), vars));
}
