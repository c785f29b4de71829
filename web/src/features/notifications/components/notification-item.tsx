import { Anchor, Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconArrowBackUp,
  IconCircleCheck,
  IconClock,
  IconSend,
  type Icon,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AppNotification } from '@/features/notifications/api/get-notifications';
import { formatDate, formatDateTime, type DisplayLocale } from '@/lib/dates';
import type { Enums } from '@/lib/database.types';

const KIND_LOOK: Record<Enums<'notification_kind'>, { color: string; icon: Icon }> = {
  due_30: { color: 'blue', icon: IconClock },
  due_7: { color: 'yellow', icon: IconAlarm },
  due_1: { color: 'orange', icon: IconAlarm },
  overdue: { color: 'red', icon: IconAlertTriangle },
  returned: { color: 'orange', icon: IconArrowBackUp },
  submitted: { color: 'violet', icon: IconSend },
  approved: { color: 'green', icon: IconCircleCheck },
};

interface NotificationItemProps {
  notification: AppNotification;
  onMark: (read: boolean) => void;
  isMarking: boolean;
}

/** One notification: what happened to which measure, when; a link to the measure; read/unread. */
export function NotificationItem({ notification: n, onMark, isMarking }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const locale: DisplayLocale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const { color, icon: KindIcon } = KIND_LOOK[n.kind];
  const isUnread = n.read_at === null;
  const titleId = `notification-${n.id}`;
  const text = t(`notifications.kind.${n.kind}`, {
    date: n.due_date ? formatDate(n.due_date, { locale }) : '',
    actor: n.actor?.full_name ?? t('notifications.someone'),
  });
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-labelledby={titleId}
      bg={isUnread ? 'blue.0' : undefined}
      data-unread={isUnread || undefined}
    >
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" color={color} radius="xl" size="lg" aria-hidden="true">
          <KindIcon size={20} />
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={700} id={titleId}>
              {text}
            </Text>
            {isUnread ? (
              <Badge size="sm" color="blue.8" variant="filled">
                {t('notifications.unreadBadge')}
              </Badge>
            ) : null}
          </Group>
          {n.measure_id ? (
            <Anchor
              renderRoot={(props) => (
                <Link to="/measures/$measureId" params={{ measureId: n.measure_id! }} {...props} />
              )}
              onClick={() => {
                if (isUnread) onMark(true);
              }}
              style={{ overflowWrap: 'anywhere' }}
            >
              {n.measure_title}
            </Anchor>
          ) : (
            <Text style={{ overflowWrap: 'anywhere' }}>{n.measure_title}</Text>
          )}
          {n.note ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('notifications.note', { note: n.note })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {formatDateTime(n.created_at, { locale })}
          </Text>
        </Stack>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => onMark(isUnread)}
          loading={isMarking}
          aria-describedby={titleId}
        >
          {isUnread ? t('notifications.markRead') : t('notifications.markUnread')}
        </Button>
      </Group>
    </Paper>
  );
}
