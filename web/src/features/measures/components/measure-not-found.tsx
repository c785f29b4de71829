import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';

/** A measure that does not exist or that row-level security hides from the viewer: one message for both. */
export function MeasureNotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" ta="center" maw={560} gap="sm">
        <IconFileOff aria-hidden="true" size={48} />
        <Title order={1}>{t('measures.notFound.title')}</Title>
        <Text c="dimmed">{t('measures.notFound.text')}</Text>
        <Group justify="center" gap="sm" mt="xs">
          <Button component={Link} to={paths.plan.path} leftSection={<IconArrowLeft aria-hidden="true" size={16} />}>
            {t('measures.notFound.backToPlan')}
          </Button>
          <Button component={Link} to={paths.home.path} variant="default">
            {t('measures.notFound.backHome')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
