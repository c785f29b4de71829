import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ThaiAxisTick, type ThaiAxisTickProps } from '@/features/dashboard/components/charts/thai-axis-tick';
import { COUNTED_STATUSES, STATUS_CHART_COLORS } from '@/features/dashboard/lib/status-colors';
import type { DashboardIndicator } from '@/features/dashboard/lib/dashboard-data';

/**
 * Measures by status per indicator: horizontal stacked bars, the indicator names (Thai, wrapped at word
 * boundaries) on the left. Loaded lazily with the dashboard's charts; the same numbers are in the table.
 */
export function IndicatorStatusChart({ indicators }: { indicators: DashboardIndicator[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'th';
  const data = indicators.map((i) => ({
    label: t('dashboard.indicatorLabel', { no: i.no, name: i.name }),
    ...Object.fromEntries(COUNTED_STATUSES.map((s) => [s, i.figures[s]])),
  }));
  return (
    <BarChart
      h={Math.max(240, indicators.length * 56)}
      data={data}
      dataKey="label"
      type="stacked"
      orientation="vertical"
      withLegend
      // Workflow order, not alphabetical.
      legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
      // The chart is hidden from screen readers (its table is read instead): no keyboard stop on it either.
      barChartProps={{ accessibilityLayer: false }}
      series={COUNTED_STATUSES.map((s) => ({ name: s, label: t(`measureStatus.${s}`), color: STATUS_CHART_COLORS[s] }))}
      xAxisProps={{ allowDecimals: false }}
      yAxisProps={{
        width: 200,
        interval: 0,
        tick: (props: Omit<ThaiAxisTickProps, 'maxChars' | 'locale'>) => (
          <ThaiAxisTick {...props} maxChars={locale === 'th' ? 22 : 28} locale={locale} />
        ),
      }}
    />
  );
}
