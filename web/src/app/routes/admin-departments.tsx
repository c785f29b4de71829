import { getRouteApi } from '@tanstack/react-router';
import { DepartmentsPage } from '@/features/admin/components/departments-page';

const route = getRouteApi('/authenticated/admin/departments');

export function AdminDepartmentsRoute() {
  const { profile } = route.useRouteContext();
  return <DepartmentsPage organizationId={profile.organization.id} />;
}
