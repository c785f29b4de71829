import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatScore, type ReportModel } from '@/features/reports/lib/report-model';

/** The status a measure completed within the period has (see api/to-report-model.ts). */
const DONE = 'ดำเนินการแล้วเสร็จ';

/** What the report will contain, indicator by indicator, for the chosen period. */
export function ReportPreviewTable({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t('reports.previewCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.indicator')}</Table.Th>
            <Table.Th scope="col">{t('reports.score')}</Table.Th>
            <Table.Th scope="col">{t('reports.measures')}</Table.Th>
            <Table.Th scope="col">{t('reports.done')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.indicators.map((ind) => (
            <Table.Tr key={ind.no}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" style={{ minWidth: '10rem' }}>
                  {t('reports.indicatorName', { no: ind.no, name: ind.name })}
                </Text>
              </Table.Th>
              <Table.Td>{formatScore(ind.score)}</Table.Td>
              <Table.Td>{ind.measures.length}</Table.Td>
              <Table.Td>{ind.measures.filter((m) => m.status === DONE).length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
