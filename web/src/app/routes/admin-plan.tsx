import { getRouteApi } from '@tanstack/react-router';
import { PlanPage } from '@/features/admin/components/plan-page';

const route = getRouteApi('/authenticated/admin/plans/$planId');

export function AdminPlanRoute() {
  const { profile } = route.useRouteContext();
  const { planId } = route.useParams();
  return <PlanPage organizationId={profile.organization.id} planId={planId} />;
}
