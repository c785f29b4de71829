import { Button, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import type { Role } from '@/config/roles';
import { usePlanOverview } from '@/features/plan-overview/api/get-plan-overview';
import { IndicatorCard } from '@/features/plan-overview/components/indicator-card';
import { PlanSummary } from '@/features/plan-overview/components/plan-summary';

interface PlanOverviewPageProps {
  organizationId: string;
  /** B.E. */
  fiscalYear: number;
  role: Role;
  /** "Today" for due dates (Asia/Bangkok); tests pin it. */
  now?: Date;
}

/**
 * /plan: the selected fiscal year's plan, its indicators in order with scores and analyses, and their measures.
 * Staff and heads see their own department's measures (row-level security); the director and admins see all.
 */
export function PlanOverviewPage({ organizationId, fiscalYear, role, now: fixedNow }: PlanOverviewPageProps) {
  const { t } = useTranslation();
  const [pageNow] = useState(() => new Date());
  const now = fixedNow ?? pageNow;
  const query = usePlanOverview({ organizationId, fiscalYear });
  const isDepartmentView = role === 'staff' || role === 'head';
  const header = <PageHeader title={t('nav.plan')} description={t('pages.planDescription', { year: fiscalYear })} />;

  if (query.isPending) {
    return (
      <>
        {header}
        <LoadingSkeleton lines={8} />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />
      </>
    );
  }
  const plan = query.data;
  if (!plan) {
    return (
      <>
        {header}
        <EmptyState
          title={t('planOverview.empty.noPlanTitle', { year: fiscalYear })}
          description={t(role === 'admin' ? 'planOverview.empty.noPlanAdmin' : 'planOverview.empty.noPlanText')}
          action={
            role === 'admin' ? (
              <Button component={Link} to={paths.adminPlans.path} variant="light">
                {t('planOverview.empty.goToPlans')}
              </Button>
            ) : undefined
          }
        />
      </>
    );
  }

  return (
    <>
      {header}
      <PlanSummary plan={plan} isDepartmentView={isDepartmentView} />
      {plan.indicators.length === 0 ? (
        <EmptyState
          title={t('planOverview.empty.noIndicatorsTitle')}
          description={t('planOverview.empty.noIndicatorsText')}
        />
      ) : (
        <Stack gap="md">
          {plan.indicators.map((indicator) => (
            <IndicatorCard key={indicator.id} indicator={indicator} isDepartmentView={isDepartmentView} now={now} />
          ))}
        </Stack>
      )}
    </>
  );
}
