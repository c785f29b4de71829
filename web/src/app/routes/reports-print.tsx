import { getRouteApi } from '@tanstack/react-router';
import { ReportPrintPage } from '@/features/reports/components/report-print-page';

const route = getRouteApi('/authenticated/reports/print');

/** /reports/print?report=o42|o43&period=half_year|annual: the printable O42/O43 document. */
export function ReportsPrintRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  const { report, period } = route.useSearch();
  return (
    <ReportPrintPage
      viewer={{
        organizationId: profile.organization.id,
        role: profile.role,
        fullName: profile.full_name,
        position: profile.position,
        departmentName: profile.department?.name ?? null,
      }}
      fiscalYear={fiscalYear}
      report={report ?? 'o42'}
      period={period ?? 'annual'}
    />
  );
}
