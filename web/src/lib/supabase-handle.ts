import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '@/lib/database.types';
import { lazyHandle, readyHandle, type LazyHandle } from '@/lib/lazy-handle';

// Types only from supabase-js: importing this module costs nothing in the initial bundle.

/** The client type the app uses, typed by the generated `database.types.ts` (`npm run gen:types`). */
export type AppSupabaseClient = SupabaseClient<Database>;

/** Where the app's client keeps its session (localStorage). */
export const AUTH_STORAGE_KEY = 'ita-auth';

const retryAfterByClient = new WeakMap<object, { seconds: number | null }>();

/** Called by `createAppSupabaseClient` with the state its fetch wrapper updates on 429 answers. */
export function registerRetryAfter(client: object, state: { seconds: number | null }) {
  retryAfterByClient.set(client, state);
}

/** Seconds the server asked to wait in its last 429 answer to this client, if it said. */
export function lastRetryAfterSeconds(client: object): number | null {
  return retryAfterByClient.get(client)?.seconds ?? null;
}

/**
 * Access to the client without necessarily loading supabase-js (~50 KB gzip): the login page renders
 * without it, and a signed-out visitor is sent to the login page without it.
 */
export interface SupabaseHandle extends LazyHandle<AppSupabaseClient> {
  /** false only when there is certainly no session (nothing stored): guards can skip loading. */
  mayHaveSession(): boolean;
}

/** A handle for a client that exists already (tests, or wherever the client is at hand). */
export function supabaseHandleFor(client: AppSupabaseClient): SupabaseHandle {
  return { ...readyHandle(client), mayHaveSession: () => true };
}

/** A handle that imports the client on first use; `storageKey` is where its session would be stored. */
export function lazySupabaseHandle(load: () => Promise<AppSupabaseClient>, storageKey: string): SupabaseHandle {
  const handle = lazyHandle(load);
  return {
    ...handle,
    mayHaveSession() {
      if (handle.current()) return true;
      try {
        return globalThis.localStorage?.getItem(storageKey) != null;
      } catch {
        return true;
      }
    },
  };
}
