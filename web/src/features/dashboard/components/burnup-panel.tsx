import { Table, Text, Title } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartOrTable } from '@/features/dashboard/components/chart-or-table';
import type { BurnupMonth } from '@/features/dashboard/lib/dashboard-data';
import { displayLocale } from '@/features/dashboard/lib/format';
import { formatMonth } from '@/lib/dates';

const BurnupChart = lazy(() =>
  import('@/features/dashboard/components/charts/burnup-chart').then((m) => ({ default: m.BurnupChart })),
);

/** The latest month with actuals: where the year stands against its deadlines. */
function standing(months: BurnupMonth[]) {
  return months.filter((m) => m.completed_cumulative !== null).at(-1) ?? null;
}

/** Measures approved per month against the plan's deadlines, so a slipping year shows before September. */
export function BurnupPanel({ months, asOf }: { months: BurnupMonth[]; asOf: string }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const title = t('dashboard.burnup.title');
  const now = standing(months);
  const behind = now ? now.planned_cumulative - (now.completed_cumulative ?? 0) : 0;
  return (
    <section aria-labelledby="dashboard-burnup">
      <Title order={2} size="h3" id="dashboard-burnup" mb={4}>
        {title}
      </Title>
      {now ? (
        <Text mb="sm" c={behind > 0 ? 'red.9' : undefined}>
          {t(behind > 0 ? 'dashboard.burnup.behind' : 'dashboard.burnup.onTrack', {
            month: formatMonth(now.month, { locale, withYear: true }),
            completed: now.completed_cumulative ?? 0,
            planned: now.planned_cumulative,
            behind,
          })}
        </Text>
      ) : null}
      <ChartOrTable
        label={title}
        chart={<BurnupChart months={months} asOf={asOf} />}
        table={<BurnupTable months={months} />}
      />
    </section>
  );
}

function BurnupTable({ months }: { months: BurnupMonth[] }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const value = (n: number | null) => (n === null ? '–' : n);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('dashboard.burnup.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.burnup.month')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.burnup.due')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.burnup.planned')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.burnup.approvedInMonth')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.burnup.completed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Th scope="row" fw={400}>
                {formatMonth(m.month, { locale, withYear: true })}
              </Table.Th>
              <Table.Td ta="right">{m.due}</Table.Td>
              <Table.Td ta="right">{m.planned_cumulative}</Table.Td>
              <Table.Td ta="right">{value(m.completed)}</Table.Td>
              <Table.Td ta="right">{value(m.completed_cumulative)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
