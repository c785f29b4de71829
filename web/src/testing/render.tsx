import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { App } from '@/app/app';
import { OverlayProvider } from '@/app/overlay-provider';
import { AppProvider } from '@/app/provider';
import { createI18n, type Language } from '@/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import { supabaseHandleFor, type AppSupabaseClient } from '@/lib/supabase-handle';
import { createOfflineSupabaseClient } from '@/testing/supabase';

export interface RenderOptions {
  /** The Supabase client hooks get (default: one that fails like offline). */
  client?: AppSupabaseClient;
  /** Initial URL (path and search), default "/". */
  route?: string;
  /** Default Thai. */
  language?: Language;
}

function setUp({ client, language = 'th' }: RenderOptions) {
  const i18n = createI18n(language);
  const queryClient = createQueryClient({ t: i18n.t, retry: false });
  const supabase = supabaseHandleFor(client ?? createOfflineSupabaseClient());
  return { i18n, queryClient, supabase, user: userEvent.setup() };
}

/**
 * Renders a component with every provider (Mantine, a fresh QueryClient with `retry: false`, Thai i18n,
 * the Supabase client) inside a router on a memory history, so Links and search params work.
 * The router renders asynchronously: use `findBy…` for the first query.
 */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const deps = setUp(options);
  const rootRoute = createRootRoute({ component: () => ui });
  const router = createRouter({
    routeTree: rootRoute.addChildren([createRoute({ getParentRoute: () => rootRoute, path: '$' })]),
    history: createMemoryHistory({ initialEntries: [options.route ?? '/'] }),
  });
  const result = render(
    <AppProvider supabase={deps.supabase} queryClient={deps.queryClient} i18n={deps.i18n} env="test">
      <OverlayProvider>
        <RouterProvider router={router} />
      </OverlayProvider>
    </AppProvider>,
  );
  return { ...result, ...deps, router };
}

/** Renders the whole app (real route tree, guards and layout) at `route`. */
export function renderApp(options: RenderOptions = {}) {
  const deps = setUp(options);
  const history = createMemoryHistory({ initialEntries: [options.route ?? '/'] });
  const result = render(
    <App supabase={deps.supabase} queryClient={deps.queryClient} i18n={deps.i18n} history={history} env="test" />,
  );
  return { ...result, ...deps, history };
}
