import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useDeleteMeasure } from '@/features/admin/api/delete-measure';
import { useDeletePlanIndicator } from '@/features/admin/api/delete-plan-indicator';
import { useAdminPlan, type PlanIndicator } from '@/features/admin/api/get-admin-plan';
import { useDepartments } from '@/features/admin/api/get-departments';
import { usePlanMeasures, type AdminMeasure } from '@/features/admin/api/get-plan-measures';
import { MeasureModal, type MeasureDraft } from '@/features/admin/components/measure-modal';
import { PlanIndicatorCard } from '@/features/admin/components/plan-indicator-card';
import { PlanIndicatorModal } from '@/features/admin/components/plan-indicator-modal';
import { PlanSettingsForm } from '@/features/admin/components/plan-settings-form';
import { paths } from '@/config/paths';

/** /admin/plans/$planId: a plan's status and results, its indicators and their measures for every department. */
export function PlanPage({ organizationId, planId }: { organizationId: string; planId: string }) {
  const { t } = useTranslation();
  const plan = useAdminPlan(planId);
  const measures = usePlanMeasures(planId);
  const departments = useDepartments(organizationId);
  const deleteMeasure = useDeleteMeasure();
  const deleteIndicator = useDeletePlanIndicator();
  const [indicatorDraft, setIndicatorDraft] = useState<PlanIndicator | null | undefined>(undefined);
  const [measureDraft, setMeasureDraft] = useState<MeasureDraft | null>(null);

  const back = (
    <Anchor component={Link} to={paths.adminPlans.path} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft aria-hidden="true" size={16} />
        {t('admin.plan.back')}
      </Group>
    </Anchor>
  );

  if (plan.isPending || measures.isPending) return <LoadingSkeleton lines={8} />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} actions={back} />;
  if (measures.isError) return <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />;

  const byIndicator = (id: string) => measures.data.filter((m) => m.plan_indicator_id === id);
  const nextIndicatorNo = plan.data.indicators.reduce((max, i) => Math.max(max, i.no), 0) + 1;

  const handleDeleteMeasure = async (m: AdminMeasure) => {
    const result = await openConfirmDialog({
      title: t('admin.plan.deleteMeasureTitle'),
      message: t('admin.plan.deleteMeasureMessage', { title: m.title }),
      confirmLabel: t('admin.common.delete'),
      danger: true,
    });
    if (result.confirmed) deleteMeasure.mutate({ id: m.id });
  };

  const handleDeleteIndicator = async (ind: PlanIndicator) => {
    const result = await openConfirmDialog({
      title: t('admin.plan.deleteIndicatorTitle', { no: ind.no, name: ind.name }),
      message: t('admin.plan.deleteIndicatorMessage'),
      confirmLabel: t('admin.common.delete'),
      danger: true,
    });
    if (result.confirmed) deleteIndicator.mutate({ id: ind.id });
  };

  return (
    <>
      {back}
      <PageHeader
        title={t('admin.plan.heading', { year: plan.data.fiscal_year })}
        description={plan.data.framework ? plan.data.framework.name : t('admin.plan.noFramework')}
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <PlanSettingsForm plan={plan.data} />
        </Card>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('admin.plan.indicatorsHeading', { count: plan.data.indicators.length, measures: measures.data.length })}
          </Title>
          <Button
            size="sm"
            variant="default"
            leftSection={<IconPlus aria-hidden="true" size={16} />}
            onClick={() => setIndicatorDraft(null)}
          >
            {t('admin.plan.addIndicator')}
          </Button>
        </Group>
        {plan.data.indicators.length === 0 ? (
          <EmptyState title={t('admin.plan.noIndicatorsTitle')} description={t('admin.plan.noIndicatorsText')} />
        ) : (
          plan.data.indicators.map((ind) => (
            <PlanIndicatorCard
              key={ind.id}
              indicator={ind}
              measures={byIndicator(ind.id)}
              onEditIndicator={() => setIndicatorDraft(ind)}
              onDeleteIndicator={() => void handleDeleteIndicator(ind)}
              onAddMeasure={() =>
                setMeasureDraft({
                  indicatorId: ind.id,
                  nextNo: byIndicator(ind.id).reduce((max, m) => Math.max(max, m.no ?? 0), 0) + 1,
                })
              }
              onEditMeasure={(measure) => setMeasureDraft({ measure })}
              onDeleteMeasure={(m) => void handleDeleteMeasure(m)}
            />
          ))
        )}
        {measures.data.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('admin.plan.measuresNote')}
          </Text>
        ) : null}
      </Stack>
      <PlanIndicatorModal
        planId={planId}
        indicator={indicatorDraft ?? null}
        nextNo={nextIndicatorNo}
        opened={indicatorDraft !== undefined}
        onClose={() => setIndicatorDraft(undefined)}
      />
      <MeasureModal
        planId={planId}
        indicators={plan.data.indicators}
        departments={departments.data}
        draft={measureDraft}
        onClose={() => setMeasureDraft(null)}
      />
    </>
  );
}
