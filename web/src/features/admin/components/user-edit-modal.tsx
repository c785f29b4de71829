import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { TextField } from '@/components/form/text-field';
import type { AdminDepartment } from '@/features/admin/api/get-departments';
import type { AdminUser } from '@/features/admin/api/get-users';
import { useUpdateUser } from '@/features/admin/api/update-user';
import { roleOptions } from '@/features/admin/components/role-options';
import { SelectField } from '@/features/admin/components/select-field';
import { useDepartmentOptions } from '@/features/admin/components/use-department-options';
import { userEditSchema, type UserEditValues } from '@/features/admin/schemas/user-schemas';

/** Changes a user's name, position, role and department (not one's own role or department). */
export function UserEditModal({
  user,
  departments,
  isSelf,
  onClose,
}: {
  user: AdminUser | null;
  departments: readonly AdminDepartment[] | undefined;
  isSelf: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateUser();
  const form = useForm<UserEditValues>({
    resolver: zodResolver(userEditSchema),
    values: {
      fullName: user?.full_name ?? '',
      position: user?.position ?? '',
      role: user?.role ?? 'staff',
      departmentId: user?.department?.id ?? '',
    },
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const needsDepartment = role === 'head' || role === 'staff';
  const departmentOptions = useDepartmentOptions(departments, {
    current: user?.department?.id ?? null,
    // The database keeps the department when none is sent: "none" is offered only to users without one.
    ...(!needsDepartment && !user?.department ? { noneLabel: t('admin.users.noDepartment') } : {}),
  });

  const handleClose = closeAndReset(onClose, mutation);

  const handleSubmit = form.handleSubmit((v) => {
    if (!user) return;
    mutation.mutate(
      {
        user_id: user.id,
        role: v.role,
        department_id: v.departmentId || null,
        full_name: v.fullName,
        position: v.position,
      },
      { onSuccess: handleClose },
    );
  });

  return (
    <FormModal
      opened={user !== null}
      onClose={handleClose}
      title={t('admin.users.editTitle', { name: user?.full_name ?? '' })}
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
      submitDisabled={!form.formState.isDirty}
    >
      <TextField control={form.control} name="fullName" label={t('admin.users.fullName')} required data-autofocus />
      <TextField control={form.control} name="position" label={t('admin.users.position')} />
      <SelectField
        control={form.control}
        name="role"
        label={t('admin.users.role')}
        data={roleOptions(t)}
        disabled={isSelf}
        description={isSelf ? t('admin.users.selfNote') : undefined}
      />
      <SelectField
        control={form.control}
        name="departmentId"
        label={t('admin.users.department')}
        data={departmentOptions}
        disabled={isSelf}
        required={needsDepartment}
      />
    </FormModal>
  );
}
