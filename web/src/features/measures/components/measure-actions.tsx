import { Button, Group, Paper, Stack, Text, Title, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconBan,
  IconCircleCheck,
  IconLockOpen,
  IconPlayerPlay,
  IconSend,
  type Icon,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog, type ConfirmDialogOptions } from '@/components/confirm-dialog';
import { StatusBadge } from '@/components/status-badge';
import type { MeasureDetail } from '@/features/measures/api/get-measure';
import { useTransitionMeasure, type MeasureAction } from '@/features/measures/api/transition-measure';
import { MutationErrorAlert } from '@/features/measures/components/version-conflict-alert';
import type { MeasurePermissions } from '@/features/measures/lib/measure-permissions';

const LOOK: Record<MeasureAction, { icon: Icon; variant: ButtonProps['variant']; color?: string }> = {
  start: { icon: IconPlayerPlay, variant: 'filled' },
  submit: { icon: IconSend, variant: 'filled' },
  approve: { icon: IconCircleCheck, variant: 'filled', color: 'green.8' },
  return: { icon: IconArrowBackUp, variant: 'outline', color: 'orange.9' },
  reopen: { icon: IconLockOpen, variant: 'outline' },
  cancel: { icon: IconBan, variant: 'subtle', color: 'red.8' },
};

const DONE_KEY = {
  start: 'measures.actions.doneStart',
  submit: 'measures.actions.doneSubmit',
  approve: 'measures.actions.doneApprove',
  return: 'measures.actions.doneReturn',
  reopen: 'measures.actions.doneReopen',
  cancel: 'measures.actions.doneCancel',
} as const satisfies Record<MeasureAction, string>;

function labelOf(action: MeasureAction, measure: MeasureDetail, t: TFunction): string {
  if (action === 'start' && measure.status === 'returned') return t('measures.actions.resume');
  return t(`measures.actions.${action}`);
}

/** The question each step asks before it runs; returning, reopening and cancelling need a reason. */
function dialogFor(action: MeasureAction, measure: MeasureDetail, t: TFunction): ConfirmDialogOptions {
  const label = labelOf(action, measure, t);
  const title = measure.title;
  const base = { title: label, confirmLabel: label };
  switch (action) {
    case 'start':
      return {
        ...base,
        message:
          measure.status === 'returned'
            ? t('measures.actions.confirmResume', { title })
            : t('measures.actions.confirmStart', { title }),
      };
    case 'submit':
      return {
        ...base,
        message: t('measures.actions.confirmSubmit', { title }),
        reason: { label: t('measures.actions.noteLabel') },
      };
    case 'approve':
      return {
        ...base,
        message: t('measures.actions.confirmApprove', { title }),
        reason: { label: t('measures.actions.noteLabel') },
      };
    case 'return':
      return {
        ...base,
        message: t('measures.actions.confirmReturn', { title }),
        reason: {
          label: t('measures.actions.returnReason'),
          description: t('measures.actions.returnReasonHelp'),
          required: true,
        },
      };
    case 'reopen':
      return {
        ...base,
        message: t('measures.actions.confirmReopen', { title }),
        reason: { label: t('measures.actions.reopenReason'), required: true },
      };
    case 'cancel':
      return {
        ...base,
        danger: true,
        cancelLabel: t('common.close'),
        message: t('measures.actions.confirmCancel', { title }),
        reason: { label: t('measures.actions.cancelReason'), required: true },
      };
  }
}

/** The workflow steps the viewer may take now, each confirmed first; failures are explained right here. */
export function MeasureActions({
  measure,
  permissions,
  onReload,
  isReloading,
}: {
  measure: MeasureDetail;
  permissions: MeasurePermissions;
  onReload: () => void;
  isReloading: boolean;
}) {
  const { t } = useTranslation();
  const mutation = useTransitionMeasure();

  const handleAction = async (action: MeasureAction) => {
    const version = measure.version;
    mutation.reset();
    const result = await openConfirmDialog(dialogFor(action, measure, t));
    if (!result.confirmed) return;
    mutation.mutate(
      { id: measure.id, version, action, reason: result.reason },
      { onSuccess: () => notifications.show({ color: 'green', message: t(DONE_KEY[action]) }) },
    );
  };

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="measure-actions-heading"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="measure-actions-heading">
            {t('measures.actions.title')}
          </Title>
          <StatusBadge status={measure.status} />
        </Group>
        {permissions.actions.length > 0 ? (
          <Group gap="sm">
            {permissions.actions.map((action) => {
              const { icon: ActionIcon, variant, color } = LOOK[action];
              return (
                <Button
                  key={action}
                  variant={variant}
                  color={color}
                  leftSection={<ActionIcon aria-hidden="true" size={18} />}
                  onClick={() => void handleAction(action)}
                  loading={mutation.isPending && mutation.variables.action === action}
                  disabled={mutation.isPending && mutation.variables.action !== action}
                >
                  {labelOf(action, measure, t)}
                </Button>
              );
            })}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('measures.actions.none')}
          </Text>
        )}
        {mutation.isError ? (
          <MutationErrorAlert
            error={mutation.error}
            title={t('measures.actions.failed')}
            onReload={() => {
              mutation.reset();
              onReload();
            }}
            isReloading={isReloading}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
