import { getRouteApi } from '@tanstack/react-router';
import { UsersPage } from '@/features/admin/components/users-page';

const route = getRouteApi('/authenticated/admin/users');

export function AdminUsersRoute() {
  const { profile } = route.useRouteContext();
  return <UsersPage organizationId={profile.organization.id} currentUserId={profile.id} />;
}
