import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardFigures } from '@/features/dashboard/lib/dashboard-data';
import { displayLocale, formatPercent } from '@/features/dashboard/lib/format';
import { formatDate } from '@/lib/dates';

/** The year at a glance: how many measures, how far along, how many late, what is next. */
export function TotalsStrip({ totals }: { totals: DashboardFigures }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const items = [
    { label: t('dashboard.totals.measures'), value: String(totals.measures) },
    { label: t('dashboard.totals.percentApproved'), value: formatPercent(totals.percent_approved, locale) },
    { label: t('dashboard.totals.percentComplete'), value: formatPercent(totals.percent_complete, locale) },
    { label: t('dashboard.totals.overdue'), value: String(totals.overdue), isAlert: totals.overdue > 0 },
    { label: t('dashboard.totals.nextDue'), value: totals.next_due ? formatDate(totals.next_due, { locale }) : '–' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
      {items.map((item) => (
        <Paper key={item.label} withBorder radius="md" p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700} c={item.isAlert ? 'red.9' : undefined}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
