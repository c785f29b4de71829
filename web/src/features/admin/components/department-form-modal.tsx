import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { TextField } from '@/components/form/text-field';
import type { AdminDepartment } from '@/features/admin/api/get-departments';
import { useSaveDepartment } from '@/features/admin/api/save-department';
import { NumberField } from '@/features/admin/components/number-field';
import { departmentFormSchema, type DepartmentFormValues } from '@/features/admin/schemas/department-schema';

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

  const handleClose = closeAndReset(onClose, mutation, form);

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
    <FormModal
      opened={opened}
      onClose={handleClose}
      title={department ? t('admin.departments.editTitle') : t('admin.departments.createTitle')}
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
      submitDisabled={department !== null && !form.formState.isDirty}
    >
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
    </FormModal>
  );
}
