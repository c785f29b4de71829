import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock, IconMapOff } from '@tabler/icons-react';
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { AppError } from '@/lib/errors';

function MessagePage({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" ta="center" maw={520} gap="sm">
        {icon}
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{text}</Text>
        <Button component={Link} to="/" variant="light" leftSection={<IconArrowLeft aria-hidden="true" size={16} />}>
          {t('common.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      icon={<IconMapOff aria-hidden="true" size={48} />}
      title={t('pages.notFoundTitle')}
      text={t('pages.notFoundText')}
    />
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      icon={<IconLock aria-hidden="true" size={48} />}
      title={t('pages.forbiddenTitle')}
      text={t('pages.forbiddenText')}
    />
  );
}

/** Any error a route throws: a role guard's refusal, a chunk that failed to load, a loader failure. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  if (error instanceof AppError && error.code === 'forbidden') return <ForbiddenPage />;
  if (error instanceof AppError && error.code === 'not_found') return <NotFoundPage />;
  return (
    <ErrorState
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}
