import { getRouteApi } from '@tanstack/react-router';
import { MyWorkPage } from '@/features/my-work/components/my-work-page';
import type { MyWorkSearch } from '@/features/my-work/schemas/my-work-search';

const route = getRouteApi('/authenticated/my-work');

/** /my-work: the signed-in user, the fiscal year and the URL filters, handed to the page. */
export function MyWorkRoute() {
  const { profile, fiscalYear } = route.useRouteContext();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Typing in the search box replaces the history entry; choosing a filter adds one (Back undoes it).
  const handleSearchChange = (patch: Partial<MyWorkSearch>) =>
    void navigate({
      search: (previous) => ({ ...previous, ...patch }),
      replace: Object.keys(patch).length === 1 && 'q' in patch,
    });
  return (
    <MyWorkPage
      viewer={{
        id: profile.id,
        role: profile.role,
        organizationId: profile.organization.id,
        departmentId: profile.department?.id ?? null,
        departmentName: profile.department?.name ?? null,
      }}
      fiscalYear={fiscalYear}
      search={search}
      onSearchChange={handleSearchChange}
    />
  );
}
