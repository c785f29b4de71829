import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogOptions {
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  /** Ask for a reason (e.g. returning or cancelling a measure). */
  reason?: { label?: string; description?: string; required?: boolean; minLength?: number };
}

export type ConfirmResult = { confirmed: false } | { confirmed: true; reason: string | null };

/**
 * Opens a confirmation dialog and resolves when it closes.
 * `const result = await openConfirmDialog({ title, message, reason: { required: true } })`
 */
export function openConfirmDialog(options: ConfirmDialogOptions): Promise<ConfirmResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: ConfirmResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const id = modals.open({
      title: options.title,
      centered: true,
      onClose: () => settle({ confirmed: false }),
      children: (
        <ConfirmDialogBody
          {...options}
          onCancel={() => modals.close(id)}
          onConfirm={(reason) => {
            settle({ confirmed: true, reason });
            modals.close(id);
          }}
        />
      ),
    });
  });
}

interface ConfirmDialogBodyProps extends ConfirmDialogOptions {
  onCancel: () => void;
  onConfirm: (reason: string | null) => void;
}

function ConfirmDialogBody({
  message,
  confirmLabel,
  cancelLabel,
  danger,
  reason,
  onCancel,
  onConfirm,
}: ConfirmDialogBodyProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [hasError, setHasError] = useState(false);
  const minLength = reason?.required ? Math.max(1, reason.minLength ?? 1) : 0;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason && text.trim().length < minLength) {
      setHasError(true);
      return;
    }
    onConfirm(reason ? text.trim() || null : null);
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {typeof message === 'string' ? <Text>{message}</Text> : message}
        {reason ? (
          <Textarea
            label={reason.label ?? t('common.reason')}
            description={reason.description}
            required={reason.required}
            autosize
            minRows={3}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setHasError(false);
            }}
            error={hasError ? t('errors.reasonRequired') : undefined}
            data-autofocus
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <Button type="submit" color={danger ? 'red.8' : undefined} data-autofocus={reason ? undefined : true}>
            {confirmLabel ?? t('common.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
