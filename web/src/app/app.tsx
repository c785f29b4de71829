import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import { useAuthStateSync } from '@/features/auth/api/auth-state-sync';
import type { SupabaseHandle } from '@/lib/supabase-handle';

export interface AppProps {
  /** The Supabase client, loaded when first needed. */
  supabase: SupabaseHandle;
  queryClient: QueryClient;
  i18n: I18n;
  /** Tests pass a memory history and env 'test'. */
  history?: RouterHistory;
  env?: 'default' | 'test';
}

function AppRouter({ supabase, queryClient, history }: Omit<AppProps, 'i18n' | 'env'>) {
  const [router] = useState(() => createAppRouter({ queryClient, supabase }, history ? { history } : {}));
  // Signed out (here, in another tab, or the session expired): re-run the guards, which go to /login.
  useAuthStateSync(() => void router.invalidate());
  return <RouterProvider router={router} />;
}

export function App({ i18n, env, ...props }: AppProps) {
  return (
    <AppProvider supabase={props.supabase} queryClient={props.queryClient} i18n={i18n} env={env}>
      <AppRouter {...props} />
    </AppProvider>
  );
}
