import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadNotificationCount } from '@/features/notifications/api/refresh-notifications';

/**
 * The header's link to the notifications page with the unread count. Mounting it (on sign-in) and every few
 * minutes after, it asks the database to write the user's deadline reminders and returns the count.
 */
export function NotificationBell() {
  const { data: count = 0 } = useUnreadNotificationCount();
  return <NotificationBellLink count={count} />;
}

/** The bell itself, for a given count (a failed or pending count shows as none). */
export function NotificationBellLink({ count }: { count: number }) {
  const { t } = useTranslation();
  const label = count > 0 ? t('header.notificationsWithCount', { count }) : t('header.notifications');
  return (
    <Indicator
      label={<span aria-hidden="true">{count > 99 ? '99+' : count}</span>}
      disabled={count === 0}
      size={18}
      color="red.8"
      offset={4}
    >
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray.8" size="lg" aria-label={label}>
        <IconBell aria-hidden="true" size={22} stroke={1.75} />
      </ActionIcon>
    </Indicator>
  );
}
