import { getRouteApi } from '@tanstack/react-router';
import { EvidenceViewer } from '@/features/evidence/components/evidence-viewer';
import { ReviewPage } from '@/features/review/components/review-page';
import type { ReviewSearch } from '@/features/review/schemas/review-search';

const route = getRouteApi('/authenticated/review');

const renderEvidence = (measureId: string) => <EvidenceViewer measureId={measureId} />;

/** /review: the reviewer, the open item and the department filter from the URL, and the evidence viewer. */
export function ReviewRoute() {
  const { profile } = route.useRouteContext();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const handleSearchChange = (patch: Partial<ReviewSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  return (
    <ReviewPage
      viewer={{
        role: profile.role,
        organizationId: profile.organization.id,
        departmentId: profile.department?.id ?? null,
        departmentName: profile.department?.name ?? null,
      }}
      search={search}
      onSearchChange={handleSearchChange}
      renderEvidence={renderEvidence}
    />
  );
}
