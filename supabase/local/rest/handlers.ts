/**
 * One request → one SQL statement plus the function that turns its single result
 * row (`total`, `page`, `body`) into the HTTP answer, with PostgREST's statuses
 * and headers.
 */
import { invalidBody, invalidRange, invalidRpcMethod, tableNotFound, unsupportedMethod } from './errors';
import { deleteCte, insertColumns, insertCte, parsePayload, updateCte } from './mutations';
import type { SelectItem } from './parser';
import { applyRangeHeader, type ParsedQuery } from './query-params';
import type { ReadNode, Source } from './plan';
import { AliasGen, planRead, tableSource } from './plan';
import type { Media, Preferences } from './preferences';
import { contentTypeFor, preferenceApplied } from './preferences';
import { bodyExpr, csvBody, readStatement } from './query-builder';
import { argsFromParams, callSql, resolveFunction } from './rpc';
import type { Relation, SchemaCache } from './schema-cache';
import { closestName } from './schema-cache';
import { Params, qi } from './sql';

export interface RestRequest {
  method: string;
  kind: 'table' | 'rpc';
  name: string;
  query: ParsedQuery;
  prefer: Preferences;
  media: Media;
  body: string;
  contentType: string | undefined;
  rangeHeader: string | undefined;
}

export interface ResultRow {
  total: number | string | null;
  page: number | string;
  body: string | null;
}

export interface RestResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export interface Statement {
  sql: string;
  params: unknown[];
  /** GET/HEAD of a volatile function runs read-only, as PostgREST does. */
  readOnly: boolean;
  /** Row count the media type requires (1 for a singular object), checked before commit. */
  singular: boolean;
  /** Affected rows are subject to max-affected. */
  mutation: boolean;
  respond(row: ResultRow): RestResponse;
}

function relationOf(cache: SchemaCache, name: string): Relation {
  const rel = cache.relations.get(name);
  if (!rel) throw tableNotFound(name, closestName(name, cache.relations.keys()));
  return rel;
}

function applied(prefer: Preferences, extra: Partial<Preferences>): Record<string, string> {
  const value = preferenceApplied({
    count: prefer.count,
    tx: prefer.tx,
    handling: prefer.handling,
    maxAffected: prefer.maxAffected,
    ...extra,
  });
  return value ? { 'preference-applied': value } : {};
}

function withBody(
  media: Media,
  body: string | null,
  headers: Record<string, string>,
): { headers: Record<string, string>; body: string | null } {
  return {
    headers: { ...headers, 'content-type': contentTypeFor(media) },
    body: body ?? (media.kind === 'object' ? 'null' : '[]'),
  };
}

/** Status and Content-Range of a read, as PostgREST computes them from the range and the (optional) total. */
function readRange(offset: number, page: number, total: number | null): { status: number; contentRange: string } {
  const span = page > 0 && total !== 0 ? `${offset}-${offset + page - 1}` : '*';
  const contentRange = `${span}/${total ?? '*'}`;
  if (total === null) return { status: 200, contentRange };
  if (offset > total) return { status: 416, contentRange };
  return { status: page < total ? 206 : 200, contentRange };
}

function readResponse(
  req: RestRequest,
  row: ResultRow,
  offset: number,
  extraHeaders: Record<string, string> = {},
): RestResponse {
  const counting = req.prefer.count !== undefined;
  const page = Number(row.page);
  const total = counting && row.total !== null ? Number(row.total) : null;
  const { status, contentRange } = readRange(offset, page, total);
  const headers = { 'content-range': contentRange, ...applied(req.prefer, {}), ...extraHeaders };
  if (status === 416) {
    const err = invalidRange(`An offset of ${offset} was requested, but there are only ${total} rows.`);
    return {
      status,
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(err.body()),
    };
  }
  if (req.method === 'HEAD')
    return { status, headers: { ...headers, 'content-type': contentTypeFor(req.media) }, body: null };
  return { status, ...withBody(req.media, row.body, headers) };
}

function dropItems(node: ReadNode): void {
  node.items = [];
  for (const e of node.embeds) dropItems(e.node);
}

function readTable(cache: SchemaCache, req: RestRequest): Statement {
  relationOf(cache, req.name);
  applyRangeHeader(req.query, req.rangeHeader);
  const p = new Params();
  const root = planRead(cache, tableSource(cache, req.name), req.query, new AliasGen());
  root.range = req.query.ranges.get('') ?? null;
  // HEAD only counts: the rows need no columns (embeds still filter through their EXISTS). The
  // embedded nodes lose theirs too: their select lists would bind parameters (a JSON path key) that
  // the statement no longer contains, which Postgres refuses (08P01, answered 503).
  if (req.method === 'HEAD') {
    // Built once in full and thrown away, so that HEAD refuses what GET refuses (unknown columns…).
    readStatement(root, new Params(), { count: false, body: bodyExpr({ kind: 'json', stripNulls: false }, 'rows') });
    dropItems(root);
  }
  const body =
    req.method === 'HEAD' ? 'NULL::text' : req.media.kind === 'csv' ? csvBody(root, p) : bodyExpr(req.media, 'rows');
  return {
    sql: readStatement(root, p, { count: req.prefer.count !== undefined, body }),
    params: p.values,
    readOnly: false,
    singular: req.media.kind === 'object',
    mutation: false,
    respond: (row) => readResponse(req, row, root.range?.offset ?? 0),
  };
}

/** The node whose conditions filter an UPDATE/DELETE: the root filters, or=/and= and order of the request. */
function rootFilterNode(cache: SchemaCache, req: RestRequest, aliases: AliasGen): ReadNode {
  const root: ParsedQuery = {
    ...req.query,
    select: [],
    filters: req.query.filters.filter((f) => f.path === ''),
    logic: req.query.logic.filter((l) => l.path === ''),
    order: req.query.order.filter((o) => o.path === ''),
    ranges: new Map(),
  };
  return planRead(cache, tableSource(cache, req.name), root, aliases);
}

/** The read over the mutated rows (`pgrst_source`) that shapes return=representation. */
function representation(cache: SchemaCache, rel: Relation, req: RestRequest, ret: string, aliases: AliasGen): ReadNode {
  const source: Source = { from: '"pgrst_source"', label: rel.name, columns: rel.columnMap, relation: rel.name };
  if (ret === 'representation') return planRead(cache, source, req.query, aliases, { filtersOnRoot: false });
  const select: SelectItem[] =
    ret === 'headers-only' ? rel.pk.map((name) => ({ type: 'field', field: { name, json: [] } })) : [];
  const empty: ParsedQuery = {
    select,
    filters: [],
    logic: [],
    order: [],
    ranges: new Map(),
    columns: null,
    onConflict: null,
    params: [],
  };
  return planRead(cache, source, empty, aliases);
}

function mutationResponse(
  req: RestRequest,
  rel: Relation,
  row: ResultRow,
  status: number,
  extra: Partial<Preferences>,
): RestResponse {
  const ret = req.prefer.return ?? 'minimal';
  const page = Number(row.page);
  const total = req.prefer.count !== undefined ? String(page) : '*';
  const contentRange = req.method === 'PATCH' && page > 0 ? `0-${page - 1}/${total}` : `*/${total}`;
  const headers: Record<string, string> = {
    'content-range': contentRange,
    ...applied(req.prefer, { return: req.prefer.return, ...extra }),
  };
  if (ret === 'representation') return { status, ...withBody(req.media, row.body, headers) };
  if (ret === 'headers-only' && row.body) {
    const first = (JSON.parse(row.body) as Record<string, unknown>[])[0];
    if (first && rel.pk.length) {
      headers.location = `/${rel.name}?${rel.pk.map((k) => `${encodeURIComponent(k)}=eq.${encodeURIComponent(String(first[k]))}`).join('&')}`;
    }
  }
  return { status: req.method === 'POST' ? status : 204, headers, body: null };
}

function mutate(cache: SchemaCache, req: RestRequest): Statement {
  const rel = relationOf(cache, req.name);
  const ret = req.prefer.return ?? 'minimal';
  const aliases = new AliasGen();
  const p = new Params();
  const dmlAlias = aliases.next();
  const returning = ret === 'minimal' ? '1' : `${qi(dmlAlias)}.*`;
  let cte: string;
  let extra: Partial<Preferences> = {};
  if (req.method === 'POST') {
    if (!req.body.trim()) throw invalidBody('Empty or invalid json');
    const payload = parsePayload(req.body, req.contentType);
    const columns = insertColumns(rel, payload, req.query.columns);
    const missingDefault = req.prefer.missing === 'default';
    const ins = insertCte(
      rel,
      payload,
      dmlAlias,
      {
        columns,
        missingDefault,
        onConflict: req.query.onConflict,
        resolution: req.prefer.resolution,
        returning,
      },
      p,
    );
    cte = ins.cte;
    extra = {
      ...(ins.resolutionApplied ? { resolution: req.prefer.resolution } : {}),
      ...(req.prefer.missing ? { missing: req.prefer.missing } : {}),
    };
  } else {
    const filterNode = rootFilterNode(cache, req, aliases);
    filterNode.alias = dmlAlias;
    const range = req.query.ranges.get('') ?? null;
    if (req.method === 'PATCH') {
      if (!req.body.trim()) throw invalidBody('Empty or invalid json');
      cte = updateCte(rel, filterNode, parsePayload(req.body, req.contentType), range, returning, p);
    } else {
      cte = deleteCte(rel, filterNode, range, returning, p);
    }
  }
  const root = representation(cache, rel, req, ret, aliases);
  const body =
    ret === 'minimal'
      ? 'NULL::text'
      : ret === 'headers-only'
        ? bodyExpr({ kind: 'json', stripNulls: false }, 'rows')
        : req.media.kind === 'csv'
          ? csvBody(root, p)
          : bodyExpr(req.media, 'rows');
  const status = req.method === 'POST' ? 201 : 200;
  return {
    sql: readStatement(root, p, { count: false, body, cte }),
    params: p.values,
    readOnly: false,
    singular: req.media.kind === 'object',
    mutation: true,
    respond: (row) => mutationResponse(req, rel, row, status, extra),
  };
}

function parseArgsBody(req: RestRequest): { args: Record<string, unknown>; raw: string | null } {
  if (!req.body.trim()) return { args: {}, raw: null };
  const type = (req.contentType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded')
    return { args: Object.fromEntries(new URLSearchParams(req.body)), raw: null };
  const payload = parsePayload(req.body, req.contentType);
  return { args: payload.isArray ? {} : payload.rows[0]!, raw: req.body };
}

function callFunction(cache: SchemaCache, req: RestRequest): Statement {
  const post = req.method === 'POST';
  const singleObject = req.prefer.params === 'single-object';
  let args: Record<string, unknown>;
  let raw: string | null = null;
  if (post) ({ args, raw } = parseArgsBody(req));
  else args = Object.fromEntries(req.query.params);
  const call = resolveFunction(cache, req.name, Object.keys(args), { singleObject, post });
  if (!post) args = argsFromParams(call.fn, req.query.params);
  const p = new Params();
  const sql = callSql(call, args, raw, p, !post);
  const readOnly = !post && call.fn.volatility === 'v';
  const extra: Partial<Preferences> = singleObject && call.mode === 'single' ? { params: 'single-object' } : {};
  if (sql.scalar !== null) {
    const isVoid = call.fn.returns.kind === 'void';
    return {
      sql: sql.scalar,
      params: p.values,
      readOnly,
      singular: false,
      mutation: false,
      respond: (row) => {
        const headers = { 'content-range': '0-0/*', ...applied(req.prefer, extra) };
        if (isVoid) return { status: 204, headers, body: null };
        if (req.method === 'HEAD')
          return { status: 200, headers: { ...headers, 'content-type': contentTypeFor(req.media) }, body: null };
        return {
          status: 200,
          headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
          body: row.body ?? 'null',
        };
      },
    };
  }
  applyRangeHeader(req.query, req.rangeHeader);
  const root = planRead(cache, sql.source!, req.query, new AliasGen());
  root.range = req.query.ranges.get('') ?? null;
  // A function returning one composite (not setof) answers one object.
  const media: Media = call.fn.setof
    ? req.media
    : { kind: req.media.kind === 'csv' ? 'csv' : 'object', stripNulls: req.media.stripNulls };
  const shape = sql.scalarColumn !== null ? 'scalars' : 'rows';
  const body =
    req.method === 'HEAD'
      ? 'NULL::text'
      : media.kind === 'csv'
        ? csvBody(root, p)
        : bodyExpr(media, shape, sql.scalarColumn ?? undefined);
  return {
    sql: readStatement(root, p, { count: req.prefer.count !== undefined, body, cte: sql.cte! }),
    params: p.values,
    readOnly,
    singular: req.media.kind === 'object',
    mutation: false,
    respond: (row) => readResponse({ ...req, media }, row, root.range?.offset ?? 0, {}),
  };
}

/** Chooses the operation for the method and target, or answers 405. */
export function planRequest(cache: SchemaCache, req: RestRequest): Statement {
  if (req.kind === 'rpc') {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') throw invalidRpcMethod(req.method);
    return callFunction(cache, req);
  }
  switch (req.method) {
    case 'GET':
    case 'HEAD':
      return readTable(cache, req);
    case 'POST':
    case 'PATCH':
    case 'DELETE':
      return mutate(cache, req);
    default:
      throw unsupportedMethod(req.method);
  }
}
