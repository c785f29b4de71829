import { getRouteApi } from '@tanstack/react-router';
import { AdminHomePage } from '@/features/admin/components/admin-home-page';

const route = getRouteApi('/authenticated/admin/');

/** /admin: the coordinator's organisation and the selected fiscal year. */
export function AdminHomeRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  return <AdminHomePage organizationId={profile.organization.id} fiscalYear={fiscalYear} />;
}
