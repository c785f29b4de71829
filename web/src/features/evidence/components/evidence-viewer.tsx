import { EvidenceList } from '@/features/evidence/components/evidence-list';

/** Read-only evidence of a measure with previews and downloads (the heads' review queue). */
export function EvidenceViewer({ measureId }: { measureId: string }) {
  return <EvidenceList measureId={measureId} />;
}
