import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { i18n } from '@/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import { AUTH_STORAGE_KEY, lazySupabaseHandle } from '@/lib/supabase-handle';

const queryClient = createQueryClient({ t: i18n.t });
// supabase-js loads on first use, so the login page's initial JS stays small.
const supabase = lazySupabaseHandle(() => import('@/lib/supabase').then((m) => m.supabase), AUTH_STORAGE_KEY);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App supabase={supabase} queryClient={queryClient} i18n={i18n} />
  </StrictMode>,
);
