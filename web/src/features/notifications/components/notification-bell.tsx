import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * The header's link to the notifications page with an unread count.
 * TODO(notifications): feed `count` from the unread-notifications query when the feature lands.
 */
export function NotificationBell({ count = 0 }: { count?: number }) {
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
