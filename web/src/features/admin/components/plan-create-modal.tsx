import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/text-field';
import { useCreatePlan } from '@/features/admin/api/create-plan';
import type { FrameworkSummary } from '@/features/admin/api/get-frameworks';
import { NumberField } from '@/features/admin/components/number-field';
import { defaultPlanTitle, planCreateSchema, type PlanCreateValues } from '@/features/admin/schemas/plan-schemas';
import { paths } from '@/config/paths';
import { toUserMessage } from '@/lib/errors';

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

  const handleClose = () => {
    mutation.reset();
    form.reset();
    onClose();
  };

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
    <Modal opened={opened} onClose={handleClose} title={t('admin.plans.createTitle')} size="lg" centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {mutation.error ? (
            <Alert color="red" role="alert">
              {toUserMessage(mutation.error, t)}
            </Alert>
          ) : null}
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('admin.plans.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
