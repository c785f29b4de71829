import './report-print.css';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useReportData } from '@/features/reports/api/get-report-data';
import { toReportModel } from '@/features/reports/api/to-report-model';
import { ReportDocument } from '@/features/reports/components/report-document';
import type { ReportKind } from '@/features/reports/components/report-search';
import type { ReportViewer } from '@/features/reports/components/report-viewer';
import { reportPeriod, type ReportPeriodKind } from '@/features/reports/lib/report-period';
import { paths } from '@/config/paths';

interface ReportPrintPageProps {
  viewer: ReportViewer;
  fiscalYear: number;
  report: ReportKind;
  period: ReportPeriodKind;
}

/** Suggests the PDF's file name ("O43-2565-รอบ 6 เดือน") while the page is open. */
function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

/**
 * /reports/print?report=o42|o43&period=half_year|annual: the document as a print-ready A4 landscape page;
 * "print / save as PDF" uses the browser, which shapes Thai correctly.
 */
export function ReportPrintPage({ viewer, fiscalYear, report, period }: ReportPrintPageProps) {
  const { t } = useTranslation();
  const data = useReportData({ organizationId: viewer.organizationId, fiscalYear });
  const effectivePeriod: ReportPeriodKind = report === 'o42' ? 'annual' : period;
  const { label } = reportPeriod(fiscalYear, effectivePeriod);
  useDocumentTitle(
    data.data ? (report === 'o42' ? `O42-${fiscalYear}` : `O43-${fiscalYear}-${label.replace(/\s*\(.*$/, '')}`) : null,
  );

  const toolbar = (
    <Group className="report-print-toolbar" justify="space-between" mb="md" wrap="wrap">
      <Anchor component={Link} to={paths.reports.path} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden="true" size={16} />
          {t('reports.backToReports')}
        </Group>
      </Anchor>
      {data.data ? (
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('reports.printHint')}
          </Text>
          <Button leftSection={<IconPrinter aria-hidden="true" size={18} />} onClick={() => window.print()}>
            {t('reports.print')}
          </Button>
        </Group>
      ) : null}
    </Group>
  );

  if (data.isPending)
    return (
      <>
        {toolbar}
        <LoadingSkeleton lines={10} />
      </>
    );
  if (data.isError)
    return (
      <>
        {toolbar}
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      </>
    );
  if (!data.data)
    return (
      <>
        {toolbar}
        <EmptyState title={t('reports.noPlanTitle', { year: fiscalYear })} description={t('reports.noPlanText')} />
      </>
    );

  const model = toReportModel(data.data, {
    period: effectivePeriod,
    appOrigin: window.location.origin,
    generatedBy: { fullName: viewer.fullName, position: viewer.position },
  });
  return (
    <>
      {toolbar}
      <ReportDocument model={model} report={report} periodLabel={label} />
    </>
  );
}
