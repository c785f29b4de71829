import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import { startStack, type RunningStack, type StartOptions } from '../server';
import { ensureSnapshot } from './snapshot';

export const DEMO_PASSWORD = 'demo-password';

export interface TestStack extends RunningStack {
  /** A client with the anon key and no session. */
  anon(): SupabaseClient;
  /** A client with the service_role key (bypasses RLS). */
  service(): SupabaseClient;
  /** A client signed in as this user. */
  signIn(email: string, password?: string): Promise<SupabaseClient>;
  /** A client that sends this bearer token (for forged/expired token tests). */
  withToken(token: string): SupabaseClient;
  /** Runs SQL as the superuser (test set-up and oracle only). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

function client(url: string, key: string, token?: string): SupabaseClient {
  return createClient(url, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as never },
    ...(token ? { global: { headers: { Authorization: `Bearer ${token}` } } } : {}),
  });
}

/**
 * An in-process local stack on an ephemeral port, started from a prepared snapshot
 * (seeded with the demo data unless `seed: false`). Set DATABASE_URL_TEST to run
 * the same tests against a real PostgreSQL server instead.
 */
export async function startTestStack(options: { seed?: boolean } & Partial<StartOptions> = {}): Promise<TestStack> {
  const seed = options.seed ?? true;
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL_TEST;
  const snapshotFile = databaseUrl
    ? undefined
    : ((seed ? process.env.ITA_SNAPSHOT_SEEDED : process.env.ITA_SNAPSHOT_EMPTY) ?? (await ensureSnapshot({ seed })));
  const stack = await startStack({
    port: 0,
    log: null,
    jwtSecret: 'test-secret-test-secret-test-secret-0123456789',
    ...options,
    ...(snapshotFile ? { snapshotFile } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
    seed,
  });
  return {
    ...stack,
    anon: () => client(stack.url, stack.keys.anonKey),
    service: () => client(stack.url, stack.keys.serviceRoleKey),
    withToken: (token) => client(stack.url, stack.keys.anonKey, token),
    async signIn(email, password = DEMO_PASSWORD) {
      const c = client(stack.url, stack.keys.anonKey);
      const { error } = await c.auth.signInWithPassword({ email, password });
      if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
      return c;
    },
    async sql(text, params) {
      return (await stack.db.query(text, params)).rows as never;
    },
  };
}
