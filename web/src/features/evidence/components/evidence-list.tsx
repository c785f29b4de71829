import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useMeasureEvidence } from '@/features/evidence/api/get-measure-evidence';

/** The current evidence files of a measure. */
export function EvidenceList({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const query = useMeasureEvidence(measureId);
  if (query.isPending) return <LoadingSkeleton lines={3} label={t('evidence.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const current = query.data.filter((row) => row.superseded_by === null);
  if (current.length === 0) return <EmptyState title={t('evidence.emptyTitle')} />;
  return (
    <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
      {current.map((row) => (
        <Text component="li" key={row.id}>
          {row.original_filename}
        </Text>
      ))}
    </Stack>
  );
}
