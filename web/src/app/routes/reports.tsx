import { getRouteApi } from '@tanstack/react-router';
import { ReportsPage } from '@/features/reports/components/reports-page';

const route = getRouteApi('/authenticated/reports');

/** /reports: who is generating (name, position, role) and for which fiscal year. */
export function ReportsRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  return (
    <ReportsPage
      viewer={{
        organizationId: profile.organization.id,
        role: profile.role,
        fullName: profile.full_name,
        position: profile.position,
        departmentName: profile.department?.name ?? null,
      }}
      fiscalYear={fiscalYear}
    />
  );
}
