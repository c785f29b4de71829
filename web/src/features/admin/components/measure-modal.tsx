import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/form/date-field';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { TextareaField } from '@/components/form/textarea-field';
import type { PlanIndicator } from '@/features/admin/api/get-admin-plan';
import type { AdminDepartment } from '@/features/admin/api/get-departments';
import type { AdminMeasure } from '@/features/admin/api/get-plan-measures';
import { useSaveMeasure } from '@/features/admin/api/save-measure';
import { NumberField } from '@/features/admin/components/number-field';
import { SelectField } from '@/features/admin/components/select-field';
import { useDepartmentOptions } from '@/features/admin/components/use-department-options';
import { measureSchema, type MeasureValues } from '@/features/admin/schemas/plan-schemas';

export type MeasureDraft = { measure: AdminMeasure } | { indicatorId: string; nextNo: number };

/** Adds a measure to a plan, or edits one (owner department, dates); any department, as the coordinator. */
export function MeasureModal({
  planId,
  indicators,
  departments,
  draft,
  onClose,
}: {
  planId: string;
  indicators: readonly PlanIndicator[];
  departments: readonly AdminDepartment[] | undefined;
  draft: MeasureDraft | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSaveMeasure();
  const existing = draft && 'measure' in draft ? draft.measure : null;
  const form = useForm<MeasureValues>({
    resolver: zodResolver(measureSchema),
    values: {
      planIndicatorId: existing?.plan_indicator_id ?? (draft && 'indicatorId' in draft ? draft.indicatorId : ''),
      departmentId: existing?.department.id ?? '',
      no: existing?.no ?? (draft && 'nextNo' in draft ? draft.nextNo : null),
      title: existing?.title ?? '',
      detail: existing?.detail ?? '',
      startDate: existing?.start_date ?? null,
      dueDate: existing?.due_date ?? null,
    },
  });
  const departmentOptions = useDepartmentOptions(departments, { current: existing?.department.id ?? null });

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) => {
    const values = {
      plan_indicator_id: v.planIndicatorId,
      department_id: v.departmentId,
      no: v.no,
      title: v.title,
      detail: v.detail || null,
      start_date: v.startDate,
      due_date: v.dueDate,
    };
    mutation.mutate(existing ? { planId, id: existing.id, version: existing.version, values } : { planId, values }, {
      onSuccess: handleClose,
    });
  });

  return (
    <FormModal
      opened={draft !== null}
      onClose={handleClose}
      title={existing ? t('admin.plan.editMeasure') : t('admin.plan.addMeasure')}
      size="xl"
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
    >
      <SelectField
        control={form.control}
        name="planIndicatorId"
        label={t('admin.plan.indicator')}
        data={[
          { value: '', label: t('admin.common.choose'), disabled: true },
          ...indicators.map((i) => ({
            value: i.id,
            label: t('admin.plan.indicatorOption', { no: i.no, name: i.name }),
          })),
        ]}
        required
      />
      <TextareaField
        control={form.control}
        name="title"
        label={t('admin.plan.measureTitle')}
        minRows={2}
        required
        data-autofocus
      />
      <TextareaField control={form.control} name="detail" label={t('admin.plan.measureDetail')} minRows={2} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SelectField
          control={form.control}
          name="departmentId"
          label={t('admin.plan.ownerDepartment')}
          data={departmentOptions}
          required
          description={existing ? t('admin.plan.moveDepartmentNote') : undefined}
        />
        <NumberField control={form.control} name="no" label={t('admin.plan.measureNo')} min={1} allowDecimal={false} />
        <DateField control={form.control} name="startDate" label={t('admin.plan.startDate')} clearable />
        <DateField control={form.control} name="dueDate" label={t('admin.plan.dueDate')} required />
      </SimpleGrid>
    </FormModal>
  );
}
