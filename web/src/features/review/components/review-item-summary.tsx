import { Alert, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReviewItem } from '@/features/review/api/get-review-item';
import { formatDate, formatDateTime } from '@/lib/dates';

/** What the reviewer needs to judge a submission: indicator, people, dates, percent and the latest progress. */
export function ReviewItemSummary({ item }: { item: ReviewItem }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const names = item.assignees.map((a) => a.profile?.full_name).filter(Boolean);
  const progress = item.progress[0];
  const lastReview = item.reviews[0];
  const facts = [
    {
      label: t('review.item.indicator'),
      value: item.indicator
        ? t('review.item.indicatorValue', { no: item.indicator.no, name: item.indicator.name })
        : '—',
    },
    { label: t('review.item.department'), value: item.department?.name ?? '—' },
    { label: t('review.item.assignees'), value: names.length > 0 ? names.join(', ') : t('review.item.noAssignees') },
    { label: t('review.item.dueDate'), value: item.due_date ? formatDate(item.due_date, { locale }) : '—' },
    {
      label: t('review.item.submittedAt'),
      value: item.submitted_at ? formatDateTime(item.submitted_at, { locale }) : '—',
    },
    { label: t('review.item.fiscalYear'), value: item.plan ? String(item.plan.fiscal_year) : '—' },
  ];

  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
        {facts.map(({ label, value }) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>

      <div>
        <Group justify="space-between" mb={4}>
          <Text size="sm" c="dimmed">
            {t('review.item.percent')}
          </Text>
          <Text fw={700}>{t('review.item.percentValue', { percent: item.percent_complete })}</Text>
        </Group>
        <Progress value={item.percent_complete} aria-hidden="true" />
      </div>

      {item.detail?.trim() ? (
        <div>
          <Title order={3} size="h4">
            {t('review.item.detail')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {item.detail}
          </Text>
        </div>
      ) : null}

      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="review-progress-heading">
        <Title order={3} size="h4" id="review-progress-heading">
          {t('review.item.latestProgress')}
        </Title>
        {progress ? (
          <Stack gap={4} mt={4}>
            <Text size="sm" fw={700}>
              {t('review.item.progressPeriod', {
                period: t(`review.period.${progress.period}`),
                percent: progress.percent,
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {progress.narrative.trim() || t('review.item.noNarrative')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('review.item.reportedBy', {
                name: progress.reporter?.full_name ?? '—',
                date: formatDateTime(progress.updated_at, { locale }),
              })}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" mt={4}>
            {t('review.item.noProgress')}
          </Text>
        )}
      </Paper>

      {lastReview?.decision === 'returned' ? (
        <Alert
          variant="light"
          color="orange"
          icon={<IconArrowBackUp aria-hidden="true" />}
          title={t('review.item.previousReturn', { date: formatDateTime(lastReview.reviewed_at, { locale }) })}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {lastReview.note}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
