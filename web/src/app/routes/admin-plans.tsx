import { getRouteApi } from '@tanstack/react-router';
import { PlansPage } from '@/features/admin/components/plans-page';

const route = getRouteApi('/authenticated/admin/plans');

export function AdminPlansRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  return <PlansPage organizationId={profile.organization.id} fiscalYear={fiscalYear} />;
}
