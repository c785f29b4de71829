import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardFigures } from '@/features/dashboard/lib/dashboard-data';
import { displayLocale, formatPercent } from '@/features/dashboard/lib/format';
import { COUNTED_STATUSES } from '@/features/dashboard/lib/status-colors';
import { formatDate } from '@/lib/dates';

/** Header cells matching `FigureCells`. */
export function FigureHeaderCells() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th ta="right">{t('dashboard.figures.measures')}</Table.Th>
      {COUNTED_STATUSES.map((s) => (
        <Table.Th key={s} ta="right">
          {t(`measureStatus.${s}`)}
        </Table.Th>
      ))}
      <Table.Th ta="right">{t('dashboard.figures.percentApproved')}</Table.Th>
      <Table.Th ta="right">{t('dashboard.figures.percentComplete')}</Table.Th>
      <Table.Th ta="right">{t('dashboard.figures.overdue')}</Table.Th>
      <Table.Th>{t('dashboard.figures.nextDue')}</Table.Th>
    </>
  );
}

/** One row's figures: measures, by status, % approved, % complete, overdue, next due date. */
export function FigureCells({ figures }: { figures: DashboardFigures }) {
  const { i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  return (
    <>
      <Table.Td ta="right">{figures.measures}</Table.Td>
      {COUNTED_STATUSES.map((s) => (
        <Table.Td key={s} ta="right">
          {figures[s]}
        </Table.Td>
      ))}
      <Table.Td ta="right">{formatPercent(figures.percent_approved, locale)}</Table.Td>
      <Table.Td ta="right">{formatPercent(figures.percent_complete, locale)}</Table.Td>
      <Table.Td ta="right">
        {figures.overdue > 0 ? (
          <Text span fw={700} c="red.9" inherit>
            {figures.overdue}
          </Text>
        ) : (
          0
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {figures.next_due ? formatDate(figures.next_due, { locale }) : '–'}
      </Table.Td>
    </>
  );
}
