import { useTranslation } from 'react-i18next';
import { EvidenceList } from '@/features/evidence/components/evidence-list';

/** Read-only evidence of a measure with previews, downloads and SHA-256 (the heads' review queue). */
export function EvidenceViewer({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  return (
    <EvidenceList
      measureId={measureId}
      uploadTarget={null}
      canRemove={false}
      emptyDescription={t('evidence.emptyReadOnly')}
    />
  );
}
