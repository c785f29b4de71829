import { Table, Text, Title } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartOrTable } from '@/features/dashboard/components/chart-or-table';
import { FigureCells, FigureHeaderCells } from '@/features/dashboard/components/figure-cells';
import type { DashboardIndicator } from '@/features/dashboard/lib/dashboard-data';
import { displayLocale, formatScore } from '@/features/dashboard/lib/format';

const IndicatorStatusChart = lazy(() =>
  import('@/features/dashboard/components/charts/indicator-status-chart').then((m) => ({
    default: m.IndicatorStatusChart,
  })),
);

/** Per indicator: the ITA score and group, and its measures' figures. Table first, chart on request. */
export function IndicatorProgress({ indicators }: { indicators: DashboardIndicator[] }) {
  const { t } = useTranslation();
  const title = t('dashboard.indicators.title');
  return (
    <section aria-labelledby="dashboard-indicators">
      <Title order={2} size="h3" id="dashboard-indicators" mb="sm">
        {title}
      </Title>
      <ChartOrTable
        label={title}
        defaultView="table"
        chart={<IndicatorStatusChart indicators={indicators} />}
        table={<IndicatorTable indicators={indicators} />}
      />
    </section>
  );
}

function IndicatorTable({ indicators }: { indicators: DashboardIndicator[] }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('dashboard.indicators.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ minWidth: 220 }}>{t('dashboard.indicators.indicator')}</Table.Th>
            <Table.Th>{t('dashboard.indicators.group')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.indicators.score')}</Table.Th>
            <FigureHeaderCells />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Th scope="row" fw={400}>
                <Text inherit>{t('dashboard.indicatorLabel', { no: i.no, name: i.name })}</Text>
              </Table.Th>
              <Table.Td>{i.group}</Table.Td>
              <Table.Td ta="right">{formatScore(i.score, locale)}</Table.Td>
              <FigureCells figures={i.figures} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
