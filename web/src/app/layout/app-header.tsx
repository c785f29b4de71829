import { Box, Burger, Group, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import type { CurrentProfile } from '@/features/auth/api/get-current-profile';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { FiscalYearPicker } from '@/features/plans/components/fiscal-year-picker';
import { useSelectedFiscalYear } from '@/lib/fiscal-year';

interface AppHeaderProps {
  profile: CurrentProfile;
  isNavOpen: boolean;
  onToggleNav: () => void;
}

/** Fiscal-year picker used in the header (desktop) and the navbar (phones). */
export function HeaderFiscalYearPicker({ organizationId }: { organizationId: string }) {
  const fiscalYear = useSelectedFiscalYear();
  const navigate = useNavigate();
  return (
    <FiscalYearPicker
      organizationId={organizationId}
      value={fiscalYear}
      onChange={(fy) => void navigate({ to: '.', search: (prev) => ({ ...prev, fy }) })}
    />
  );
}

export function AppHeader({ profile, isNavOpen, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={isNavOpen}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('app.toggleNavigation')}
          aria-expanded={isNavOpen}
          aria-controls="app-navbar"
        />
        <Box style={{ minWidth: 0 }}>
          <Text fw={700} truncate="end" lh={1.5}>
            {profile.organization.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end" lh={1.5} visibleFrom="xs">
            {t('app.name')}
          </Text>
        </Box>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Box visibleFrom="sm">
          <HeaderFiscalYearPicker organizationId={profile.organization.id} />
        </Box>
        <Box visibleFrom="md">
          <LanguageSwitch />
        </Box>
        <NotificationBell />
        <UserMenu onSignedOut={() => void navigate({ to: '/login', replace: true })} />
      </Group>
    </Group>
  );
}
