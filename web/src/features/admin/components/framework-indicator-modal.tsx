import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import type { FrameworkIndicator } from '@/features/admin/api/get-framework';
import { useSaveFrameworkIndicator } from '@/features/admin/api/save-framework-indicator';
import { NumberField } from '@/features/admin/components/number-field';
import { SelectField } from '@/features/admin/components/select-field';
import {
  frameworkIndicatorSchema,
  INDICATOR_GROUPS,
  type FrameworkIndicatorValues,
} from '@/features/admin/schemas/framework-schemas';

/** Adds or edits an indicator of a framework: number, name, group and weight. */
export function FrameworkIndicatorModal({
  frameworkId,
  indicator,
  nextNo,
  opened,
  onClose,
}: {
  frameworkId: string;
  indicator: FrameworkIndicator | null;
  nextNo: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSaveFrameworkIndicator();
  const form = useForm<FrameworkIndicatorValues>({
    resolver: zodResolver(frameworkIndicatorSchema),
    values: {
      no: indicator?.no ?? nextNo,
      name: indicator?.name ?? '',
      group: indicator?.group ?? 'IIT',
      weight: indicator?.weight ?? null,
      description: indicator?.description ?? '',
    },
  });

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      {
        ...(indicator ? { id: indicator.id } : {}),
        frameworkId,
        values: { no: v.no, name: v.name, group: v.group, weight: v.weight, description: v.description || null },
      },
      { onSuccess: handleClose },
    ),
  );

  return (
    <FormModal
      opened={opened}
      onClose={handleClose}
      title={indicator ? t('admin.frameworks.editIndicator') : t('admin.frameworks.addIndicator')}
      size="lg"
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
    >
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <NumberField
          control={form.control}
          name="no"
          label={t('admin.frameworks.no')}
          min={1}
          allowDecimal={false}
          required
        />
        <SelectField
          control={form.control}
          name="group"
          label={t('admin.frameworks.group')}
          data={INDICATOR_GROUPS.map((g) => ({ value: g, label: t(`admin.groups.${g}`) }))}
          required
        />
        <NumberField control={form.control} name="weight" label={t('admin.frameworks.weight')} min={0} max={100} />
      </SimpleGrid>
      <TextField
        control={form.control}
        name="name"
        label={t('admin.frameworks.indicatorName')}
        required
        data-autofocus
      />
      <TextareaField
        control={form.control}
        name="description"
        label={t('admin.frameworks.indicatorDescription')}
        minRows={2}
      />
    </FormModal>
  );
}
