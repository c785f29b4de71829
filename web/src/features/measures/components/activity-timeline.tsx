import { Paper, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconFileUpload,
  IconMessage,
  IconPencil,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { ACTIVITY_LIMIT, useMeasureActivity, type ActivityEntry } from '@/features/measures/api/get-measure-activity';
import { describeActivity, type ActivityText } from '@/features/measures/lib/describe-activity';
import { useDisplayLocale } from '@/features/measures/lib/use-display-locale';
import { formatDateTime } from '@/lib/dates';

function iconOf(entry: ActivityEntry): { icon: Icon; color: string } {
  if (entry.kind === 'review') {
    return entry.decision === 'approved'
      ? { icon: IconCircleCheck, color: 'green' }
      : { icon: IconArrowBackUp, color: 'orange' };
  }
  const [entity] = entry.action.split('.');
  if (entry.action === 'measure.assign' || entry.action === 'measure.unassign')
    return { icon: IconUsers, color: 'gray' };
  if (entity === 'evidence') return { icon: IconFileUpload, color: 'violet' };
  if (entity === 'comment') return { icon: IconMessage, color: 'cyan' };
  return { icon: IconPencil, color: 'blue' };
}

/** Who did what, when: the measure's activity log and review decisions, newest first. */
export function ActivityTimeline({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const query = useMeasureActivity(measureId);

  const textOf = (entry: ActivityEntry): ActivityText => {
    if (entry.kind === 'action') return describeActivity(entry, t);
    const details = [];
    if (entry.note) details.push(t('measures.activity.review.note', { note: entry.note }));
    details.push(t('measures.activity.review.evidence', { count: entry.evidenceCount }));
    return { title: t(`measures.activity.review.${entry.decision}`), details };
  };

  const actorOf = (entry: ActivityEntry): string => {
    const name = entry.actorName ?? t('measures.activity.system');
    if (entry.kind === 'action' && entry.actorName && entry.actorRole) {
      return t('measures.activity.byRole', { name, role: t(`roles.${entry.actorRole}`) });
    }
    return name;
  };

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="measure-activity-heading"
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id="measure-activity-heading">
            {t('measures.activity.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('measures.activity.description')}
          </Text>
        </Stack>
        {query.isPending ? (
          <LoadingSkeleton lines={4} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('measures.activity.none')}
          </Text>
        ) : (
          <Timeline bulletSize={28} lineWidth={2} role="list">
            {query.data.map((entry) => {
              const { icon: EntryIcon, color } = iconOf(entry);
              const text = textOf(entry);
              return (
                <Timeline.Item
                  key={entry.key}
                  role="listitem"
                  bullet={
                    <ThemeIcon size={28} radius="xl" color={color} variant="light" aria-hidden="true">
                      <EntryIcon size={16} />
                    </ThemeIcon>
                  }
                  title={
                    <Text size="sm" fw={700}>
                      {text.title}
                    </Text>
                  }
                >
                  {text.details.map((line) => (
                    <Text key={line} size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                      {line}
                    </Text>
                  ))}
                  <Text size="xs" c="dimmed" mt={2}>
                    {actorOf(entry)} · <time dateTime={entry.at}>{formatDateTime(entry.at, { locale })}</time>
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
        {query.data && query.data.length >= ACTIVITY_LIMIT ? (
          <Text size="xs" c="dimmed">
            {t('measures.activity.limited', { count: ACTIVITY_LIMIT })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
