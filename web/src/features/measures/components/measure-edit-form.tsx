import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/form/date-field';
import { TextareaField } from '@/components/form/textarea-field';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import { useUpdateMeasure } from '@/features/measures/api/update-measure';
import { PercentField } from '@/features/measures/components/percent-field';
import { MutationErrorAlert } from '@/features/measures/components/version-conflict-alert';
import { measureFormSchema, type MeasureFormValues } from '@/features/measures/schemas/measure-form-schema';

const toFormValues = (measure: MeasureDetail): MeasureFormValues => ({
  title: measure.title,
  detail: measure.detail ?? '',
  startDate: measure.start_date,
  dueDate: measure.due_date,
  percentComplete: measure.percent_complete,
});

interface MeasureEditFormProps {
  measure: MeasureDetail;
  onDone: () => void;
  /** Fetches the latest measure; resolves with it (or null when it is gone). */
  onReload: () => Promise<MeasureDetail | null>;
}

/**
 * The head's (or admin's) edit form. It keeps the version it was opened with and sends it on save, so a
 * change made meanwhile by someone else fails with a conflict instead of being overwritten.
 */
export function MeasureEditForm({ measure, onDone, onReload }: MeasureEditFormProps) {
  const { t } = useTranslation();
  const mutation = useUpdateMeasure();
  const [baseVersion, setBaseVersion] = useState(measure.version);
  const [isReloading, setIsReloading] = useState(false);
  const [wasReloaded, setWasReloaded] = useState(false);
  const form = useForm<MeasureFormValues>({
    resolver: zodResolver(measureFormSchema),
    defaultValues: toFormValues(measure),
  });
  const { setFocus } = form;
  useEffect(() => setFocus('title'), [setFocus]);
  const isStale = measure.version !== baseVersion && !mutation.isPending && !mutation.isSuccess;

  const handleSubmit = form.handleSubmit((values) => {
    setWasReloaded(false);
    mutation.mutate(
      {
        id: measure.id,
        version: baseVersion,
        changes: {
          title: values.title,
          detail: values.detail === '' ? null : values.detail,
          start_date: values.startDate,
          due_date: values.dueDate,
          percent_complete: values.percentComplete ?? 0,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('measures.edit.saved') });
          onDone();
        },
      },
    );
  });

  const handleReload = async () => {
    setIsReloading(true);
    try {
      const latest = await onReload();
      if (!latest) return;
      mutation.reset();
      setBaseVersion(latest.version);
      form.reset(toFormValues(latest));
      setWasReloaded(true);
    } finally {
      setIsReloading(false);
    }
  };

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="measure-edit-heading"
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="measure-edit-heading">
            {t('measures.edit.title')}
          </Title>
          {mutation.isError ? (
            <MutationErrorAlert
              error={mutation.error}
              title={t('measures.edit.saveFailed')}
              onReload={() => void handleReload()}
              isReloading={isReloading}
            />
          ) : isStale ? (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
              {t('measures.edit.changedMeanwhile')}{' '}
              <Button variant="subtle" size="compact-sm" onClick={() => void handleReload()} loading={isReloading}>
                {t('measures.conflict.reload')}
              </Button>
            </Alert>
          ) : wasReloaded ? (
            <Alert role="status" color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
              {t('measures.conflict.reloaded')}
            </Alert>
          ) : null}
          <TextareaField control={form.control} name="title" label={t('measures.fields.title')} required minRows={2} />
          <TextareaField control={form.control} name="detail" label={t('measures.fields.detail')} minRows={3} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DateField control={form.control} name="startDate" label={t('measures.fields.startDate')} clearable />
            <DateField control={form.control} name="dueDate" label={t('measures.fields.dueDate')} clearable />
          </SimpleGrid>
          <PercentField
            control={form.control}
            name="percentComplete"
            label={t('measures.progress.label')}
            required
            w={200}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone} disabled={mutation.isPending}>
              {t('measures.edit.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!form.formState.isDirty}>
              {t('measures.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
