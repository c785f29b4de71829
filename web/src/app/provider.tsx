import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import '@/app/first-screen.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isQueryClientHandle, type QueryClientHandle } from '@/app/query-client-handle';
import { cssVariablesResolver, theme } from '@/app/theme';
import type { SupabaseHandle } from '@/lib/supabase-handle';
import { SupabaseProvider } from '@/lib/supabase-context';

export interface AppProviderProps {
  supabase: SupabaseHandle;
  /**
   * A client provides TanStack Query to everything inside (tests). A handle (the app) does not: the
   * signed-in layout provides the client once its guard has created it, and the login page does without.
   */
  queryClient: QueryClient | QueryClientHandle;
  i18n: I18n;
  /** 'test' turns off Mantine's transitions and portals (tests). */
  env?: 'default' | 'test';
  children: ReactNode;
}

/**
 * What every screen needs around it (toasts and dialogs: `OverlayProvider`); tests use the same provider
 * with their own client and i18n.
 */
export function AppProvider({ supabase, queryClient, i18n, env, children }: AppProviderProps) {
  const content = <SupabaseProvider handle={supabase}>{children}</SupabaseProvider>;
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
        {isQueryClientHandle(queryClient) ? (
          content
        ) : (
          <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
        )}
      </MantineProvider>
    </I18nextProvider>
  );
}
