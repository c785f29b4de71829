import { zodResolver } from '@hookform/resolvers/zod';
import { List, SimpleGrid, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { closeAndReset, FormModal } from '@/components/form/form-modal';
import { useClonePlan } from '@/features/admin/api/clone-plan';
import type { AdminPlanSummary } from '@/features/admin/api/get-admin-plans';
import { NumberField } from '@/features/admin/components/number-field';
import { SelectField } from '@/features/admin/components/select-field';
import { planCloneSchema, type PlanCloneValues } from '@/features/admin/schemas/plan-schemas';
import { paths } from '@/config/paths';

const KEPT = ['indicators', 'measures', 'assignees'] as const;
const RESET = ['planStatus', 'planScore', 'indicatorScores', 'measureStatus', 'dates'] as const;

/** Copies last year's plan into a new fiscal year (`plan_clone`), saying plainly what is kept and what starts over. */
export function PlanCloneModal({
  plans,
  opened,
  onClose,
}: {
  plans: readonly AdminPlanSummary[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useClonePlan();
  const latest = plans[0];
  const form = useForm<PlanCloneValues>({
    resolver: zodResolver(planCloneSchema),
    values: { sourcePlanId: latest?.id ?? '', fiscalYear: latest ? latest.fiscal_year + 1 : 0 },
  });

  const handleClose = closeAndReset(onClose, mutation, form);

  const handleSubmit = form.handleSubmit((v) =>
    mutation.mutate(
      { sourcePlanId: v.sourcePlanId, fiscalYear: v.fiscalYear },
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
      title={t('admin.plans.cloneTitle')}
      size="lg"
      onSubmit={handleSubmit}
      error={mutation.error}
      isSubmitting={mutation.isPending}
      submitLabel={t('admin.plans.clone')}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <SelectField
          control={form.control}
          name="sourcePlanId"
          label={t('admin.plans.cloneSource')}
          data={plans.map((p) => ({ value: p.id, label: t('admin.plans.yearOption', { year: p.fiscal_year }) }))}
          required
        />
        <NumberField
          control={form.control}
          name="fiscalYear"
          label={t('admin.plans.cloneTarget')}
          allowDecimal={false}
          required
        />
      </SimpleGrid>
      <div>
        <Title order={3} size="h4">
          {t('admin.plans.cloneKeptHeading')}
        </Title>
        <List size="sm" spacing={4} mt={4}>
          {KEPT.map((k) => (
            <List.Item key={k}>{t(`admin.plans.cloneKept.${k}`)}</List.Item>
          ))}
        </List>
      </div>
      <div>
        <Title order={3} size="h4">
          {t('admin.plans.cloneResetHeading')}
        </Title>
        <List size="sm" spacing={4} mt={4}>
          {RESET.map((k) => (
            <List.Item key={k}>{t(`admin.plans.cloneReset.${k}`)}</List.Item>
          ))}
        </List>
      </div>
      <Text size="sm" c="dimmed">
        {t('admin.plans.cloneNotCopied')}
      </Text>
    </FormModal>
  );
}
