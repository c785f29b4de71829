import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ThaiAxisTick, type ThaiAxisTickProps } from '@/features/dashboard/components/charts/thai-axis-tick';
import type { BurnupMonth } from '@/features/dashboard/lib/dashboard-data';
import { formatMonth } from '@/lib/dates';
import { displayLocale } from '@/features/dashboard/lib/format';

/**
 * The burn-up: measures due by each month's end (the plan's deadlines, dashed) against measures approved by
 * then (solid), October to September. The approved line stops at the as-of month.
 */
export function BurnupChart({ months, asOf }: { months: BurnupMonth[]; asOf: string }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const label = (month: string) => formatMonth(month, { locale, style: 'short' });
  const data = months.map((m) => ({
    label: label(m.month),
    planned: m.planned_cumulative,
    completed: m.completed_cumulative,
  }));
  const asOfMonth = months.find((m) => m.month.slice(0, 7) === asOf.slice(0, 7));
  return (
    <LineChart
      h={320}
      data={data}
      dataKey="label"
      curveType="linear"
      // The chart is hidden from screen readers (its table is read instead): no keyboard stop on it either.
      lineChartProps={{ margin: { top: 8, right: 24, bottom: 0, left: 0 }, accessibilityLayer: false }}
      connectNulls={false}
      withLegend
      legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
      series={[
        { name: 'planned', label: t('dashboard.burnup.planned'), color: 'gray.7' },
        { name: 'completed', label: t('dashboard.burnup.completed'), color: 'green.8' },
      ]}
      lineProps={(series) => (series.name === 'planned' ? { strokeDasharray: '6 4' } : {})}
      yAxisProps={{ allowDecimals: false }}
      xAxisProps={{
        interval: 0,
        height: 40,
        tick: (props: Omit<ThaiAxisTickProps, 'maxChars' | 'locale'>) => (
          <ThaiAxisTick {...props} anchor="middle" maxChars={8} locale={locale} />
        ),
      }}
      referenceLines={
        asOfMonth ? [{ x: label(asOfMonth.month), label: t('dashboard.burnup.asOfMarker'), color: 'red.8' }] : []
      }
    />
  );
}
