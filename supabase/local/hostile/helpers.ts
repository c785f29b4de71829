/**
 * Small raw-HTTP helpers for the hostile suites: every call returns the status, headers and
 * parsed body, so a test can assert exactly what an attacker would see.
 */
import { signJwt } from '../auth/jwt';
import type { TestStack } from '../testing/stack';
import { DEMO_PASSWORD } from '../testing/stack';
import { PERSONAS, type PersonaName } from '../../tests/helpers/personas';

export { PERSONAS, type PersonaName };

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export async function reply(res: Response): Promise<Reply> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export interface CallOptions {
  method?: string;
  token?: string | null;
  apikey?: string | null;
  headers?: Record<string, string>;
  body?: string | Uint8Array | Blob;
  signal?: AbortSignal;
}

/** One HTTP request to the stack; `token` goes in Authorization, the anon key in apikey unless told otherwise. */
export async function call(stack: TestStack, path: string, o: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  const apikey = o.apikey === undefined ? stack.keys.anonKey : o.apikey;
  if (apikey !== null) headers.apikey = apikey;
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  const res = await fetch(`${stack.url}${path}`, {
    method: o.method ?? 'GET',
    headers,
    ...(o.body !== undefined ? { body: o.body as BodyInit } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  return reply(res);
}

export interface Session {
  access_token: string;
  refresh_token: string;
  user: { id: string };
}

/** Signs in through /auth/v1/token like supabase-js does. */
export async function passwordGrant(stack: TestStack, email: string, password = DEMO_PASSWORD): Promise<Reply> {
  return call(stack, '/auth/v1/token?grant_type=password', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

export async function signInToken(stack: TestStack, who: PersonaName): Promise<string> {
  const r = await passwordGrant(stack, PERSONAS[who].email);
  if (r.status !== 200) throw new Error(`sign-in as ${who}: ${r.status} ${r.text}`);
  return (r.json as Session).access_token;
}

/** Access tokens for several personas (signed in once each). */
export async function tokensFor<N extends PersonaName>(stack: TestStack, names: N[]): Promise<Record<N, string>> {
  const out = {} as Record<N, string>;
  for (const n of names) out[n] = await signInToken(stack, n);
  return out;
}

/** A token signed with the stack's own secret (for a user that exists, without a session). */
export function mintToken(stack: TestStack, claims: Record<string, unknown>, expiresIn = 600): Promise<string> {
  return signJwt(stack.keys.secret, claims, expiresIn);
}

export const JSON_HEADERS = { 'content-type': 'application/json' };

/** The superuser's count of rows matching a WHERE clause. */
export async function countRows(stack: TestStack, table: string, where: string, params: unknown[] = []) {
  const rows = await stack.sql<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`, params);
  return rows[0]?.n ?? 0;
}

/** Runs `fn` over `items` with at most `width` in flight. */
export async function pool<T, R>(items: T[], width: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      for (;;) {
        const i = next++;
        if (i >= items.length) return;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}
