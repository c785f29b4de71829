// zod/mini: tree-shakable, keeps the bundle small (same schemas, functional checks).
import * as z from 'zod/mini';

const schema = z.object({
  VITE_SUPABASE_URL: z.string().check(z.minLength(1, 'VITE_SUPABASE_URL is not set')),
  VITE_SUPABASE_ANON_KEY: z.string().check(z.minLength(20, 'VITE_SUPABASE_ANON_KEY is not set')),
});

const parsed = schema.parse({
  VITE_SUPABASE_URL: import.meta.env.VITE_SUPABASE_URL,
  VITE_SUPABASE_ANON_KEY: import.meta.env.VITE_SUPABASE_ANON_KEY,
});

/**
 * The Supabase project the SPA talks to. A relative value ("/") means the API is
 * served from the same origin as the page, as the local stack does.
 */
export const env = {
  supabaseUrl: new URL(parsed.VITE_SUPABASE_URL, globalThis.location?.origin ?? 'http://localhost')
    .toString()
    .replace(/\/$/, ''),
  supabaseAnonKey: parsed.VITE_SUPABASE_ANON_KEY,
};
