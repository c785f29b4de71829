// Every Mantine component's styles (the first screen has only its own: app/first-screen.css).
import '@mantine/core/styles.layer.css';
import { AppShell, Box, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { QueryClientProvider } from '@tanstack/react-query';
import { getRouteApi, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader, HeaderFiscalYearPicker } from '@/app/layout/app-header';
import { AppNavbar } from '@/app/layout/app-navbar';
import { OverlayProvider } from '@/app/overlay-provider';
import { LanguageSwitch } from '@/components/language-switch';

const route = getRouteApi('/authenticated');

/**
 * The shell of the signed-in area: skip link, header, role navigation (a drawer on phones), main. Provides
 * the query client the guard created (the login page renders without TanStack Query).
 */
export function AppLayout() {
  const queryClient = route.useRouteContext({ select: (context) => context.queryClient });
  return (
    <QueryClientProvider client={queryClient}>
      <SignedInShell />
    </QueryClientProvider>
  );
}

function SignedInShell() {
  const { t } = useTranslation();
  const profile = route.useRouteContext({ select: (context) => context.profile });
  const [isNavOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previousPathname = useRef(pathname);

  // After navigating, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <OverlayProvider>
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <AppHeader profile={profile} isNavOpen={isNavOpen} onToggleNav={toggleNav} />
        </AppShell.Header>
        <AppShell.Navbar id="app-navbar" p="sm" aria-label={t('app.mainNavigation')}>
          <AppShell.Section grow>
            <AppNavbar role={profile.role} onNavigate={closeNav} />
          </AppShell.Section>
          <AppShell.Section hiddenFrom="md" pt="md">
            <Stack gap="sm">
              <Box hiddenFrom="sm">
                <HeaderFiscalYearPicker organizationId={profile.organization.id} />
              </Box>
              <LanguageSwitch size="sm" />
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </OverlayProvider>
  );
}
