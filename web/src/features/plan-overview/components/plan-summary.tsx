import { Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '@/features/plan-overview/api/get-plan-overview';
import { formatScore } from '@/features/plan-overview/lib/format-score';

const PLAN_STATUS_COLOR = { draft: 'gray', active: 'blue', closed: 'green' } as const;

/** The plan's header: agency, fiscal year (B.E.), overall ITA score and grade, status, measure counts. */
export function PlanSummary({ plan, isDepartmentView }: { plan: PlanOverview; isDepartmentView: boolean }) {
  const { t, i18n } = useTranslation();
  const measures = plan.indicators.flatMap((i) => i.measures);
  const approved = measures.filter((m) => m.status === 'approved').length;
  const statusColor = PLAN_STATUS_COLOR[plan.status];
  const facts = [
    { label: t('planOverview.summary.agency'), value: plan.organization?.name ?? '—' },
    { label: t('planOverview.summary.fiscalYear'), value: String(plan.fiscal_year) },
    {
      label: t('planOverview.summary.score'),
      value: plan.ita_score !== null ? formatScore(plan.ita_score, i18n.resolvedLanguage) : t('planOverview.notScored'),
    },
    { label: t('planOverview.summary.grade'), value: plan.ita_grade ?? '—' },
  ];

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} mb="lg" component="section" aria-labelledby="plan-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="plan-title" style={{ overflowWrap: 'anywhere' }}>
            {plan.title}
          </Title>
          <div>
            <Badge variant="light" color={statusColor} c={`${statusColor}.9`} radius="sm">
              {t('planOverview.summary.status', { status: t(`planStatus.${plan.status}`) })}
            </Badge>
          </div>
        </Stack>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="md" m={0}>
          {facts.map(({ label, value }) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" fw={700} size="lg" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Text size="sm">
          {t(isDepartmentView ? 'planOverview.summary.countDepartment' : 'planOverview.summary.countAll', {
            count: measures.length,
            approved,
          })}
        </Text>
      </Stack>
    </Paper>
  );
}
