import { getRouteApi } from '@tanstack/react-router';
import { PlanOverviewPage } from '@/features/plan-overview/components/plan-overview-page';

const route = getRouteApi('/authenticated/plan');

/** /plan: the organisation, the fiscal year and the role, handed to the page. */
export function PlanOverviewRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  return <PlanOverviewPage organizationId={profile.organization.id} fiscalYear={fiscalYear} role={profile.role} />;
}
