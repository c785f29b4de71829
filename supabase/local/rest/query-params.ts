/**
 * Classifies the query string the way PostgREST does (reserved names, per-embed
 * order/limit/offset/and/or, filters, RPC arguments) and applies the Range header.
 */
import { invalidRange, PgrstError } from './errors';
import type { Filter, LogicTree, OrderTerm, SelectItem } from './parser';
import { parseColumnList, parseFilterValue, parseLogic, parseOrder, parseSelect, parseTreePath } from './parser';

export interface Range {
  offset: number;
  limit: number | null;
}

export interface ParsedQuery {
  select: SelectItem[];
  /** Filters keyed by embed path ('' = the root, 'a.b' = embedded b inside a). */
  filters: { path: string; filter: Filter }[];
  logic: { path: string; tree: LogicTree }[];
  order: { path: string; terms: OrderTerm[] }[];
  ranges: Map<string, Range>;
  columns: string[] | null;
  onConflict: string[] | null;
  /** Parameters that are not filters (RPC arguments for GET). Repeated keys keep every value. */
  params: [string, string][];
}

const EMBEDDABLE = new Set(['order', 'limit', 'offset', 'and', 'or']);
/** Credentials the gateway strips before PostgREST sees the query string. */
const HIDDEN = new Set(['apikey']);

function parseInteger(v: string): number | null {
  return /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : null;
}

/**
 * Classifies and parses every query parameter the way PostgREST does: reserved
 * names, per-embed order/limit/offset/and/or, and filters. A value without an
 * operator is an RPC argument on GET /rpc, and a parse error anywhere else.
 */
export function parseQuery(entries: Iterable<[string, string]>, rpcRead = false): ParsedQuery {
  const out: ParsedQuery = {
    select: [{ type: 'star' }],
    filters: [],
    logic: [],
    order: [],
    ranges: new Map(),
    columns: null,
    onConflict: null,
    params: [],
  };
  let selectSeen = false;
  const limits = new Map<string, number>();
  const offsets = new Map<string, number>();
  for (const [key, value] of entries) {
    if (key === 'select') {
      if (!selectSeen) out.select = parseSelect(value);
      selectSeen = true;
      continue;
    }
    if (key === 'columns') {
      out.columns ??= parseColumnList(value, 'columns parameter');
      continue;
    }
    if (key === 'on_conflict') {
      out.onConflict ??= parseColumnList(value, 'on_conflict parameter');
      continue;
    }
    const segments = key.split('.');
    const last = segments[segments.length - 1]!;
    if (EMBEDDABLE.has(last)) {
      if (value === '') continue;
      const rest = segments.slice(0, -1);
      if (last === 'and' || last === 'or') {
        const negate = rest[rest.length - 1] === 'not';
        const path = negate ? rest.slice(0, -1) : rest;
        out.logic.push({ path: path.join('.'), tree: parseLogic(last, negate, value) });
      } else if (last === 'order') {
        out.order.push({ path: rest.join('.'), terms: parseOrder(value) });
      } else {
        const n = parseInteger(value);
        if (n !== null) (last === 'limit' ? limits : offsets).set(rest.join('.'), n);
      }
      continue;
    }
    if (HIDDEN.has(key)) continue;
    const { path, field: f } = parseTreePath(key);
    try {
      out.filters.push({ path: path.join('.'), filter: parseFilterValue(f, value) });
    } catch (e) {
      if (!rpcRead || !(e instanceof PgrstError)) throw e;
      out.params.push([key, value]);
    }
  }
  for (const path of new Set([...limits.keys(), ...offsets.keys()])) {
    const limit = limits.get(path) ?? null;
    const offset = offsets.get(path) ?? 0;
    if (limit !== null && limit < 0) throw invalidRange('Limit should be greater than or equal to zero.');
    out.ranges.set(path, { offset: Math.max(0, offset), limit });
  }
  return out;
}

/** The `Range: 0-9` request header intersected with the root limit/offset. */
export function applyRangeHeader(query: ParsedQuery, header: string | undefined): void {
  if (!header) return;
  const m = /^(\d+)-(\d*)$/.exec(header.trim().replace(/^items=/, ''));
  if (!m) return;
  const lower = Number(m[1]);
  const upper = m[2] === '' ? null : Number(m[2]);
  if (upper !== null && lower > upper) {
    throw invalidRange('The lower boundary must be lower than or equal to the upper boundary in the Range header.');
  }
  const current = query.ranges.get('') ?? { offset: 0, limit: null };
  // Intersect [lower, upper] with [offset, offset + limit - 1].
  const start = Math.max(lower, current.offset);
  const ends = [upper, current.limit === null ? null : current.offset + current.limit - 1].filter(
    (x): x is number => x !== null,
  );
  const end = ends.length ? Math.min(...ends) : null;
  query.ranges.set('', { offset: start, limit: end === null ? null : Math.max(0, end - start + 1) });
}
