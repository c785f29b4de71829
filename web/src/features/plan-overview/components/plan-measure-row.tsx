import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import type { PlanOverviewMeasure } from '@/features/plan-overview/api/get-plan-overview';
import { DueDate } from '@/components/due-date';
import { PercentComplete } from '@/components/percent-complete';

/** A measure under its indicator: owner department, assignees, due date, status and percent; links to it. */
export function PlanMeasureRow({ measure, now }: { measure: PlanOverviewMeasure; now: Date }) {
  const { t } = useTranslation();
  const names = measure.assignees.map((a) => a.profile?.full_name).filter(Boolean);
  const titleId = `plan-measure-${measure.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Anchor
            id={titleId}
            renderRoot={(props) => <Link to="/measures/$measureId" params={{ measureId: measure.id }} {...props} />}
            fw={700}
            style={{ overflowWrap: 'anywhere' }}
          >
            {measure.no !== null ? `${measure.no}. ${measure.title}` : measure.title}
          </Anchor>
          <Text size="sm">
            {t('planOverview.measure.department')}: {measure.department?.name ?? '—'}
          </Text>
          <Text size="sm">
            {t('planOverview.measure.assignees')}:{' '}
            {names.length > 0 ? names.join(', ') : t('planOverview.measure.noAssignees')}
          </Text>
          <DueDate dueDate={measure.due_date} status={measure.status} now={now} />
        </Stack>
        <Stack gap={6} align="flex-end" style={{ flex: '0 0 auto' }}>
          <StatusBadge status={measure.status} />
          <PercentComplete percent={measure.percent_complete} />
        </Stack>
      </Group>
    </Paper>
  );
}
