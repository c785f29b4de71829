import { Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReviewQueueItem } from '@/features/review/api/get-review-queue';
import { daysWaiting } from '@/features/review/lib/queue-navigation';
import { formatDate } from '@/lib/dates';

interface ReviewQueueListProps {
  items: ReviewQueueItem[];
  selectedId: string | undefined;
  showDepartment: boolean;
  now: Date;
  labelledBy: string;
}

/** The queue, oldest submission first; each entry opens the item beside the list (or instead of it on phones). */
export function ReviewQueueList({ items, selectedId, showDepartment, now, labelledBy }: ReviewQueueListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  return (
    <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {items.map((item) => {
        const isSelected = item.id === selectedId;
        const waited = daysWaiting(item.submitted_at, now);
        const names = item.assignees.map((a) => a.profile?.full_name).filter(Boolean);
        return (
          <li key={item.id}>
            <UnstyledButton
              renderRoot={(props) => (
                <Link to="/review" search={(previous) => ({ ...previous, measure: item.id })} {...props} />
              )}
              aria-current={isSelected ? 'page' : undefined}
              display="block"
              w="100%"
              p="sm"
              style={{
                borderRadius: 'var(--mantine-radius-md)',
                border: `1px solid var(--mantine-color-${isSelected ? 'blue-7' : 'gray-3'})`,
                borderInlineStartWidth: isSelected ? 4 : 1,
                background: isSelected ? 'var(--mantine-color-blue-0)' : undefined,
              }}
            >
              <Text fw={700} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {item.no !== null ? `${item.no}. ${item.title}` : item.title}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  item.indicator ? t('review.list.indicator', { no: item.indicator.no }) : null,
                  showDepartment ? item.department?.name : null,
                  names.length > 0 ? names.join(', ') : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {item.submitted_at ? (
                <Text size="xs">
                  {t('review.list.submitted', { date: formatDate(item.submitted_at, { locale }) })}
                  {waited !== null ? ` · ${t('review.list.waiting', { count: waited })}` : null}
                </Text>
              ) : null}
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
