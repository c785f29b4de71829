import { Accordion, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportedPlan } from '@/features/import/lib/imported-plan-schema';

/** What was read: agency, fiscal year, overall score and grade, and each indicator with its analyses and measures. */
export function ImportPlanSummary({ plan }: { plan: ImportedPlan }) {
  const { t } = useTranslation();
  const measureCount = plan.indicators.reduce((n, i) => n + i.measures.length, 0);
  const facts = [
    [t('importer.summary.agency'), plan.agency || '-'],
    [t('importer.summary.fiscalYear'), String(plan.fiscal_year_be)],
    [t('importer.summary.score'), plan.ita_score === null ? '-' : plan.ita_score.toFixed(2)],
    [t('importer.summary.grade'), plan.ita_grade ?? '-'],
  ] as const;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-summary-heading">
      <Title order={2} size="h3" id="import-summary-heading">
        {t('importer.summary.heading')}
      </Title>
      <Text mt={4}>{plan.title}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fw={700}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      <Text mt="md" fw={700}>
        {t('importer.summary.counts', { indicators: plan.indicators.length, measures: measureCount })}
      </Text>
      <Accordion multiple variant="contained" mt="sm" chevronPosition="left">
        {plan.indicators.map((ind) => (
          <Accordion.Item key={ind.no} value={String(ind.no)}>
            <Accordion.Control>
              <Group gap="xs" wrap="wrap">
                <Text fw={700}>{t('importer.summary.indicator', { no: ind.no, name: ind.name })}</Text>
                {ind.group ? (
                  <Badge variant="light" color="gray" c="gray.9">
                    {ind.group}
                  </Badge>
                ) : (
                  <Badge variant="light" color="red" c="red.9">
                    {t('importer.summary.noGroup')}
                  </Badge>
                )}
                <Text size="sm" c="dimmed">
                  {ind.score === null
                    ? t('importer.summary.noScore')
                    : t('importer.summary.indicatorScore', { score: ind.score.toFixed(2) })}
                  {' · '}
                  {t('importer.summary.measureCount', { count: ind.measures.length })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                <div>
                  <Text size="sm" fw={700}>
                    {t('importer.summary.analysis')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {ind.analysis || '-'}
                  </Text>
                </div>
                <div>
                  <Text size="sm" fw={700}>
                    {t('importer.summary.agencyAnalysis')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {ind.agency_analysis || '-'}
                  </Text>
                </div>
                <div>
                  <Text size="sm" fw={700}>
                    {t('importer.summary.measures')}
                  </Text>
                  <List type="ordered" size="sm" spacing={4}>
                    {ind.measures.map((m, i) => (
                      <List.Item key={i}>{m}</List.Item>
                    ))}
                  </List>
                </div>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  );
}
