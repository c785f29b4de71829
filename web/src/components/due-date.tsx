import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isOpenStatus, type MeasureStatus } from '@/config/measure-status';
import { daysUntil, formatDate } from '@/lib/dates';

/**
 * A due date in B.E. and, while the work is open, how far away it is: "30 มิ.ย. 2565 · เกินกำหนด 3 วัน".
 * The words carry the meaning; colour and icon only repeat it.
 */
export function DueDate({ dueDate, status, now }: { dueDate: string | null; status: MeasureStatus; now: Date }) {
  const { t, i18n } = useTranslation();
  if (!dueDate) {
    return (
      <Text span size="sm" c="dimmed">
        {t('due.none')}
      </Text>
    );
  }
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const date = formatDate(dueDate, { locale });
  if (!isOpenStatus(status)) {
    return (
      <Text span size="sm">
        {t('due.date', { date })}
      </Text>
    );
  }
  const days = daysUntil(dueDate, now);
  const relative =
    days < 0 ? t('due.overdue', { count: -days }) : days === 0 ? t('due.today') : t('due.daysLeft', { count: days });
  const isLate = days < 0;
  const isSoon = !isLate && days <= 7;
  const StateIcon = isLate ? IconAlertTriangle : IconClock;
  return (
    <Group component="span" gap={4} wrap="nowrap" style={{ display: 'inline-flex' }}>
      {isLate || isSoon ? (
        <StateIcon aria-hidden="true" size={16} color={`var(--mantine-color-${isLate ? 'red' : 'orange'}-8)`} />
      ) : null}
      <Text span size="sm">
        {t('due.date', { date })}
        {' · '}
        <Text span size="sm" fw={isLate || isSoon ? 700 : 400} c={isLate ? 'red.8' : isSoon ? 'orange.9' : undefined}>
          {relative}
        </Text>
      </Text>
    </Group>
  );
}
