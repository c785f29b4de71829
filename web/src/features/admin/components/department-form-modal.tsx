import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/text-field';
import type { AdminDepartment } from '@/features/admin/api/get-departments';
import { useSaveDepartment } from '@/features/admin/api/save-department';
import { NumberField } from '@/features/admin/components/number-field';
import { departmentFormSchema, type DepartmentFormValues } from '@/features/admin/schemas/department-schema';
import { toUserMessage } from '@/lib/errors';

interface DepartmentFormModalProps {
  organizationId: string;
  /** null: a new department. */
  department: AdminDepartment | null;
  /** Sort order proposed for a new department. */
  nextSortOrder: number;
  opened: boolean;
  onClose: () => void;
}

/** Adds a department or renames one (name, code, order in lists). */
export function DepartmentFormModal({
  organizationId,
  department,
  nextSortOrder,
  opened,
  onClose,
}: DepartmentFormModalProps) {
  const { t } = useTranslation();
  const mutation = useSaveDepartment();
  const form = useForm<DepartmentFormValues>({
    resolver: zodResolver(departmentFormSchema),
    values: {
      name: department?.name ?? '',
      code: department?.code ?? '',
      sortOrder: department?.sort_order ?? nextSortOrder,
    },
  });

  const handleClose = () => {
    mutation.reset();
    form.reset();
    onClose();
  };

  const handleSubmit = form.handleSubmit((values) =>
    mutation.mutate(
      {
        ...(department ? { id: department.id } : {}),
        organizationId,
        values: { name: values.name, code: values.code || null, sort_order: values.sortOrder },
      },
      { onSuccess: handleClose },
    ),
  );

  return (
    <Modal
      opened={opened}
      onClose={handleClose}
      title={department ? t('admin.departments.editTitle') : t('admin.departments.createTitle')}
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {mutation.error ? (
            <Alert color="red" role="alert">
              {toUserMessage(mutation.error, t)}
            </Alert>
          ) : null}
          <TextField control={form.control} name="name" label={t('admin.departments.name')} required data-autofocus />
          <TextField
            control={form.control}
            name="code"
            label={t('admin.departments.code')}
            description={t('admin.departments.codeHelp')}
          />
          <NumberField
            control={form.control}
            name="sortOrder"
            label={t('admin.departments.sortOrder')}
            min={0}
            allowDecimal={false}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={department !== null && !form.formState.isDirty}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
