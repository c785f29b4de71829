import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@/components/form/form-error';

interface FormModalProps {
  opened: boolean;
  /** Closes the dialog (close button, Escape, overlay, cancel): usually `closeAndReset(onClose, mutation, form)`. */
  onClose: () => void;
  /** The dialog's heading and accessible name. */
  title: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The mutation's error, shown in Thai above the fields; null: none. */
  error: Error | null;
  /** The submit button shows a loader and cannot be pressed again. */
  isSubmitting: boolean;
  /** Default: "บันทึก" (`common.save`). */
  submitLabel?: string;
  submitDisabled?: boolean;
  size?: ModalProps['size'];
  /** Text above the error and the fields. */
  intro?: ReactNode;
  /** The fields; one of them carries `data-autofocus`. */
  children: ReactNode;
}

/**
 * A centred dialog around a form: the error alert, the fields, then cancel and submit.
 * `<FormModal opened={opened} onClose={handleClose} title={…} onSubmit={form.handleSubmit(…)}
 *   error={mutation.error} isSubmitting={mutation.isPending}>…fields…</FormModal>`
 */
export function FormModal({
  opened,
  onClose,
  title,
  onSubmit,
  error,
  isSubmitting,
  submitLabel,
  submitDisabled,
  size,
  intro,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {intro}
          <FormError error={error} />
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={submitDisabled}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The close handler of a form dialog: resets what it is given (the mutation, so its error goes; the form, so
 * what was typed goes), then calls `onClose`. Use it after a successful save too.
 */
export function closeAndReset(onClose: () => void, ...resettable: readonly { reset: () => void }[]): () => void {
  return () => {
    for (const item of resettable) item.reset();
    onClose();
  };
}
