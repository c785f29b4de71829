import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormError } from '@/components/form/form-error';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { TextField } from '@/components/form/text-field';
import type { AdminPlan } from '@/features/admin/api/get-admin-plan';
import { useUpdatePlan } from '@/features/admin/api/update-plan';
import { NumberField } from '@/features/admin/components/number-field';
import { SelectField } from '@/features/admin/components/select-field';
import { planEditSchema, type PlanEditValues } from '@/features/admin/schemas/plan-schemas';
import { PLAN_STATUSES } from '@/config/measure-status';

/** Title, status (draft/active/closed) and the overall ITA score and grade of a plan. */
export function PlanSettingsForm({ plan }: { plan: AdminPlan }) {
  const { t } = useTranslation();
  const mutation = useUpdatePlan();
  const form = useForm<PlanEditValues>({
    resolver: zodResolver(planEditSchema),
    values: { title: plan.title, status: plan.status, itaScore: plan.ita_score, itaGrade: plan.ita_grade ?? '' },
  });
  const grades = plan.framework?.grades ?? [];
  // A grade typed before the framework had bands (or imported) stays selectable.
  const gradeOptions = [...new Set([...grades, ...(plan.ita_grade ? [plan.ita_grade] : [])])];

  const handleSubmit = form.handleSubmit(async (v) => {
    if (v.status !== plan.status) {
      const result = await openConfirmDialog({
        title: t('admin.plan.statusConfirmTitle', { status: t(`planStatus.${v.status}`) }),
        message: t(`admin.plan.statusConfirm.${v.status}`),
        confirmLabel: t('admin.plan.statusConfirmButton'),
        danger: v.status === 'closed',
      });
      if (!result.confirmed) return;
    }
    mutation.mutate(
      {
        planId: plan.id,
        changes: { title: v.title, status: v.status, ita_score: v.itaScore, ita_grade: v.itaGrade || null },
      },
      { onSuccess: () => notifications.show({ color: 'green', message: t('admin.plan.saved') }) },
    );
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('admin.plan.settings')}>
      <Stack gap="md">
        <FormError error={mutation.error} />
        <TextField control={form.control} name="title" label={t('admin.plans.title')} required />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SelectField
            control={form.control}
            name="status"
            label={t('admin.common.status')}
            data={PLAN_STATUSES.map((s) => ({ value: s, label: t(`planStatus.${s}`) }))}
          />
          <NumberField
            control={form.control}
            name="itaScore"
            label={t('admin.plan.itaScore')}
            min={0}
            max={100}
            decimalScale={2}
          />
          {gradeOptions.length ? (
            <SelectField
              control={form.control}
              name="itaGrade"
              label={t('admin.plan.itaGrade')}
              data={[
                { value: '', label: t('admin.plan.noGrade') },
                ...gradeOptions.map((g) => ({ value: g, label: g })),
              ]}
            />
          ) : (
            <TextField control={form.control} name="itaGrade" label={t('admin.plan.itaGrade')} />
          )}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={!form.formState.isDirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
