import { Group, List, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayLocale, formatPoints, formatScore } from '@/features/dashboard/lib/format';
import {
  pointsAtStake,
  smallestGainsToNextGrade,
  whatIf,
  type ScoreAssessment,
  type ScoreUnit,
} from '@/features/dashboard/lib/score-model';

/** A unit's name: "6 คุณภาพการดำเนินงาน", or "OIT (คำนวณย้อนจากคะแนนรวม)" for an implied group. */
function useUnitName() {
  const { t } = useTranslation();
  return (unit: ScoreUnit) =>
    unit.kind === 'group'
      ? t('dashboard.priorities.impliedGroup', { group: unit.group })
      : t('dashboard.indicatorLabel', { no: unit.no, name: unit.name });
}

/** What to fix first: points at stake per indicator, the smallest set of gains to the next grade, a what-if. */
export function PrioritiesPanel({ assessment }: { assessment: ScoreAssessment }) {
  const { t } = useTranslation();
  if (assessment.units.length === 0) return null;
  return (
    <section aria-labelledby="dashboard-priorities">
      <Title order={2} size="h3" id="dashboard-priorities" mb="sm">
        {t('dashboard.priorities.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <PointsAtStakeTable assessment={assessment} />
        <Stack gap="md">
          <NextGradePlan assessment={assessment} />
          <WhatIf assessment={assessment} />
        </Stack>
      </SimpleGrid>
    </section>
  );
}

function PointsAtStakeTable({ assessment }: { assessment: ScoreAssessment }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const unitName = useUnitName();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('dashboard.priorities.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('dashboard.priorities.rank')}</Table.Th>
            <Table.Th style={{ minWidth: 200 }}>{t('dashboard.indicators.indicator')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.indicators.score')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.priorities.weight')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.priorities.atStake')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pointsAtStake(assessment).map(({ unit, points }, index) => (
            <Table.Tr key={unit.key}>
              <Table.Td ta="right">{index + 1}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {unitName(unit)}
              </Table.Th>
              <Table.Td ta="right">{formatScore(unit.score, locale)}</Table.Td>
              <Table.Td ta="right">{formatPoints(unit.weight, locale)}</Table.Td>
              <Table.Td ta="right">{formatPoints(points, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NextGradePlan({ assessment }: { assessment: ScoreAssessment }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const unitName = useUnitName();
  const plan = smallestGainsToNextGrade(assessment);
  if (!plan) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dashboard-next-grade">
      <Title order={3} size="h4" id="dashboard-next-grade" mb="xs">
        {t('dashboard.priorities.nextGradeTitle', {
          grade: plan.targetLabel,
          min: formatScore(plan.targetScore, locale),
        })}
      </Title>
      <Text mb="xs">{t('dashboard.priorities.nextGradeIntro', { count: plan.gains.length })}</Text>
      <List spacing={4}>
        {plan.gains.map((g) => (
          <List.Item key={g.unit.key}>
            {t('dashboard.priorities.gain', {
              name: unitName(g.unit),
              from: formatScore(g.from, locale),
              to: formatScore(g.to, locale),
            })}
          </List.Item>
        ))}
      </List>
      <Text mt="xs" fw={700}>
        {t('dashboard.priorities.result', {
          score: formatScore(plan.result.overall, locale),
          grade: plan.result.grade?.label ?? '–',
        })}
      </Text>
    </Paper>
  );
}

function WhatIf({ assessment }: { assessment: ScoreAssessment }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const unitName = useUnitName();
  const ranked = pointsAtStake(assessment).map((p) => p.unit);
  const [unitKey, setUnitKey] = useState<string | null>(
    ranked.find((u) => u.kind === 'indicator')?.key ?? ranked[0]?.key ?? null,
  );
  const unit = ranked.find((u) => u.key === unitKey) ?? null;
  const [target, setTarget] = useState<number | string>(unit ? Math.min(100, Math.ceil(unit.score + 10)) : '');
  const value = typeof target === 'number' ? target : Number.parseFloat(target);
  const result = unit && Number.isFinite(value) ? whatIf(assessment, { [unit.key]: value }) : null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dashboard-what-if">
      <Title order={3} size="h4" id="dashboard-what-if" mb="xs">
        {t('dashboard.whatIf.title')}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('dashboard.whatIf.indicator')}
          data={ranked.map((u) => ({ value: u.key, label: unitName(u) }))}
          value={unitKey}
          onChange={(key) => {
            setUnitKey(key);
            const next = ranked.find((u) => u.key === key);
            if (next) setTarget(Math.min(100, Math.ceil(next.score + 10)));
          }}
          allowDeselect={false}
          style={{ flex: '1 1 240px' }}
        />
        <NumberInput
          label={t('dashboard.whatIf.score')}
          value={target}
          onChange={setTarget}
          min={0}
          max={100}
          decimalScale={2}
          clampBehavior="strict"
          w={140}
        />
      </Group>
      {unit && result ? (
        <Text mt="sm" fw={700} role="status">
          {t('dashboard.whatIf.result', {
            name: unitName(unit),
            score: formatScore(Math.min(100, Math.max(0, value)), locale),
            overall: formatScore(result.overall, locale),
            grade: result.grade?.label ?? '–',
          })}
        </Text>
      ) : null}
    </Paper>
  );
}
