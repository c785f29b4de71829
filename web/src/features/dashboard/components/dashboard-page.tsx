import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ThaiDateInput } from '@/components/form/thai-date-input';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useDashboard } from '@/features/dashboard/api/get-dashboard';
import { BurnupPanel } from '@/features/dashboard/components/burnup-panel';
import { DepartmentProgress } from '@/features/dashboard/components/department-progress';
import { IndicatorProgress } from '@/features/dashboard/components/indicator-progress';
import { PrioritiesPanel } from '@/features/dashboard/components/priorities-panel';
import { ScoreSummary } from '@/features/dashboard/components/score-summary';
import { TotalsStrip } from '@/features/dashboard/components/totals-strip';
import { assessDashboard, type Dashboard } from '@/features/dashboard/lib/dashboard-data';
import { useSelectedFiscalYear } from '@/lib/fiscal-year';

interface DashboardPageProps {
  /** ISO date the figures are computed at (`?asOf=`); undefined = today in Bangkok. */
  asOf?: string;
  onAsOfChange?: (asOf: string | undefined) => void;
}

/**
 * /dashboard: where the year stands and what to push. The director and the ITA coordinator see the
 * organisation, heads their department, staff their own measures (the database decides, through RLS).
 */
export function DashboardPage({ asOf, onAsOfChange }: DashboardPageProps) {
  const { t } = useTranslation();
  const fiscalYear = useSelectedFiscalYear();
  const query = useDashboard({ fiscalYear, ...(asOf ? { asOf } : {}) });
  const asOfInput = onAsOfChange ? (
    <ThaiDateInput
      label={t('dashboard.asOf')}
      value={asOf ?? query.data?.as_of ?? null}
      onChange={(value) => onAsOfChange(value ?? undefined)}
      clearable
    />
  ) : null;
  const header = (description?: string) => (
    <PageHeader title={t('nav.dashboard')} description={description} actions={asOfInput} />
  );

  if (query.isPending) {
    return (
      <>
        {header()}
        <LoadingSkeleton lines={8} />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header()}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isRefetching} />
      </>
    );
  }
  if (!query.data) {
    return (
      <>
        {header()}
        <EmptyState title={t('dashboard.noPlanTitle', { year: fiscalYear })} description={t('dashboard.noPlanText')} />
      </>
    );
  }
  return <DashboardContent dashboard={query.data} header={header} />;
}

function DashboardContent({
  dashboard,
  header,
}: {
  dashboard: Dashboard;
  header: (description?: string) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const assessment = useMemo(() => assessDashboard(dashboard), [dashboard]);
  const { scope } = dashboard;
  const department = dashboard.departments.find((d) => d.id === scope.department_id)?.name ?? '';
  const description =
    scope.kind === 'organization'
      ? t('dashboard.scope.organization', { year: dashboard.plan.fiscal_year })
      : scope.kind === 'department'
        ? t('dashboard.scope.department', { year: dashboard.plan.fiscal_year, department })
        : t('dashboard.scope.own', { year: dashboard.plan.fiscal_year });
  return (
    <>
      {header(description)}
      <Stack gap="xl">
        <TotalsStrip totals={dashboard.totals} />
        {assessment ? <ScoreSummary assessment={assessment} fiscalYear={dashboard.plan.fiscal_year} /> : null}
        {assessment ? <PrioritiesPanel assessment={assessment} /> : null}
        <IndicatorProgress indicators={dashboard.indicators} />
        <BurnupPanel months={dashboard.burnup} asOf={dashboard.as_of} />
        <DepartmentProgress departments={dashboard.departments} />
      </Stack>
    </>
  );
}
