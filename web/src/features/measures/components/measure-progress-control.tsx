import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import { useUpdateMeasureProgress } from '@/features/measures/api/update-measure-progress';
import { MutationErrorAlert } from '@/features/measures/components/version-conflict-alert';

/**
 * The quick progress update for assignees and the head: the bar moves as soon as they save; if the server
 * refuses, the old percent comes back and the reason is shown.
 */
export function MeasureProgressControl({
  measure,
  onReload,
  isReloading,
}: {
  measure: MeasureDetail;
  onReload: () => void;
  isReloading: boolean;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateMeasureProgress();
  // What the person typed; null = untouched (the box follows the measure).
  const [draft, setDraft] = useState<number | '' | null>(null);
  const value = draft ?? measure.percent_complete;
  const isValid = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
  const isUnchanged = value === measure.percent_complete;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isValid || isUnchanged) return;
    mutation.mutate(
      { id: measure.id, version: measure.version, percent: value },
      {
        onSuccess: () => {
          setDraft(null);
          notifications.show({ color: 'green', message: t('measures.progress.saved', { percent: value }) });
        },
        onError: () => setDraft(null),
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput
          label={t('measures.progress.label')}
          value={value}
          onChange={(next) => {
            mutation.reset();
            setDraft(typeof next === 'number' ? next : '');
          }}
          min={0}
          max={100}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          suffix=" %"
          inputMode="numeric"
          error={value !== '' && !isValid ? t('measures.validation.percentRange') : undefined}
          w={180}
        />
        <Button type="submit" variant="light" loading={mutation.isPending} disabled={!isValid || isUnchanged}>
          {t('measures.progress.save')}
        </Button>
      </Group>
      {mutation.isError ? (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <MutationErrorAlert
            error={mutation.error}
            title={t('measures.progress.failed')}
            onReload={() => {
              mutation.reset();
              onReload();
            }}
            isReloading={isReloading}
          />
        </div>
      ) : null}
    </form>
  );
}
