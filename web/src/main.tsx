import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { lazyQueryClientHandle } from '@/app/query-client-handle';
import { createAppRouter } from '@/app/router';
import { i18n, whenReady } from '@/i18n/i18n';
import { AUTH_STORAGE_KEY, lazySupabaseHandle } from '@/lib/supabase-handle';

// supabase-js and TanStack Query load on first use, so the login page's initial JS stays small.
const supabase = lazySupabaseHandle(() => import('@/lib/supabase').then((m) => m.supabase), AUTH_STORAGE_KEY);
const queryClient = lazyQueryClientHandle(() =>
  import('@/lib/query-client').then((m) => m.createQueryClient({ t: i18n.t })),
);
const router = createAppRouter({ queries: queryClient, supabase, i18n });

/** How long the first render waits for the route (the login page: at once; other pages show their skeleton). */
const FIRST_ROUTE_WAIT_MS = 100;

// In English (chosen on an earlier visit) the catalogue is fetched first; in Thai this resolves at once. A route
// that resolves before the first render is rendered in one time-sliced pass (no long task blocking input).
void Promise.all([
  whenReady(i18n),
  Promise.race([
    router.load().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FIRST_ROUTE_WAIT_MS)),
  ]),
]).then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App router={router} supabase={supabase} queryClient={queryClient} i18n={i18n} />
      </StrictMode>,
    ),
  );
});
