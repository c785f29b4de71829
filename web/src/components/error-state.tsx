import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toUserMessage } from '@/lib/errors';

interface ErrorStateProps {
  error: unknown;
  title?: string;
  /** Shows a retry button (e.g. `query.refetch`). */
  onRetry?: () => void;
  isRetrying?: boolean;
  /** Extra actions beside retry. */
  actions?: ReactNode;
}

/** An error in words people understand, with a way to try again. */
export function ErrorState({ error, title, onRetry, isRetrying, actions }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title ?? t('common.errorTitle')}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      <Text size="sm">{toUserMessage(error, t)}</Text>
      {onRetry || actions ? (
        <Group gap="sm" mt="sm">
          {onRetry ? (
            <Button
              size="xs"
              variant="white"
              color="red.9"
              leftSection={<IconRefresh aria-hidden="true" size={16} />}
              onClick={onRetry}
              loading={isRetrying}
            >
              {t('common.retry')}
            </Button>
          ) : null}
          {actions}
        </Group>
      ) : null}
    </Alert>
  );
}
