import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconWand } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { PasswordField } from '@/components/form/password-field';
import { TextField } from '@/components/form/text-field';
import { useCreateUser } from '@/features/admin/api/create-user';
import type { AdminDepartment } from '@/features/admin/api/get-departments';
import { roleOptions } from '@/features/admin/components/role-options';
import { SelectField } from '@/features/admin/components/select-field';
import { useDepartmentOptions } from '@/features/admin/components/use-department-options';
import { generatePassword, userCreateSchema, type UserCreateValues } from '@/features/admin/schemas/user-schemas';

const EMPTY: UserCreateValues = {
  email: '',
  password: '',
  fullName: '',
  position: '',
  role: 'staff',
  departmentId: '',
};

/** Creates an account: e-mail, initial password, name, position, role and department. */
export function UserCreateModal({
  departments,
  opened,
  onClose,
}: {
  departments: readonly AdminDepartment[] | undefined;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useCreateUser();
  const form = useForm<UserCreateValues>({ resolver: zodResolver(userCreateSchema), defaultValues: EMPTY });
  const role = useWatch({ control: form.control, name: 'role' });
  const needsDepartment = role === 'head' || role === 'staff';
  const departmentOptions = useDepartmentOptions(departments, {
    ...(needsDepartment ? {} : { noneLabel: t('admin.users.noDepartment') }),
  });

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      {
        email: v.email,
        password: v.password,
        full_name: v.fullName,
        position: v.position,
        role: v.role,
        department_id: v.departmentId || null,
      },
      {
        onSuccess: (profile) => {
          notifications.show({
            color: 'green',
            title: t('admin.users.created', { name: profile?.full_name ?? v.fullName }),
            message: t('admin.users.createdHelp', { email: profile?.email ?? v.email }),
            autoClose: 10_000,
          });
          handleClose();
        },
      },
    ),
  );

  return (
    <FormModal
      opened={opened}
      onClose={handleClose}
      title={t('admin.users.createTitle')}
      size="lg"
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
      submitLabel={t('admin.users.create')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField control={form.control} name="email" label={t('auth.email')} type="email" required data-autofocus />
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <PasswordField
            control={form.control}
            name="password"
            label={t('admin.users.initialPassword')}
            description={t('admin.users.passwordHelp')}
            required
            style={{ flex: 1 }}
          />
          <Button
            variant="default"
            px="xs"
            aria-label={t('admin.users.generatePassword')}
            title={t('admin.users.generatePassword')}
            onClick={() => form.setValue('password', generatePassword(), { shouldDirty: true, shouldValidate: true })}
          >
            <IconWand aria-hidden="true" size={18} />
          </Button>
        </Group>
        <TextField control={form.control} name="fullName" label={t('admin.users.fullName')} required />
        <TextField control={form.control} name="position" label={t('admin.users.position')} />
        <SelectField control={form.control} name="role" label={t('admin.users.role')} data={roleOptions(t)} required />
        <SelectField
          control={form.control}
          name="departmentId"
          label={t('admin.users.department')}
          data={departmentOptions}
          required={needsDepartment}
        />
      </SimpleGrid>
    </FormModal>
  );
}
