import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface EmptyStateProps {
  title?: string;
  description?: ReactNode;
  /** A next step, e.g. a button to create the first item. */
  action?: ReactNode;
  icon?: ReactNode;
}

/** Shown when a list or panel has nothing yet. */
export function EmptyState({ title, description, action, icon }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py="xl" ta="center">
      <ThemeIcon variant="light" color="gray" size={48} radius="xl" aria-hidden="true">
        {icon ?? <IconInbox size={28} />}
      </ThemeIcon>
      <Title order={2} size="h3">
        {title ?? t('common.emptyTitle')}
      </Title>
      {description ? <Text c="dimmed">{description}</Text> : null}
      {action}
    </Stack>
  );
}
