import { createAppSupabaseClient } from '@/lib/supabase-client';
import type { AppSupabaseClient } from '@/lib/supabase-handle';

let clientCount = 0;

/**
 * A supabase-js client for tests: no persisted session, no background refresh, its own storage key
 * (so several clients in one test file do not share a session). Under jsdom, supabase-js finds a
 * WebSocket global, so no `realtime.transport` is needed.
 */
export function createTestSupabaseClient(url: string, anonKey: string): AppSupabaseClient {
  clientCount += 1;
  return createAppSupabaseClient(url, anonKey, {
    auth: {
      persistSession: false,
      autoRefreshToken: false,
      detectSessionInUrl: false,
      storageKey: `sb-test-${clientCount}`,
    },
  });
}

/** A client whose requests fail as if offline (nothing listens on port 9): for screens that fetch nothing. */
export function createOfflineSupabaseClient(): AppSupabaseClient {
  return createTestSupabaseClient('http://127.0.0.1:9', 'offline-anon-key-0123456789');
}
