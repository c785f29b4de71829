import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import { useProgressReports, type ProgressReport } from '@/features/measures/api/get-progress-reports';
import { ProgressReportForm } from '@/features/measures/components/progress-report-form';
import { REPORT_PERIODS, reportPeriodRange, type ReportPeriod } from '@/features/measures/lib/report-periods';
import { useDisplayLocale } from '@/features/measures/lib/use-display-locale';
import { formatDate, formatDateTime } from '@/lib/dates';

function ReportBody({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const at = formatDateTime(report.updated_at, { locale });
  return (
    <Stack gap={4}>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {report.narrative}
      </Text>
      <Text size="xs" c="dimmed">
        {report.reporter
          ? t('measures.reports.reportedBy', { name: report.reporter.full_name, at })
          : t('measures.reports.reportedAt', { at })}
      </Text>
    </Stack>
  );
}

/** Progress per reporting period of the plan's fiscal year; assignees and the head add and edit them. */
export function ProgressReportsSection({ measure, canReport }: { measure: MeasureDetail; canReport: boolean }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const query = useProgressReports(measure.id);
  const [editing, setEditing] = useState<ReportPeriod | null>(null);
  const fiscalYear = measure.plan?.fiscal_year ?? null;

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="measure-reports-heading"
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id="measure-reports-heading">
            {t('measures.reports.title')}
          </Title>
          {fiscalYear ? (
            <Text size="sm" c="dimmed">
              {t('measures.reports.description', { year: fiscalYear })}
            </Text>
          ) : null}
        </Stack>
        {query.isPending ? (
          <LoadingSkeleton lines={3} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {REPORT_PERIODS.map((period) => {
              const report = query.data.find((row) => row.period === period) ?? null;
              const label = t(`measures.periods.${period}`);
              const range = fiscalYear ? reportPeriodRange(fiscalYear, period) : null;
              return (
                <Paper component="li" key={period} withBorder radius="sm" p="sm" bg={report ? undefined : 'gray.0'}>
                  <Stack gap="xs">
                    <Group justify="space-between" gap="xs" wrap="wrap">
                      <Stack gap={0}>
                        <Text fw={700} size="sm">
                          {label}
                        </Text>
                        {range ? (
                          <Text size="xs" c="dimmed">
                            {t('measures.periodRange', {
                              start: formatDate(range.start, { locale }),
                              end: formatDate(range.end, { locale }),
                            })}
                          </Text>
                        ) : null}
                      </Stack>
                      <Group gap="xs">
                        {report ? (
                          <Badge variant="light" color="blue" c="blue.9" radius="sm" size="lg">
                            {t('measures.reports.percentValue', { percent: report.percent })}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('measures.reports.notReported')}
                          </Text>
                        )}
                        {canReport && editing !== period ? (
                          <Button
                            size="compact-sm"
                            variant="light"
                            leftSection={
                              report ? (
                                <IconPencil aria-hidden="true" size={14} />
                              ) : (
                                <IconPlus aria-hidden="true" size={14} />
                              )
                            }
                            aria-label={
                              report
                                ? t('measures.reports.editLabel', { period: label })
                                : t('measures.reports.addLabel', { period: label })
                            }
                            onClick={() => setEditing(period)}
                          >
                            {report ? t('measures.reports.edit') : t('measures.reports.add')}
                          </Button>
                        ) : null}
                      </Group>
                    </Group>
                    {editing === period ? (
                      <ProgressReportForm
                        measureId={measure.id}
                        period={period}
                        periodLabel={label}
                        report={report}
                        defaultPercent={measure.percent_complete}
                        onDone={() => setEditing(null)}
                      />
                    ) : report ? (
                      <ReportBody report={report} />
                    ) : null}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
