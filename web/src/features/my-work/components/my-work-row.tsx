import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import type { MyWorkMeasure } from '@/features/my-work/api/get-my-work';
import { DueDate } from '@/components/due-date';
import { PercentComplete } from '@/components/percent-complete';

interface MyWorkRowProps {
  measure: MyWorkMeasure;
  now: Date;
  /** Heads: a shortcut to decide on it in the review queue. */
  canReview?: boolean;
}

/** One measure on /my-work: what it is, who and when, and where it stands. Links to the measure page. */
export function MyWorkRow({ measure, now, canReview = false }: MyWorkRowProps) {
  const { t } = useTranslation();
  const names = measure.assignees.map((a) => a.profile?.full_name).filter(Boolean);
  const titleId = `my-work-${measure.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
          {measure.indicator ? (
            <Text size="sm" c="dimmed">
              {t('myWork.row.indicator', { no: measure.indicator.no, name: measure.indicator.name })}
            </Text>
          ) : null}
          <Anchor
            id={titleId}
            renderRoot={(props) => <Link to="/measures/$measureId" params={{ measureId: measure.id }} {...props} />}
            fw={700}
            style={{ overflowWrap: 'anywhere' }}
          >
            {measure.no !== null ? `${measure.no}. ${measure.title}` : measure.title}
          </Anchor>
          <Text size="sm">
            {measure.department?.name}
            {' · '}
            {t('myWork.row.assignees')}: {names.length > 0 ? names.join(', ') : t('myWork.row.noAssignees')}
          </Text>
          <DueDate dueDate={measure.due_date} status={measure.status} now={now} />
        </Stack>
        <Stack gap={6} align="flex-end" style={{ flex: '0 0 auto' }}>
          <StatusBadge status={measure.status} />
          <PercentComplete percent={measure.percent_complete} />
          {canReview ? (
            <Button
              renderRoot={(props) => <Link to="/review" search={{ measure: measure.id }} {...props} />}
              size="xs"
              variant="light"
              leftSection={<IconClipboardCheck aria-hidden="true" size={16} />}
              aria-label={t('myWork.row.reviewLabel', { title: measure.title })}
            >
              {t('myWork.row.review')}
            </Button>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
