import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Session } from '@supabase/supabase-js';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { LoginForm } from '@/features/auth/components/login-form';

/** The sign-in screen. `onSignedIn` is where the app goes next (the route decides). */
export function LoginPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  return (
    <Center component="main" id="main-content" mih="100dvh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="flex-end">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="md">
          <Stack gap="lg">
            <Stack gap={4}>
              <Text fw={700} c="blue.9">
                {t('app.name')}
              </Text>
              <Title order={1}>{t('auth.loginTitle')}</Title>
              <Text size="sm" c="dimmed">
                {t('auth.loginSubtitle')}
              </Text>
            </Stack>
            <LoginForm onSignedIn={onSignedIn} />
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
