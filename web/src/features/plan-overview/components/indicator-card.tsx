import { Accordion, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanOverviewIndicator } from '@/features/plan-overview/api/get-plan-overview';
import { PlanMeasureRow } from '@/features/plan-overview/components/plan-measure-row';
import { formatScore } from '@/features/plan-overview/lib/format-score';

const GROUP_COLOR = { IIT: 'blue', EIT: 'teal', OIT: 'grape' } as const;

interface IndicatorCardProps {
  indicator: PlanOverviewIndicator;
  /** Staff and heads only see their department's measures: say so when an indicator shows none. */
  isDepartmentView: boolean;
  now: Date;
}

/** One indicator: number, name, group, score, its two analyses (collapsed) and its measures. */
export function IndicatorCard({ indicator, isDepartmentView, now }: IndicatorCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `indicator-${indicator.no}`;
  const measuresHeadingId = `indicator-${indicator.no}-measures`;
  const color = GROUP_COLOR[indicator.group];
  const analyses = [
    { key: 'analysis', label: t('planOverview.indicator.analysis'), text: indicator.analysis },
    { key: 'agency', label: t('planOverview.indicator.agencyAnalysis'), text: indicator.agency_analysis },
  ];

  return (
    <Paper component="section" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={4} style={{ flex: '1 1 280px', minWidth: 0 }}>
            <Title order={2} size="h3" id={headingId}>
              {t('planOverview.indicator.title', { no: indicator.no, name: indicator.name })}
            </Title>
            <Group gap="xs">
              <Badge variant="light" color={color} c={`${color}.9`} radius="sm">
                {t(`planOverview.groups.${indicator.group}`)}
              </Badge>
            </Group>
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text size="sm" c="dimmed">
              {t('planOverview.indicator.score')}
            </Text>
            <Text fw={700} size="xl">
              {indicator.score !== null
                ? formatScore(indicator.score, i18n.resolvedLanguage)
                : t('planOverview.notScored')}
            </Text>
          </Stack>
        </Group>

        <Accordion multiple variant="separated" chevronPosition="left">
          {analyses.map(({ key, label, text }) => (
            <Accordion.Item key={key} value={key}>
              <Accordion.Control>{label}</Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {text.trim() ? text : t('planOverview.indicator.noAnalysis')}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>

        <Stack gap="xs">
          <Title order={3} size="h4" id={measuresHeadingId}>
            {t('planOverview.indicator.measures', { count: indicator.measures.length })}
          </Title>
          {indicator.measures.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t(
                isDepartmentView
                  ? 'planOverview.indicator.noMeasuresInDepartment'
                  : 'planOverview.indicator.noMeasures',
              )}
            </Text>
          ) : (
            <Stack
              component="ul"
              gap="xs"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={measuresHeadingId}
            >
              {indicator.measures.map((measure) => (
                <PlanMeasureRow key={measure.id} measure={measure} now={now} />
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
