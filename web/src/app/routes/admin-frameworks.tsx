import { getRouteApi } from '@tanstack/react-router';
import { FrameworksPage } from '@/features/admin/components/frameworks-page';

const route = getRouteApi('/authenticated/admin/frameworks');

export function AdminFrameworksRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  return <FrameworksPage organizationId={profile.organization.id} fiscalYear={fiscalYear} />;
}
