import { Button, Center, Stack } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useSignOut } from '@/features/auth/api/sign-out';
import { AppError } from '@/lib/errors';

/** The signed-in account cannot use the app (no or disabled profile, or it could not be loaded). */
export function AccountUnavailable({
  error,
  onRetry,
  onSignedOut,
}: {
  error: unknown;
  onRetry: () => void;
  onSignedOut: () => void;
}) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const isAccountProblem = error instanceof AppError;
  return (
    <Center component="main" id="main-content" mih="100dvh" p="md">
      <Stack maw={520} w="100%">
        <ErrorState
          error={error}
          title={isAccountProblem ? t('auth.profileUnavailableTitle') : undefined}
          onRetry={isAccountProblem ? undefined : onRetry}
          actions={
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLogout aria-hidden="true" size={16} />}
              loading={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: onSignedOut })}
            >
              {t('auth.signOut')}
            </Button>
          }
        />
      </Stack>
    </Center>
  );
}
