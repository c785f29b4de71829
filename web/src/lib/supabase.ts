import { env } from '@/config/env';
import { createAppSupabaseClient } from '@/lib/supabase-client';
import { AUTH_STORAGE_KEY } from '@/lib/supabase-handle';

/**
 * The one Supabase client of the SPA. Only `main.tsx` refers to it (through a lazy import, so supabase-js
 * stays out of the login page's initial JS); everything else gets it from `useSupabase()`.
 */
export const supabase = createAppSupabaseClient(env.supabaseUrl, env.supabaseAnonKey, {
  auth: {
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: false,
    storageKey: AUTH_STORAGE_KEY,
  },
});
