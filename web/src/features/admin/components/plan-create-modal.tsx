import { zodResolver } from '@hookform/resolvers/zod';
import { Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { TextField } from '@/components/form/text-field';
import { useCreatePlan } from '@/features/admin/api/create-plan';
import type { FrameworkSummary } from '@/features/admin/api/get-frameworks';
import { NumberField } from '@/features/admin/components/number-field';
import { defaultPlanTitle, planCreateSchema, type PlanCreateValues } from '@/features/admin/schemas/plan-schemas';
import { paths } from '@/config/paths';

/** A new, empty plan for a fiscal year (draft), with the indicators of that year's framework. */
export function PlanCreateModal({
  frameworks,
  suggestedYear,
  opened,
  onClose,
}: {
  frameworks: readonly FrameworkSummary[];
  suggestedYear: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreatePlan();
  const form = useForm<PlanCreateValues>({
    resolver: zodResolver(planCreateSchema),
    values: { fiscalYear: suggestedYear, title: '' },
  });
  const year = useWatch({ control: form.control, name: 'fiscalYear' });
  const hasFramework = frameworks.some((f) => f.fiscal_year === year);

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      { fiscalYear: v.fiscalYear, title: v.title || defaultPlanTitle(v.fiscalYear) },
      {
        onSuccess: (planId) => {
          handleClose();
          void navigate({ to: paths.adminPlan.path, params: { planId } });
        },
      },
    ),
  );

  return (
    <FormModal
      opened={opened}
      onClose={handleClose}
      title={t('admin.plans.createTitle')}
      size="lg"
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
      submitLabel={t('admin.plans.create')}
    >
      <NumberField
        control={form.control}
        name="fiscalYear"
        label={t('admin.plans.fiscalYear')}
        allowDecimal={false}
        required
        data-autofocus
      />
      <TextField
        control={form.control}
        name="title"
        label={t('admin.plans.title')}
        description={t('admin.plans.titleHelp')}
        placeholder={year ? defaultPlanTitle(year) : undefined}
      />
      <Text size="sm" c={hasFramework ? 'dimmed' : 'orange.9'}>
        {hasFramework
          ? t('admin.plans.createWithFramework', { year })
          : t('admin.plans.createWithoutFramework', { year })}
      </Text>
    </FormModal>
  );
}
