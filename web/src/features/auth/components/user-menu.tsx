import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentProfile } from '@/features/auth/api/get-current-profile';
import { useSignOut } from '@/features/auth/api/sign-out';

/** The signed-in user's name and role in the header, with sign-out. */
export function UserMenu({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const profile = useCurrentProfile();
  const signOut = useSignOut();
  if (!profile.data) return null;
  const { full_name: fullName, role, position, department } = profile.data;
  const roleLabel = t(`roles.${role}`);

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('auth.userMenu', { name: fullName, role: roleLabel })}
          p={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar name={fullName} color="initials" size={36} aria-hidden="true" />
            <Box visibleFrom="sm" style={{ minWidth: 0 }}>
              <Text size="sm" fw={700} truncate="end" maw={180}>
                {fullName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end" maw={180}>
                {roleLabel}
              </Text>
            </Box>
            <IconChevronDown aria-hidden="true" size={16} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={700} c="dark">
            {fullName}
          </Text>
          <Text size="xs">{[roleLabel, position, department?.name].filter(Boolean).join(' · ')}</Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout aria-hidden="true" size={16} />}
          onClick={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
