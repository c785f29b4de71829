import { zodResolver } from '@hookform/resolvers/zod';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { PasswordField } from '@/components/form/password-field';
import type { AdminUser } from '@/features/admin/api/get-users';
import { useResetPassword } from '@/features/admin/api/reset-password';
import { resetPasswordSchema, type ResetPasswordValues } from '@/features/admin/schemas/user-schemas';

const EMPTY: ResetPasswordValues = { password: '', confirm: '' };

/** Sets a new password for someone who forgot theirs (the app has no self-service reset). */
export function ResetPasswordModal({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mutation = useResetPassword();
  const form = useForm<ResetPasswordValues>({ resolver: zodResolver(resetPasswordSchema), defaultValues: EMPTY });

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) => {
    if (!user) return;
    mutation.mutate(
      { userId: user.id, password: v.password },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('admin.users.passwordReset', { name: user.full_name }) });
          handleClose();
        },
      },
    );
  });

  return (
    <FormModal
      opened={user !== null}
      onClose={handleClose}
      title={t('admin.users.resetTitle')}
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
      submitLabel={t('admin.users.resetSubmit')}
      intro={<Text>{t('admin.users.resetText', { name: user?.full_name ?? '', email: user?.email ?? '' })}</Text>}
    >
      <PasswordField
        control={form.control}
        name="password"
        label={t('admin.users.newPassword')}
        description={t('admin.users.passwordHelp')}
        required
        data-autofocus
      />
      <PasswordField control={form.control} name="confirm" label={t('admin.users.confirmPassword')} required />
    </FormModal>
  );
}
