import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useMeasureEvidence } from '@/features/evidence/api/get-measure-evidence';
import { EvidenceItem, type EvidenceItemProps } from '@/features/evidence/components/evidence-item';
import { groupEvidenceVersions } from '@/features/evidence/lib/evidence-versions';

interface EvidenceListProps extends Pick<EvidenceItemProps, 'uploadTarget'> {
  measureId: string;
  /** The viewer may remove the files they uploaded… */
  canRemove: boolean;
  /** …or anyone's (the database's rule: the uploader, the department's head or an admin). */
  canRemoveAny?: boolean;
  /** The signed-in person (whose own files `canRemove` covers). */
  viewerId?: string;
  emptyDescription?: string;
}

/** The evidence files of a measure (latest version of each, older versions beneath). */
export function EvidenceList({
  measureId,
  uploadTarget,
  canRemove,
  canRemoveAny = false,
  viewerId,
  emptyDescription,
}: EvidenceListProps) {
  const { t } = useTranslation();
  const query = useMeasureEvidence(measureId);
  if (query.isPending) return <LoadingSkeleton lines={3} label={t('evidence.loading')} />;
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />;
  }
  const groups = groupEvidenceVersions(query.data);
  if (groups.length === 0) return <EmptyState title={t('evidence.emptyTitle')} description={emptyDescription} />;
  return (
    <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('evidence.listLabel')}>
      {groups.map((group) => (
        <EvidenceItem
          key={group.current.id}
          group={group}
          uploadTarget={uploadTarget}
          canRemove={canRemove && (canRemoveAny || group.current.provided_by_user_id === viewerId)}
        />
      ))}
    </Stack>
  );
}
