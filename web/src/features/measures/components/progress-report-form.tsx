import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '@/components/form/textarea-field';
import type { ProgressReport } from '@/features/measures/api/get-progress-reports';
import { useSaveProgressReport } from '@/features/measures/api/save-progress-report';
import { PercentField } from '@/features/measures/components/percent-field';
import type { ReportPeriod } from '@/features/measures/lib/report-periods';
import {
  progressReportFormSchema,
  type ProgressReportFormValues,
} from '@/features/measures/schemas/progress-report-schema';
import { toUserMessage } from '@/lib/errors';

interface ProgressReportFormProps {
  measureId: string;
  period: ReportPeriod;
  periodLabel: string;
  report: ProgressReport | null;
  /** The measure's percent complete: the starting value of a new report. */
  defaultPercent: number;
  onDone: () => void;
}

/** Adds or edits the report of one period: what was done (narrative) and the percent complete. */
export function ProgressReportForm({
  measureId,
  period,
  periodLabel,
  report,
  defaultPercent,
  onDone,
}: ProgressReportFormProps) {
  const { t } = useTranslation();
  const mutation = useSaveProgressReport();
  const form = useForm<ProgressReportFormValues>({
    resolver: zodResolver(progressReportFormSchema),
    defaultValues: { narrative: report?.narrative ?? '', percent: report?.percent ?? defaultPercent },
  });
  const { setFocus } = form;
  useEffect(() => setFocus('narrative'), [setFocus]);

  const handleSubmit = form.handleSubmit((values) => {
    mutation.mutate(
      { measureId, reportId: report?.id ?? null, period, narrative: values.narrative, percent: values.percent ?? 0 },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('measures.reports.saved', { period: periodLabel }) });
          onDone();
        },
      },
    );
  });

  const isDuplicate = mutation.error && (mutation.error as { code?: unknown }).code === '23505';

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label={t('measures.reports.formTitle', { period: periodLabel })}
    >
      <Stack gap="sm">
        {mutation.isError ? (
          <Alert
            role="alert"
            color="red"
            variant="light"
            title={t('measures.reports.saveFailed')}
            icon={<IconAlertTriangle aria-hidden="true" />}
          >
            {isDuplicate ? t('measures.reports.duplicate') : toUserMessage(mutation.error, t)}
          </Alert>
        ) : null}
        <TextareaField
          control={form.control}
          name="narrative"
          label={t('measures.reports.narrative')}
          required
          minRows={3}
        />
        <PercentField control={form.control} name="percent" label={t('measures.reports.percent')} required w={200} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('measures.reports.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
