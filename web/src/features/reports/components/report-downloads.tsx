import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportData } from '@/features/reports/api/get-report-data';
import { toReportModel } from '@/features/reports/api/to-report-model';
import { DOCX_TYPE, saveBytes, XLSX_TYPE } from '@/features/reports/components/download';
import type { ReportViewer } from '@/features/reports/components/report-viewer';
import { O42_TITLE, O43_TITLE } from '@/features/reports/lib/report-model';
import type { ReportPeriodKind } from '@/features/reports/lib/report-period';
import { paths } from '@/config/paths';

type Download = 'o42' | 'o43' | 'xlsx';

const PERIOD_FILE_LABEL: Record<ReportPeriodKind, string> = { half_year: 'รอบ6เดือน', annual: 'รอบ12เดือน' };

/** The three documents of a plan: O42 and O43 (.docx, or a page to print or save as PDF) and the measures (.xlsx). */
export function ReportDownloads({
  data,
  viewer,
  period,
  onError,
}: {
  data: ReportData;
  viewer: ReportViewer;
  period: ReportPeriodKind;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Download | null>(null);
  const year = data.plan.fiscal_year;

  const handleDownload = async (kind: Download) => {
    setPending(kind);
    try {
      // Generated now, as the signed-in user, with the time and name on it.
      const model = toReportModel(data, {
        period: kind === 'o42' ? 'annual' : period,
        appOrigin: window.location.origin,
        generatedBy: { fullName: viewer.fullName, position: viewer.position },
      });
      // docx and exceljs are large: loaded only when a document is asked for.
      if (kind === 'o42') {
        const { buildO42Docx } = await import('@/features/reports/lib/build-o42-docx');
        saveBytes(`O42-${year}.docx`, await buildO42Docx(model), DOCX_TYPE);
      } else if (kind === 'o43') {
        const { buildO43Docx } = await import('@/features/reports/lib/build-o43-docx');
        saveBytes(`O43-${year}-${PERIOD_FILE_LABEL[period]}.docx`, await buildO43Docx(model, { period }), DOCX_TYPE);
      } else {
        const { buildMeasuresXlsx } = await import('@/features/reports/lib/build-measures-xlsx');
        saveBytes(`มาตรการ-${year}-${PERIOD_FILE_LABEL[period]}.xlsx`, await buildMeasuresXlsx(model), XLSX_TYPE);
      }
    } catch (e) {
      onError(e);
    } finally {
      setPending(null);
    }
  };

  const card = (kind: 'o42' | 'o43', title: string, description: string) => (
    <Card withBorder padding="lg" component="section" aria-labelledby={`report-${kind}`}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`report-${kind}`}>
          {kind.toUpperCase()} {title}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        <Group gap="sm" mt="xs">
          <Button
            leftSection={<IconFileTypeDocx aria-hidden="true" size={18} />}
            loading={pending === kind}
            onClick={() => void handleDownload(kind)}
          >
            {t('reports.downloadDocx', { report: kind.toUpperCase() })}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter aria-hidden="true" size={18} />}
            renderRoot={(props) => (
              <Link {...props} to={paths.reportsPrint.path} search={(prev) => ({ ...prev, report: kind, period })} />
            )}
          >
            {t('reports.printPage', { report: kind.toUpperCase() })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );

  return (
    <Stack gap="md">
      {card('o42', O42_TITLE, t('reports.o42Description'))}
      {card('o43', O43_TITLE, t('reports.o43Description'))}
      <Card withBorder padding="lg" component="section" aria-labelledby="report-xlsx">
        <Stack gap="xs">
          <Title order={2} size="h4" id="report-xlsx">
            {t('reports.xlsxTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.xlsxDescription')}
          </Text>
          <Group mt="xs">
            <Button
              variant="light"
              leftSection={<IconFileSpreadsheet aria-hidden="true" size={18} />}
              loading={pending === 'xlsx'}
              onClick={() => void handleDownload('xlsx')}
            >
              {t('reports.downloadXlsx')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
