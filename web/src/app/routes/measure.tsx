import { getRouteApi } from '@tanstack/react-router';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import { MeasurePage, type EvidenceSlotProps } from '@/features/measures/components/measure-page';

const route = getRouteApi('/authenticated/measures/$measureId');

const renderEvidence = (props: EvidenceSlotProps) => <EvidencePanel {...props} />;

/** The measure page with the evidence feature's panel in its evidence slot (app/ composes features). */
export function MeasureRoute() {
  const { measureId } = route.useParams();
  const profile = route.useRouteContext({ select: (context) => context.profile });
  const viewer = { id: profile.id, role: profile.role, departmentId: profile.department?.id ?? null };
  return <MeasurePage measureId={measureId} viewer={viewer} renderEvidence={renderEvidence} />;
}
