import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from '@/features/notifications/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface MarkNotificationsVars {
  /** Which ones; undefined = all of the caller's notifications. */
  ids?: string[];
  /** true = read, false = unread again. */
  read: boolean;
}

/** Returns how many changed. */
export async function markNotificationsRead(supabase: AppSupabaseClient, { ids, read }: MarkNotificationsVars) {
  return unwrap(await supabase.rpc('mark_notifications_read', { ...(ids ? { p_ids: ids } : {}), p_read: read }));
}

export function useMarkNotificationsRead() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: MarkNotificationsVars) => markNotificationsRead(supabase, vars),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
