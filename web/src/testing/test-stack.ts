import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { Database } from '@/lib/database.types';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { createTestSupabaseClient } from '@/testing/supabase';

export const DEMO_PASSWORD = 'demo-password';

export interface WebTestStack {
  url: string;
  anonKey: string;
  /** A fresh anon client for the app under test (signed out). */
  client(): AppSupabaseClient;
  /** A service_role client (bypasses RLS) for test set-up. */
  service(): SupabaseClient<Database>;
  /** A client signed in as this user (seeded demo users have the password "demo-password"). */
  signIn(email: string, password?: string): Promise<AppSupabaseClient>;
  close(): Promise<void>;
}

// A string, not `new URL(…)`: under jsdom, URL is jsdom's and node:url refuses it.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROCESS_SCRIPT = path.join(HERE, 'test-stack-process.ts');
const REPO_ROOT = path.resolve(HERE, '../../..');

/**
 * `startTestStack()` (the seeded in-process local stack) for component tests.
 *
 * The stack cannot run inside the jsdom environment: vitest swaps in jsdom's typed arrays, so Node's
 * TextEncoder output fails jose's `instanceof Uint8Array` check (and PGlite would block the UI thread
 * anyway). It therefore runs in a child Node process (~2 s to start); the test talks to it over HTTP
 * with real supabase-js clients.
 */
export async function startWebTestStack(): Promise<WebTestStack> {
  const child = spawn(process.execPath, ['--import', 'tsx', PROCESS_SCRIPT], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    void exited.then((code) => reject(new Error(`test stack process exited (${code}) before it started`)));
  });
  const { url, anonKey, serviceRoleKey } = JSON.parse(firstLine) as {
    url: string;
    anonKey: string;
    serviceRoleKey: string;
  };

  return {
    url,
    anonKey,
    client: () => createTestSupabaseClient(url, anonKey),
    service: () =>
      createClient<Database>(url, serviceRoleKey, {
        auth: {
          persistSession: false,
          autoRefreshToken: false,
          detectSessionInUrl: false,
          storageKey: 'sb-test-service',
        },
      }),
    async signIn(email, password = DEMO_PASSWORD) {
      const client = createTestSupabaseClient(url, anonKey);
      const { error } = await client.auth.signInWithPassword({ email, password });
      if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
      return client;
    },
    async close() {
      child.stdin.end();
      await exited;
    },
  };
}
