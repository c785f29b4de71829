import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { domainHintOf, toUserMessage } from '@/lib/errors';

export const isVersionConflict = (error: unknown) => domainHintOf(error) === 'version_conflict';

/** "Someone else changed this measure": nothing was saved; reload to see their change before trying again. */
export function VersionConflictAlert({ onReload, isReloading }: { onReload: () => void; isReloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      color="yellow"
      variant="light"
      title={t('measures.conflict.title')}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      <Text size="sm" fw={700}>
        {t('measures.conflict.message')}
      </Text>
      <Text size="sm" mt={4}>
        {t('measures.conflict.detail')}
      </Text>
      <Button
        mt="sm"
        size="xs"
        color="yellow.9"
        variant="white"
        leftSection={<IconRefresh aria-hidden="true" size={16} />}
        onClick={onReload}
        loading={isReloading}
      >
        {t('measures.conflict.reload')}
      </Button>
    </Alert>
  );
}

/** A failed write shown where it happened: the conflict alert for a stale version, the Thai message otherwise. */
export function MutationErrorAlert({
  error,
  title,
  onReload,
  isReloading,
}: {
  error: unknown;
  title: string;
  onReload: () => void;
  isReloading?: boolean;
}) {
  const { t } = useTranslation();
  if (isVersionConflict(error)) return <VersionConflictAlert onReload={onReload} isReloading={isReloading} />;
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden="true" />}>
      <Text size="sm">{toUserMessage(error, t)}</Text>
    </Alert>
  );
}
