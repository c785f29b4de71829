import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayLocale, formatPoints, formatScore } from '@/features/dashboard/lib/format';
import { INDICATOR_GROUPS, nextBand, type ScoreAssessment } from '@/features/dashboard/lib/score-model';

/** The ITA result the plan answers: overall score and grade, the three tools, and the gap to the next grade. */
export function ScoreSummary({ assessment, fiscalYear }: { assessment: ScoreAssessment; fiscalYear: number }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const next = nextBand(assessment);
  const gap = next && assessment.overallExact !== null ? next.minScore - assessment.overallExact : null;
  const grade = assessment.grade;
  return (
    <section aria-labelledby="dashboard-score">
      <Title order={2} size="h3" id="dashboard-score" mb="sm">
        {t('dashboard.score.title', { year: fiscalYear })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {t('dashboard.score.overall')}
          </Text>
          <Group gap="sm" align="baseline">
            <Text fz={32} fw={700} lh={1.5}>
              {formatScore(assessment.overall, locale)}
            </Text>
            {grade ? (
              <Badge
                size="lg"
                variant="filled"
                color="blue.8"
                aria-label={t('dashboard.score.gradeLabel', { grade: grade.label })}
              >
                {grade.label}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {assessment.overallSource === 'computed'
              ? t('dashboard.score.computed')
              : assessment.overallSource === 'recorded'
                ? t('dashboard.score.recorded')
                : t('dashboard.score.unknown')}
          </Text>
        </Paper>
        {INDICATOR_GROUPS.map((g) => {
          const group = assessment.groups[g];
          return (
            <Paper key={g} withBorder radius="md" p="md">
              <Text size="sm" c="dimmed">
                {t(`dashboard.score.group.${g}`)} · {t('dashboard.score.weight', { weight: group.weight })}
              </Text>
              <Text fz={24} fw={700} lh={1.5}>
                {formatScore(group.score, locale)}
              </Text>
              {group.source === 'implied' ? (
                <Text size="sm" c="dimmed">
                  {t('dashboard.score.implied')}
                </Text>
              ) : group.source === 'missing' ? (
                <Text size="sm" c="dimmed">
                  {t('dashboard.score.missing')}
                </Text>
              ) : null}
            </Paper>
          );
        })}
      </SimpleGrid>
      <Stack gap="xs" mt="sm">
        {next && gap !== null && gap > 0 ? (
          <Text>
            {t('dashboard.score.gap', {
              points: formatPoints(gap, locale),
              grade: next.label,
              min: formatScore(next.minScore, locale),
            })}
          </Text>
        ) : null}
        {grade && grade.heldBack.length > 0 ? (
          <Alert
            color="orange"
            variant="light"
            title={t('dashboard.score.heldBackTitle', { band: grade.scoreBandLabel, grade: grade.label })}
          >
            {grade.heldBack[0]!.unmet.map((u) =>
              t(u.kind === 'group' ? 'dashboard.score.unmetGroup' : 'dashboard.score.unmetIndicator', {
                target: u.target,
                required: formatScore(u.required, locale),
                actual: formatScore(u.actual, locale),
              }),
            ).join(' ')}
          </Alert>
        ) : null}
        {assessment.recordedMismatch ? (
          <Alert color="orange" variant="light">
            {t('dashboard.score.mismatch', { recorded: formatScore(assessment.recordedOverall, locale) })}
          </Alert>
        ) : null}
      </Stack>
    </section>
  );
}
