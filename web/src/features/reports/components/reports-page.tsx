import { Alert, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useReportData } from '@/features/reports/api/get-report-data';
import { countMeasures, toReportModel } from '@/features/reports/api/to-report-model';
import { ReportDownloads } from '@/features/reports/components/report-downloads';
import { ReportPreviewTable } from '@/features/reports/components/report-preview-table';
import type { ReportViewer } from '@/features/reports/components/report-viewer';
import { reportPeriod, type ReportPeriodKind } from '@/features/reports/lib/report-period';
import { currentFiscalYear, todayIso } from '@/lib/dates';
import { toUserMessage } from '@/lib/errors';

export type { ReportViewer } from '@/features/reports/components/report-viewer';

/** The 6-month report is due after 31 March: it is the default until the end of April of the current year. */
function defaultPeriod(fiscalYear: number): ReportPeriodKind {
  if (fiscalYear !== currentFiscalYear()) return 'annual';
  const end = reportPeriod(fiscalYear, 'half_year').end;
  return todayIso() <= end.replace(/-03-31$/, '-04-30') ? 'half_year' : 'annual';
}

/** /reports: the O42/O43 documents and the measures export of the selected year's plan, built as the user sees it. */
export function ReportsPage({ viewer, fiscalYear }: { viewer: ReportViewer; fiscalYear: number }) {
  const { t } = useTranslation();
  const data = useReportData({ organizationId: viewer.organizationId, fiscalYear });
  const [period, setPeriod] = useState<ReportPeriodKind>(() => defaultPeriod(fiscalYear));
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const header = <PageHeader title={t('nav.reports')} description={t('reports.description', { year: fiscalYear })} />;

  if (data.isPending)
    return (
      <>
        {header}
        <LoadingSkeleton lines={6} />
      </>
    );
  if (data.isError)
    return (
      <>
        {header}
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      </>
    );
  if (!data.data)
    return (
      <>
        {header}
        <EmptyState title={t('reports.noPlanTitle', { year: fiscalYear })} description={t('reports.noPlanText')} />
      </>
    );

  const model = toReportModel(data.data, {
    period,
    appOrigin: window.location.origin,
    generatedBy: { fullName: viewer.fullName, position: viewer.position },
  });
  const allMeasures = data.data.measures.filter((m) => m.status !== 'cancelled').length;
  const isDepartmentScoped = viewer.role === 'head' || viewer.role === 'staff';

  return (
    <>
      {header}
      <Stack gap="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="report-plan-heading">
          <Title order={2} size="h3" id="report-plan-heading">
            {data.data.plan.title}
          </Title>
          <Text mt={4}>{t('reports.planCounts', { indicators: model.indicators.length, measures: allMeasures })}</Text>
          {isDepartmentScoped ? (
            <Alert color="blue" variant="light" mt="sm" icon={<IconInfoCircle aria-hidden="true" />}>
              {t('reports.departmentScope', { department: viewer.departmentName ?? '-' })}
            </Alert>
          ) : null}
          <Radio.Group
            mt="md"
            label={t('reports.period')}
            description={t('reports.periodHelp')}
            value={period}
            onChange={(value) => setPeriod(value as ReportPeriodKind)}
          >
            <Group mt="xs" gap="lg">
              {(['half_year', 'annual'] as const).map((kind) => (
                <Radio key={kind} value={kind} label={reportPeriod(fiscalYear, kind).label} />
              ))}
            </Group>
          </Radio.Group>
          <Text mt="md" fw={700}>
            {t('reports.periodCounts', {
              measures: countMeasures(model),
              label: reportPeriod(fiscalYear, period).label,
            })}
          </Text>
          <ReportPreviewTable model={model} />
        </Card>
        {downloadError ? (
          <Alert color="red" role="alert" title={t('reports.downloadFailed')}>
            {toUserMessage(downloadError, t)}
          </Alert>
        ) : null}
        <ReportDownloads data={data.data} viewer={viewer} period={period} onError={setDownloadError} />
      </Stack>
    </>
  );
}
