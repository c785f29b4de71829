import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder lines while data loads; announces "loading" once to screen readers. */
export function LoadingSkeleton({ lines = 4, label }: { lines?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">{label ?? t('common.loading')}</VisuallyHidden>
      <Skeleton height={28} width="45%" radius="sm" aria-hidden="true" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={16} width={i === lines - 1 ? '70%' : '100%'} radius="sm" aria-hidden="true" />
      ))}
    </Stack>
  );
}
