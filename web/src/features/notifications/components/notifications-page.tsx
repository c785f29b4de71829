import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkNotificationsRead } from '@/features/notifications/api/mark-notifications-read';
import type { NotificationFilter } from '@/features/notifications/api/query-keys';
import { useUnreadNotificationCount } from '@/features/notifications/api/refresh-notifications';
import { NotificationItem } from '@/features/notifications/components/notification-item';

/** /notifications: deadline reminders and workflow events for the signed-in user, unread first by default. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<NotificationFilter>('unread');
  const unread = useUnreadNotificationCount();
  const query = useNotifications({ filter });
  const mark = useMarkNotificationsRead();
  const unreadCount = unread.data ?? 0;

  const header = (
    <PageHeader
      title={t('nav.notifications')}
      description={t('pages.notificationsDescription')}
      actions={
        <Button
          variant="light"
          leftSection={<IconChecks aria-hidden="true" size={18} />}
          onClick={() => mark.mutate({ read: true })}
          loading={mark.isPending && mark.variables?.ids === undefined}
          disabled={unreadCount === 0}
        >
          {t('notifications.markAllRead')}
        </Button>
      }
    />
  );
  const filterControl = (
    <SegmentedControl
      style={{ alignSelf: 'flex-start' }}
      value={filter}
      onChange={(value) => setFilter(value === 'all' ? 'all' : 'unread')}
      aria-label={t('notifications.filterLabel')}
      data={[
        { value: 'unread', label: t('notifications.filter.unread', { count: unreadCount }) },
        { value: 'all', label: t('notifications.filter.all') },
      ]}
    />
  );

  let body;
  if (query.isPending) body = <LoadingSkeleton lines={6} />;
  else if (query.isError)
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isRefetching} />;
  else if (query.data.length === 0)
    body = (
      <EmptyState
        title={filter === 'unread' ? t('notifications.emptyUnreadTitle') : t('notifications.emptyTitle')}
        description={t('notifications.emptyText')}
      />
    );
  else
    body = (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('nav.notifications')}>
        {query.data.map((n) => (
          <NotificationItem
            key={n.id}
            notification={n}
            isMarking={mark.isPending && mark.variables?.ids?.[0] === n.id}
            onMark={(read) => mark.mutate({ ids: [n.id], read })}
          />
        ))}
      </Stack>
    );

  return (
    <>
      {header}
      <Stack gap="md">
        <Group>{filterControl}</Group>
        {body}
      </Stack>
    </>
  );
}
