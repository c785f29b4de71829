import { getRouteApi } from '@tanstack/react-router';
import { ImportPage } from '@/features/import/components/import-page';

const route = getRouteApi('/authenticated/admin/import');

export function AdminImportRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  return <ImportPage organizationId={profile.organization.id} fiscalYear={fiscalYear} />;
}
