import { zodResolver } from '@hookform/resolvers/zod';
import { Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { useCreateFramework } from '@/features/admin/api/create-framework';
import type { FrameworkSummary } from '@/features/admin/api/get-frameworks';
import { NumberField } from '@/features/admin/components/number-field';
import { SelectField } from '@/features/admin/components/select-field';
import { newFrameworkSchema, type NewFrameworkValues } from '@/features/admin/schemas/framework-schemas';

/** Adds a fiscal year's framework, copied from an earlier year (default: the latest) or empty. */
export function FrameworkYearModal({
  organizationId,
  frameworks,
  opened,
  onClose,
  onCreated,
}: {
  organizationId: string;
  frameworks: readonly FrameworkSummary[];
  opened: boolean;
  onClose: () => void;
  onCreated: (frameworkId: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useCreateFramework();
  const latest = frameworks[0];
  const form = useForm<NewFrameworkValues>({
    resolver: zodResolver(newFrameworkSchema),
    values: { fiscalYear: latest ? latest.fiscal_year + 1 : 0, sourceId: latest?.id ?? '' },
  });

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      { organizationId, fiscalYear: v.fiscalYear, sourceId: v.sourceId || null },
      {
        onSuccess: (id) => {
          handleClose();
          onCreated(id);
        },
      },
    ),
  );

  return (
    <FormModal
      opened={opened}
      onClose={handleClose}
      title={t('admin.frameworks.addYearTitle')}
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
      submitLabel={t('admin.frameworks.addYear')}
      intro={<Text size="sm">{t('admin.frameworks.addYearText')}</Text>}
    >
      <NumberField
        control={form.control}
        name="fiscalYear"
        label={t('admin.frameworks.fiscalYear')}
        allowDecimal={false}
        required
        data-autofocus
      />
      <SelectField
        control={form.control}
        name="sourceId"
        label={t('admin.frameworks.copyFrom')}
        data={[
          { value: '', label: t('admin.frameworks.copyNone') },
          ...frameworks.map((f) => ({
            value: f.id,
            label: t('admin.frameworks.yearOption', { year: f.fiscal_year }),
          })),
        ]}
      />
    </FormModal>
  );
}
