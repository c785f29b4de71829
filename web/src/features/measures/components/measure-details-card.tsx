import { Badge, Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import { MeasureProgressBar } from '@/features/measures/components/measure-progress-bar';
import { useDisplayLocale } from '@/features/measures/lib/use-display-locale';
import { daysUntil, formatDate, formatDateTime } from '@/lib/dates';

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Box style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Box component="dd" m={0} mt={2}>
        {children}
      </Box>
    </Box>
  );
}

function DueHint({ dueDate, isOpen }: { dueDate: string; isOpen: boolean }) {
  const { t, i18n } = useTranslation();
  if (!isOpen) return null;
  const days = daysUntil(dueDate);
  const format = (n: number) => n.toLocaleString(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'th-TH');
  if (days < 0) {
    return (
      <Badge color="red" c="red.9" variant="light" radius="sm" ml="xs">
        {t('measures.due.overdue', { days: format(-days) })}
      </Badge>
    );
  }
  if (days === 0) {
    return (
      <Badge color="orange" c="orange.9" variant="light" radius="sm" ml="xs">
        {t('measures.due.today')}
      </Badge>
    );
  }
  return (
    <Text span size="sm" c="dimmed" ml="xs">
      ({t('measures.due.remaining', { days: format(days) })})
    </Text>
  );
}

/** Everything recorded about the measure, read-only; `progressControl` is the quick percent update. */
export function MeasureDetailsCard({
  measure,
  progressControl,
}: {
  measure: MeasureDetail;
  progressControl?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const isOpen = measure.status !== 'approved' && measure.status !== 'cancelled' && measure.status !== 'submitted';
  const notSet = (
    <Text size="sm" c="dimmed">
      {t('measures.fields.notSet')}
    </Text>
  );

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="measure-details-heading"
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="measure-details-heading">
          {t('measures.pageTitle')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" m={0}>
          <Field label={t('measures.fields.indicator')} wide>
            <Text size="sm">
              {measure.indicator
                ? t('measures.fields.indicatorValue', { no: measure.indicator.no, name: measure.indicator.name })
                : t('measures.fields.notSet')}
            </Text>
          </Field>
          <Field label={t('measures.fields.score')}>
            <Text size="sm">
              {measure.indicator?.score != null
                ? t('measures.fields.scoreValue', { score: measure.indicator.score.toFixed(2) })
                : t('measures.fields.noScore')}
            </Text>
          </Field>
          <Field label={t('measures.fields.department')}>
            <Text size="sm">{measure.department?.name ?? t('measures.fields.notSet')}</Text>
          </Field>
          <Field label={t('measures.fields.detail')} wide>
            {measure.detail ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {measure.detail}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('measures.fields.noDetail')}
              </Text>
            )}
          </Field>
          <Field label={t('measures.fields.startDate')}>
            {measure.start_date ? (
              <Text size="sm">{formatDate(measure.start_date, { locale, style: 'long' })}</Text>
            ) : (
              notSet
            )}
          </Field>
          <Field label={t('measures.fields.dueDate')}>
            {measure.due_date ? (
              <Text size="sm">
                {formatDate(measure.due_date, { locale, style: 'long' })}
                <DueHint dueDate={measure.due_date} isOpen={isOpen} />
              </Text>
            ) : (
              notSet
            )}
          </Field>
          <Field label={t('measures.fields.status')}>
            <StatusBadge status={measure.status} />
          </Field>
          <Field label={t('measures.fields.version')}>
            <Text size="sm">
              {measure.version}
              <Text span size="sm" c="dimmed">
                {' · '}
                {t('measures.fields.updatedAt')} {formatDateTime(measure.updated_at, { locale })}
              </Text>
            </Text>
          </Field>
          <Field label={t('measures.fields.percent')} wide>
            <Stack gap="sm">
              <MeasureProgressBar percent={measure.percent_complete} />
              {progressControl}
            </Stack>
          </Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
