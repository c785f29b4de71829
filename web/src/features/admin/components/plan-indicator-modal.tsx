import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import type { PlanIndicator } from '@/features/admin/api/get-admin-plan';
import { useSavePlanIndicator } from '@/features/admin/api/save-plan-indicator';
import { NumberField } from '@/features/admin/components/number-field';
import { SelectField } from '@/features/admin/components/select-field';
import { INDICATOR_GROUPS } from '@/features/admin/schemas/framework-schemas';
import { planIndicatorSchema, type PlanIndicatorValues } from '@/features/admin/schemas/plan-schemas';

/** An indicator of a plan: its score and both analyses (การวิเคราะห์, ผลการวิเคราะห์ของหน่วยงาน). */
export function PlanIndicatorModal({
  planId,
  indicator,
  nextNo,
  opened,
  onClose,
}: {
  planId: string;
  indicator: PlanIndicator | null;
  nextNo: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSavePlanIndicator();
  const form = useForm<PlanIndicatorValues>({
    resolver: zodResolver(planIndicatorSchema),
    values: {
      no: indicator?.no ?? nextNo,
      name: indicator?.name ?? '',
      group: indicator?.group ?? 'IIT',
      score: indicator?.score ?? null,
      analysis: indicator?.analysis ?? '',
      agencyAnalysis: indicator?.agency_analysis ?? '',
    },
  });

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      {
        ...(indicator ? { id: indicator.id } : {}),
        planId,
        values: {
          no: v.no,
          name: v.name,
          group: v.group,
          score: v.score,
          analysis: v.analysis,
          agency_analysis: v.agencyAnalysis,
        },
      },
      { onSuccess: handleClose },
    ),
  );

  return (
    <FormModal
      opened={opened}
      onClose={handleClose}
      title={
        indicator
          ? t('admin.plan.editIndicatorTitle', { no: indicator.no, name: indicator.name })
          : t('admin.plan.addIndicator')
      }
      size="xl"
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
    >
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <NumberField control={form.control} name="no" label={t('admin.frameworks.no')} min={1} allowDecimal={false} />
        <SelectField
          control={form.control}
          name="group"
          label={t('admin.frameworks.group')}
          data={INDICATOR_GROUPS.map((g) => ({ value: g, label: t(`admin.groups.${g}`) }))}
        />
        <NumberField
          control={form.control}
          name="score"
          label={t('admin.plan.indicatorScore')}
          min={0}
          max={100}
          decimalScale={2}
          data-autofocus
        />
      </SimpleGrid>
      <TextField control={form.control} name="name" label={t('admin.frameworks.indicatorName')} required />
      <TextareaField control={form.control} name="analysis" label={t('admin.plan.analysis')} minRows={4} />
      <TextareaField control={form.control} name="agencyAnalysis" label={t('admin.plan.agencyAnalysis')} minRows={4} />
    </FormModal>
  );
}
