import { createClient, type SupabaseClientOptions } from '@supabase/supabase-js';
import type { Database } from '@/lib/database.types';
import { registerRetryAfter, type AppSupabaseClient } from '@/lib/supabase-handle';

/**
 * The only module that imports supabase-js at runtime (besides tests): keep it out of the initial bundle.
 *
 * Creates a supabase-js client that also remembers the Retry-After of the last 429 answer
 * (supabase-js drops response headers from its errors; the sign-in form needs the wait).
 */
export function createAppSupabaseClient(
  url: string,
  anonKey: string,
  options: SupabaseClientOptions<'public'> = {},
): AppSupabaseClient {
  const lastRetryAfter: { seconds: number | null } = { seconds: null };
  const baseFetch = options.global?.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await baseFetch(input, init);
    if (response.status === 429) {
      const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
      lastRetryAfter.seconds = Number.isFinite(seconds) && seconds > 0 ? seconds : null;
    }
    return response;
  };
  const client = createClient<Database>(url, anonKey, {
    ...options,
    global: { ...options.global, fetch: recordingFetch },
  });
  registerRetryAfter(client, lastRetryAfter);
  return client;
}
