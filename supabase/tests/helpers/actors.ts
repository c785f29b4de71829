/**
 * How tests act as someone. Table and RPC calls go through PostgREST semantics: through supabase-js
 * when the local stack serves /rest/v1, otherwise through `runAs` (the exact transaction set-up the
 * REST layer uses: role switched with `set local`, JWT claims in request.jwt.claims), with the SQL
 * PostgREST generates for simple eq filters. Storage always goes through supabase-js.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { signJwt } from '../../local/auth/jwt';
import { runAs } from '../../local/db/context';
import { isPgError } from '../../local/db/database';
import type { TestStack } from '../../local/testing/stack';
import { persona, type PersonaName } from './personas';

export type ActorName = PersonaName | 'anon' | 'service';

export interface ApiError {
  code: string;
  message: string;
  hint: string | null;
  /** HTTP status (REST driver only). */
  status?: number;
}

export interface ApiResult<T = Record<string, unknown>> {
  rows: T[];
  error: ApiError | null;
}

export type Filter = Record<string, string | number | boolean>;

export interface Actor {
  name: ActorName;
  select(table: string, filter: Filter, columns?: string): Promise<ApiResult>;
  insert(table: string, row: Record<string, unknown>): Promise<ApiResult>;
  update(table: string, patch: Record<string, unknown>, filter: Filter): Promise<ApiResult>;
  delete(table: string, filter: Filter): Promise<ApiResult>;
  rpc<T = unknown>(fn: string, args: Record<string, unknown>): Promise<{ data: T | null; error: ApiError | null }>;
  /** supabase-js client (storage; tables too once /rest/v1 exists). Anon and service get theirs without sign-in. */
  client(): Promise<SupabaseClient>;
}

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`bad identifier ${s}`);
  return `"${s}"`;
};

/** Whether /rest/v1 is served (the REST layer is built in parallel). */
export async function restAvailable(stack: TestStack): Promise<boolean> {
  const res = await fetch(`${stack.url}/rest/v1/organizations?select=id&limit=1`, {
    headers: { apikey: stack.keys.anonKey, authorization: `Bearer ${stack.keys.anonKey}` },
  });
  await res.body?.cancel();
  return res.status !== 404;
}

function toApiError(e: unknown): ApiError {
  if (isPgError(e)) return { code: e.code ?? '', message: e.message, hint: e.hint ?? null };
  throw e;
}

/**
 * A supabase-js client for an actor. A disabled user cannot sign in, so they get a token minted as if
 * issued before they were disabled (the stack must refuse it).
 */
function clientFor(name: ActorName, stack: TestStack): Promise<SupabaseClient> {
  if (name === 'anon') return Promise.resolve(stack.anon());
  if (name === 'service') return Promise.resolve(stack.service());
  const p = persona(name);
  if (!p.active) {
    return signJwt(
      stack.keys.secret,
      { sub: p.id, role: 'authenticated', aud: 'authenticated', email: p.email, session_id: randomUUID() },
      3600,
    ).then((token) => stack.withToken(token));
  }
  return stack.signIn(p.email);
}

export class SqlActor implements Actor {
  private clientPromise: Promise<SupabaseClient> | null = null;
  constructor(
    readonly name: ActorName,
    private readonly stack: TestStack,
  ) {}

  private ctx() {
    if (this.name === 'anon') return { role: 'anon' as const, claims: { role: 'anon' as const } };
    if (this.name === 'service') return { role: 'service_role' as const, claims: { role: 'service_role' as const } };
    const p = persona(this.name);
    return {
      role: 'authenticated' as const,
      claims: { role: 'authenticated' as const, sub: p.id, email: p.email, aud: 'authenticated' },
    };
  }

  private async run(sql: string, params: unknown[]): Promise<ApiResult> {
    const { role, claims } = this.ctx();
    try {
      const rows = await runAs(
        this.stack.db,
        { role, claims, method: 'POST', path: '/rest/v1', headers: {} },
        async (tx) => (await tx.query<{ r: Record<string, unknown> }>(sql, params)).rows.map((r) => r.r),
      );
      return { rows, error: null };
    } catch (e) {
      return { rows: [], error: toApiError(e) };
    }
  }

  private where(table: string, filter: Filter, offset: number): [string, unknown[]] {
    const keys = Object.keys(filter);
    if (keys.length === 0) return ['true', []];
    return [
      keys.map((k, i) => `${ident(table)}.${ident(k)}::text = $${offset + i + 1}`).join(' and '),
      keys.map((k) => String(filter[k])),
    ];
  }

  select(table: string, filter: Filter, columns = '*') {
    const [where, params] = this.where(table, filter, 0);
    const cols =
      columns === '*'
        ? `${ident(table)}`
        : `(select x from (select ${columns
            .split(',')
            .map((c) => ident(c.trim()))
            .join(', ')}) x)`;
    return this.run(`select to_jsonb(${cols}) as r from public.${ident(table)} where ${where}`, params);
  }

  insert(table: string, row: Record<string, unknown>) {
    const cols = Object.keys(row).map(ident).join(', ');
    return this.run(
      `insert into public.${ident(table)} (${cols})
       select ${cols} from json_populate_record(null::public.${ident(table)}, $1::json)
       returning to_jsonb(${ident(table)}) as r`,
      [JSON.stringify(row)],
    );
  }

  update(table: string, patch: Record<string, unknown>, filter: Filter) {
    const cols = Object.keys(patch).map(ident);
    const [where, params] = this.where(table, filter, 1);
    return this.run(
      `update public.${ident(table)} set (${cols.join(', ')}) = (select ${cols.map((c) => `p.${c}`).join(', ')}
         from json_populate_record(null::public.${ident(table)}, $1::json) p)
       where ${where} returning to_jsonb(${ident(table)}) as r`,
      [JSON.stringify(patch), ...params],
    );
  }

  delete(table: string, filter: Filter) {
    const [where, params] = this.where(table, filter, 0);
    return this.run(
      `delete from public.${ident(table)} where ${where} returning to_jsonb(${ident(table)}) as r`,
      params,
    );
  }

  async rpc<T>(fn: string, args: Record<string, unknown>) {
    const keys = Object.keys(args);
    const argSql = keys
      .map((k, i) => {
        const v = args[k];
        const cast =
          typeof v === 'number'
            ? Number.isInteger(v)
              ? '::integer'
              : '::numeric'
            : typeof v === 'boolean'
              ? '::boolean'
              : typeof v === 'object' && v !== null
                ? '::jsonb'
                : '';
        return `${ident(k)} => $${i + 1}${cast}`;
      })
      .join(', ');
    const params = keys.map((k) => {
      const v = args[k];
      return typeof v === 'object' && v !== null ? JSON.stringify(v) : v === null || v === undefined ? null : String(v);
    });
    const r = await this.run(`select to_jsonb(x) as r from public.${ident(fn)}(${argSql}) x`, params);
    return { data: (r.error ? null : (r.rows[0] ?? null)) as T | null, error: r.error };
  }

  client(): Promise<SupabaseClient> {
    this.clientPromise ??= clientFor(this.name, this.stack);
    return this.clientPromise;
  }
}

/** Same contract through supabase-js and /rest/v1 (used automatically once the REST layer is there). */
type LooseResponse = {
  data: unknown;
  status: number;
  error: { code?: string; message: string; hint?: string | null } | null;
};
interface LooseFilter extends PromiseLike<LooseResponse> {
  eq(column: string, value: unknown): LooseFilter;
  select(columns?: string): LooseFilter;
}
interface LooseTable {
  select(columns?: string): LooseFilter;
  insert(row: Record<string, unknown>): LooseFilter;
  update(patch: Record<string, unknown>): LooseFilter;
  delete(): LooseFilter;
}

export class RestActor implements Actor {
  private clientPromise: Promise<SupabaseClient> | null = null;
  constructor(
    readonly name: ActorName,
    private readonly stack: TestStack,
  ) {}

  client(): Promise<SupabaseClient> {
    this.clientPromise ??= clientFor(this.name, this.stack);
    return this.clientPromise;
  }

  private static result(r: {
    data: unknown;
    status: number;
    error: { code?: string; message: string; hint?: string | null } | null;
  }): ApiResult {
    if (r.error) {
      return {
        rows: [],
        error: { code: r.error.code ?? '', message: r.error.message, hint: r.error.hint ?? null, status: r.status },
      };
    }
    const data = r.data as Record<string, unknown>[] | Record<string, unknown> | null;
    return { rows: Array.isArray(data) ? data : data ? [data] : [], error: null };
  }

  /** The builder surface the matrix needs, untyped on purpose: table names come from data, not from Database. */
  private async table(name: string): Promise<LooseTable> {
    return (await this.client()).from(name) as unknown as LooseTable;
  }

  private static apply(q: LooseFilter, filter: Filter): LooseFilter {
    let out = q;
    for (const [k, v] of Object.entries(filter)) out = out.eq(k, v);
    return out;
  }

  async select(table: string, filter: Filter, columns = '*') {
    return RestActor.result(await RestActor.apply((await this.table(table)).select(columns), filter));
  }

  async insert(table: string, row: Record<string, unknown>) {
    return RestActor.result(await (await this.table(table)).insert(row).select());
  }

  async update(table: string, patch: Record<string, unknown>, filter: Filter) {
    return RestActor.result(await RestActor.apply((await this.table(table)).update(patch), filter).select());
  }

  async delete(table: string, filter: Filter) {
    return RestActor.result(await RestActor.apply((await this.table(table)).delete(), filter).select());
  }

  async rpc<T>(fn: string, args: Record<string, unknown>) {
    const c = await this.client();
    const r = await c.rpc(fn, args);
    return {
      data: (r.error ? null : r.data) as T | null,
      error: r.error
        ? { code: r.error.code ?? '', message: r.error.message, hint: r.error.hint ?? null, status: r.status }
        : null,
    };
  }
}

/** Actors for a stack: REST when /rest/v1 is served (or forced with ITA_TEST_DRIVER=rest), SQL otherwise. */
export async function actorsFor(stack: TestStack) {
  const forced = process.env.ITA_TEST_DRIVER;
  const useRest = forced ? forced === 'rest' : await restAvailable(stack);
  const cache = new Map<ActorName, Actor>();
  return {
    driver: useRest ? ('rest' as const) : ('sql' as const),
    as(name: ActorName): Actor {
      let a = cache.get(name);
      if (!a) {
        a = useRest ? new RestActor(name, stack) : new SqlActor(name, stack);
        cache.set(name, a);
      }
      return a;
    },
  };
}
