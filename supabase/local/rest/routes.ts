import { Hono, type Context } from 'hono';
import { isPgError, type Database } from '../db/database';
import { runAs } from '../db/context';
import { resolveCaller, type Caller, type StackDeps } from '../http/deps';
import {
  fromDatabaseError,
  invalidPreferences,
  maxAffectedViolation,
  SchemaMissError,
  singularity,
  unacceptableSchema,
  jwtError,
  nestedTooDeep,
  bodyTooLarge,
} from './errors';
import { MAX_NESTING, tooDeep } from '../http/nesting';
import { planRequest, type RestRequest, type RestResponse, type ResultRow } from './handlers';
import { parseQuery } from './query-params';
import { negotiate, parsePrefer } from './preferences';
import { loadSchemaCache, SCHEMA, type SchemaCache } from './schema-cache';

/** The schema cache, reloaded on demand (deps.reloadSchema) and once after a miss, at most every 250 ms. */
class SchemaState {
  cache!: SchemaCache;
  private inflight: Promise<SchemaCache> | null = null;
  private lastMissReload = 0;

  constructor(private readonly db: Database) {}

  reload(): Promise<SchemaCache> {
    this.inflight ??= loadSchemaCache(this.db)
      .then((c) => (this.cache = c))
      .finally(() => (this.inflight = null));
    return this.inflight;
  }

  /** After a miss under generation `gen`: true when a newer cache is (now) there to retry with. */
  async refreshAfterMiss(gen: number): Promise<boolean> {
    if (this.cache.generation !== gen) return true;
    if (this.inflight) await this.inflight;
    else if (Date.now() - this.lastMissReload >= 250) {
      this.lastMissReload = Date.now();
      await this.reload();
    }
    return this.cache.generation !== gen;
  }
}

/** Signals `Prefer: tx=rollback`: the transaction is rolled back but the result is answered. */
class Rollback {
  constructor(readonly row: ResultRow) {}
}

const MISS_SQLSTATES = new Set(['42P01', '42703', '42883']);
const isMiss = (e: unknown) => e instanceof SchemaMissError || (isPgError(e) && MISS_SQLSTATES.has(e.code ?? ''));

function send(r: RestResponse): Response {
  return new Response(r.body, { status: r.status, headers: r.headers });
}

function errorResponse(c: Context, e: unknown, authed: boolean): Response {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  const err = fromDatabaseError(e, authed);
  if (!err) {
    console.error(`[rest] ${c.req.method} ${c.req.path}:`, e);
    const body = { code: 'PGRSTX00', details: null, hint: null, message: 'Internal server error' };
    return new Response(JSON.stringify(body), { status: 500, headers: json });
  }
  return new Response(JSON.stringify(err.body()), { status: err.status, headers: { ...json, ...err.headers } });
}

/** Accept-Profile (reads) / Content-Profile (writes) may only name the exposed schema. */
function checkProfile(c: Context): boolean {
  const method = c.req.method;
  const header =
    method === 'GET' || method === 'HEAD' ? c.req.header('accept-profile') : c.req.header('content-profile');
  if (header === undefined) return false;
  if (header.trim() !== SCHEMA) throw unacceptableSchema(header.trim());
  return true;
}

/** Largest request body read into memory (a whole-plan import is well under 1 MB). */
export const MAX_REST_BODY = 20 * 1024 * 1024;

/** The body as text, refused with 413 past MAX_REST_BODY without buffering more of it. */
async function boundedBody(c: Context): Promise<string> {
  if (Number(c.req.header('content-length') ?? 0) > MAX_REST_BODY) throw bodyTooLarge(MAX_REST_BODY);
  const reader = c.req.raw.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_REST_BODY) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(MAX_REST_BODY);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** PostgREST sees the path without the /rest/v1 prefix the gateway strips. */
function apiPath(c: Context): string {
  const i = c.req.path.indexOf('/rest/v1');
  return i >= 0 ? c.req.path.slice(i + '/rest/v1'.length) || '/' : c.req.path;
}

export async function restRoutes(deps: StackDeps) {
  const state = new SchemaState(deps.db);
  await state.reload();
  deps.reloadSchema = async () => {
    await state.reload();
  };

  async function execute(c: Context, caller: Caller, req: RestRequest, cache: SchemaCache): Promise<RestResponse> {
    const stmt = planRequest(cache, req);
    const { prefer } = req;
    const ctx = {
      role: caller.role,
      claims: caller.claims,
      method: req.method,
      path: apiPath(c),
      headers: c.req.header(),
    };
    let row: ResultRow;
    try {
      row = await runAs(
        deps.db,
        ctx,
        async (tx) => {
          const r = await tx.query<ResultRow>(stmt.sql, stmt.params);
          const result = r.rows[0] ?? { total: null, page: 0, body: null };
          const page = Number(result.page);
          if (stmt.singular && page !== 1) throw singularity(page);
          if (
            stmt.mutation &&
            prefer.handling === 'strict' &&
            prefer.maxAffected !== undefined &&
            page > prefer.maxAffected
          ) {
            throw maxAffectedViolation(page);
          }
          if (prefer.tx === 'rollback') throw new Rollback(result);
          return result;
        },
        { readOnly: stmt.readOnly },
      );
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
      row = e.row;
    }
    return stmt.respond(row);
  }

  async function handle(c: Context, kind: 'table' | 'rpc', name: string) {
    let authed = false;
    try {
      const who = await resolveCaller(c, deps);
      if (!who.ok) throw jwtError(who.code, who.message, who.status);
      authed = who.caller.role !== 'anon';
      const profiled = checkProfile(c);
      const url = new URL(c.req.url);
      const prefer = parsePrefer(c.req.header('prefer'));
      if (prefer.handling === 'strict' && prefer.invalid.length) throw invalidPreferences(prefer.invalid);
      const method = c.req.method;
      const rpcRead = kind === 'rpc' && (method === 'GET' || method === 'HEAD');
      const hasBody = method === 'POST' || method === 'PATCH' || method === 'PUT';
      for (const [k, v] of url.searchParams) {
        if (tooDeep(k) || tooDeep(v)) throw nestedTooDeep('query string', MAX_NESTING);
      }
      const body = hasBody ? await boundedBody(c) : '';
      if (body && tooDeep(body, /json/i.test(c.req.header('content-type') ?? 'json'))) {
        throw nestedTooDeep('body', MAX_NESTING);
      }
      const req: RestRequest = {
        method,
        kind,
        name,
        query: parseQuery(url.searchParams, rpcRead),
        prefer,
        media: negotiate(c.req.header('accept')),
        body,
        contentType: c.req.header('content-type'),
        rangeHeader: method === 'GET' ? c.req.header('range') : undefined,
      };
      const gen = state.cache.generation;
      let res: RestResponse;
      try {
        res = await execute(c, who.caller, req, state.cache);
      } catch (e) {
        if (!isMiss(e) || !(await state.refreshAfterMiss(gen))) throw e;
        // The cache was stale (DDL after the last load): plan again once, from a freshly parsed query.
        res = await execute(c, who.caller, { ...req, query: parseQuery(url.searchParams, rpcRead) }, state.cache);
      }
      if (profiled) res.headers['content-profile'] = SCHEMA;
      return send(res);
    } catch (e) {
      return errorResponse(c, e, authed);
    }
  }

  const app = new Hono();
  app.all('/rpc/:fn', (c) => handle(c, 'rpc', c.req.param('fn')));
  app.all('/:table', (c) => handle(c, 'table', c.req.param('table')));
  app.all('/', async (c) => {
    const who = await resolveCaller(c, deps);
    if (!who.ok) return errorResponse(c, jwtError(who.code, who.message, who.status), false);
    // A minimal OpenAPI description: the exposed tables, views and functions.
    const paths: Record<string, object> = {};
    for (const name of state.cache.relations.keys()) paths[`/${name}`] = {};
    for (const name of state.cache.functions.keys()) paths[`/rpc/${name}`] = {};
    return c.json({
      swagger: '2.0',
      info: { title: 'ITA Action Tracker local REST', version: 'local' },
      basePath: '/',
      paths,
    });
  });
  return app;
}
