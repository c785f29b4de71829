import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_NAV, MAIN_NAV, type NavItem } from '@/app/layout/nav-items';
import { canAccess, paths } from '@/config/paths';
import type { Role } from '@/config/roles';

function NavItems({ items, role, onNavigate }: { items: readonly NavItem[]; role: Role; onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return items
    .filter((item) => canAccess(role, item.name))
    .map(({ name, labelKey, icon: ItemIcon }) => {
      const path = paths[name].path;
      // Section pages stay highlighted on their sub-pages; /admin has its own entries below it.
      const isActive = pathname === path || (name !== 'admin' && pathname.startsWith(`${path}/`));
      return (
        <NavLink
          key={name}
          component={Link}
          to={path}
          label={t(labelKey as 'nav.myWork')}
          leftSection={<ItemIcon aria-hidden="true" size={20} stroke={1.75} />}
          active={isActive}
          aria-current={isActive ? 'page' : undefined}
          onClick={onNavigate}
          variant="light"
          fw={isActive ? 700 : 400}
        />
      );
    });
}

/** The role's pages. `onNavigate` closes the drawer on phones. */
export function AppNavbar({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const { t } = useTranslation();
  const hasAdmin = canAccess(role, 'admin');
  return (
    <Stack gap={4}>
      <NavItems items={MAIN_NAV} role={role} onNavigate={onNavigate} />
      {hasAdmin ? (
        <>
          <Text size="xs" fw={700} c="dimmed" mt="md" mb={4} px="sm" id="admin-nav-heading">
            {t('nav.admin')}
          </Text>
          <Stack gap={4} role="group" aria-labelledby="admin-nav-heading">
            <NavItems items={ADMIN_NAV} role={role} onNavigate={onNavigate} />
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
