/** Query keys of the notifications feature (rooted at `notifications`, a measure-data root in `lib/query-roots.ts`). */
export type NotificationFilter = 'unread' | 'all';

export const notificationKeys = {
  all: ['notifications'] as const,
  /** The header's unread count (the refresh call returns it). */
  unread: () => [...notificationKeys.all, 'unread'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (filters: { filter: NotificationFilter }) => [...notificationKeys.lists(), filters] as const,
};
