import { createClient } from '@supabase/supabase-js';
import { env } from '@/config/env';

/** The one Supabase client of the SPA. */
export const supabase = createClient(env.supabaseUrl, env.supabaseAnonKey, {
  auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
});
