import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { AppProvider } from '@/app/provider';
import { isQueryClientHandle, queryClientHandleFor, type QueryClientHandle } from '@/app/query-client-handle';
import { createAppRouter, type AppRouter as Router } from '@/app/router';
import { useAuthStateSync } from '@/features/auth/api/auth-state-sync';
import type { SupabaseHandle } from '@/lib/supabase-handle';

export interface AppProps {
  /** The Supabase client, loaded when first needed. */
  supabase: SupabaseHandle;
  /** The query client, or (the app) a handle that creates it when the signed-in area first needs it. */
  queryClient: QueryClient | QueryClientHandle;
  i18n: I18n;
  /** Tests pass a memory history and env 'test'. */
  history?: RouterHistory;
  /** A router made (and loaded) before the first render, from `createAppRouter` with the same handles (the app). */
  router?: Router;
  env?: 'default' | 'test';
}

function AppRouter({
  supabase,
  queries,
  i18n,
  history,
  router: givenRouter,
}: {
  supabase: SupabaseHandle;
  queries: QueryClientHandle;
  i18n: I18n;
  history?: RouterHistory;
  router?: Router;
}) {
  const [router] = useState(
    () => givenRouter ?? createAppRouter({ queries, supabase, i18n }, history ? { history } : {}),
  );
  // Signed out (here, in another tab, or the session expired): re-run the guards, which go to /login.
  useAuthStateSync(queries, () => void router.invalidate());
  return <RouterProvider router={router} />;
}

export function App({ i18n, env, queryClient, supabase, history, router }: AppProps) {
  const [queries] = useState(() =>
    isQueryClientHandle(queryClient) ? queryClient : queryClientHandleFor(queryClient),
  );
  return (
    <AppProvider supabase={supabase} queryClient={queryClient} i18n={i18n} env={env}>
      <AppRouter
        supabase={supabase}
        queries={queries}
        i18n={i18n}
        {...(history ? { history } : {})}
        {...(router ? { router } : {})}
      />
    </AppProvider>
  );
}
