/**
 * INSERT / UPDATE / DELETE as a `pgrst_source` CTE. The payload travels as one
 * jsonb bind parameter and is typed by `jsonb_populate_record(set)` against the
 * table's own row type, so Postgres does every coercion.
 */
import { columnNotFound, invalidBody, notImplemented, PgrstError, unsupportedContentType } from './errors';
import type { Range } from './query-params';
import type { ReadNode } from './plan';
import { conditions, fieldExpr } from './query-builder';
import type { Relation } from './schema-cache';
import { SCHEMA } from './schema-cache';
import { Params, qi } from './sql';

export type Row = Record<string, unknown>;

export interface Payload {
  rows: Row[];
  isArray: boolean;
  /** The raw JSON text when it can be passed to Postgres unchanged. */
  json: string | null;
}

/** Reads a request body as PostgREST does for JSON, urlencoded forms and CSV. */
export function parsePayload(text: string, contentType: string | undefined): Payload {
  const type = (contentType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === '' || type.endsWith('+json')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw invalidBody('Empty or invalid json');
    }
    const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (isObject(value)) return { rows: [value], isArray: false, json: text };
    if (Array.isArray(value) && value.every(isObject)) return { rows: value, isArray: true, json: text };
    throw invalidBody('Empty or invalid json');
  }
  if (type === 'application/x-www-form-urlencoded') {
    const row: Row = {};
    for (const [k, v] of new URLSearchParams(text)) row[k] = v;
    return { rows: [row], isArray: false, json: null };
  }
  if (type === 'text/csv') return { rows: parseCsv(text), isArray: true, json: null };
  throw unsupportedContentType(contentType ?? '');
}

function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
  }
  if (field !== '' || record.length) endRecord();
  const [header, ...rest] = records.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) throw invalidBody('Empty or invalid csv');
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] === 'NULL' ? null : (r[i] ?? null)])));
}

function checkColumns(rel: Relation, cols: string[]) {
  for (const c of cols) if (!rel.columnMap.has(c)) throw columnNotFound(rel.name, c);
}

/** Insert columns: `columns=` if given, else the payload keys (which must then agree across a bulk payload). */
export function insertColumns(rel: Relation, payload: Payload, columns: string[] | null): string[] {
  if (columns) {
    checkColumns(rel, columns);
    return columns;
  }
  const first = payload.rows[0];
  const keys = first ? Object.keys(first) : [];
  if (payload.isArray) {
    const sig = [...keys].sort().join('\0');
    for (const r of payload.rows) {
      if (Object.keys(r).sort().join('\0') !== sig) throw invalidBody('All object keys must match');
    }
  }
  checkColumns(rel, keys);
  return keys;
}

export interface InsertOptions {
  columns: string[];
  missingDefault: boolean;
  onConflict: string[] | null;
  resolution: 'merge-duplicates' | 'ignore-duplicates' | undefined;
  returning: string;
}

/** The `pgrst_source` CTE(s) for an insert or upsert; also says whether the resolution could be applied. */
export function insertCte(
  rel: Relation,
  payload: Payload,
  alias: string,
  o: InsertOptions,
  p: Params,
): { cte: string; resolutionApplied: boolean } {
  const table = `${qi(SCHEMA)}.${qi(rel.name)}`;
  const target = o.onConflict ?? rel.pk;
  if (o.onConflict) checkColumns(rel, o.onConflict);
  const resolutionApplied = o.resolution !== undefined && target.length > 0;
  // With missing=default, rows that lack some columns are inserted by their own statement so Postgres applies the defaults.
  const groups = new Map<string, { cols: string[]; rows: Row[] }>();
  if (o.missingDefault && payload.isArray) {
    for (const row of payload.rows) {
      const cols = o.columns.filter((c) => c in row);
      const key = cols.join('\0');
      const g = groups.get(key) ?? { cols, rows: [] };
      g.rows.push(row);
      groups.set(key, g);
    }
  } else {
    groups.set('', { cols: o.columns, rows: payload.rows });
  }
  if (groups.size === 0) groups.set('', { cols: o.columns, rows: [] });
  const statements = [...groups.values()].map(({ cols, rows }) => {
    const json =
      groups.size === 1 && payload.json !== null
        ? payload.isArray
          ? payload.json
          : `[${payload.json}]`
        : JSON.stringify(rows);
    const list = cols.map(qi).join(', ');
    let sql = cols.length
      ? `INSERT INTO ${table} AS ${qi(alias)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, ${p.add(json, 'jsonb')}) AS "pgrst_body"`
      : `INSERT INTO ${table} AS ${qi(alias)} SELECT FROM jsonb_array_elements(${p.add(json, 'jsonb')})`;
    if (resolutionApplied) {
      const conflict = `ON CONFLICT (${target.map(qi).join(', ')})`;
      sql +=
        o.resolution === 'merge-duplicates' && cols.length
          ? ` ${conflict} DO UPDATE SET ${cols.map((c) => `${qi(c)} = EXCLUDED.${qi(c)}`).join(', ')}`
          : ` ${conflict} DO NOTHING`;
    }
    return `${sql} RETURNING ${o.returning}`;
  });
  if (statements.length === 1) return { cte: `"pgrst_source" AS (${statements[0]})`, resolutionApplied };
  const parts = statements.map((s, i) => `"pgrst_g${i}" AS (${s})`);
  const union = statements.map((_, i) => `SELECT * FROM "pgrst_g${i}"`).join(' UNION ALL ');
  return { cte: `${parts.join(', ')}, "pgrst_source" AS (${union})`, resolutionApplied };
}

/** WHERE for UPDATE/DELETE: root filters, plus limit/order through ctid (tables only). */
function mutationWhere(
  rel: Relation,
  node: ReadNode,
  range: Range | null,
  verb: 'UPDATE' | 'DELETE',
  p: Params,
): string {
  const conds = conditions(node, p);
  if (range) {
    if (rel.kind !== 'table') throw notImplemented('limit/offset on UPDATE or DELETE is only supported on tables');
    const order = node.order.length
      ? ` ORDER BY ${node.order.map((t) => `${fieldExpr(node, t.field, p)}${t.dir ? ` ${t.dir.toUpperCase()}` : ''}${t.nulls ? ` NULLS ${t.nulls.toUpperCase()}` : ''}`).join(', ')}`
      : '';
    const limit = `${range.limit !== null ? ` LIMIT ${p.add(range.limit)}` : ''}${range.offset ? ` OFFSET ${p.add(range.offset)}` : ''}`;
    const a = qi(node.alias);
    const inner = `SELECT ${a}.ctid FROM ${qi(SCHEMA)}.${qi(rel.name)} AS ${a}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}${order}${limit}`;
    return ` WHERE ${a}.ctid = ANY(ARRAY(${inner}))`;
  }
  // pg-safeupdate, which hosted Supabase loads for the API: a mutation must be filtered.
  if (!conds.length) throw new PgrstError(400, '21000', `${verb} requires a WHERE clause`);
  return ` WHERE ${conds.join(' AND ')}`;
}

export function updateCte(
  rel: Relation,
  node: ReadNode,
  payload: Payload,
  range: Range | null,
  returning: string,
  p: Params,
): string {
  if (payload.isArray) throw invalidBody('Only a single JSON object is accepted for PATCH');
  const row = payload.rows[0] ?? {};
  const cols = Object.keys(row);
  checkColumns(rel, cols);
  const table = `${qi(SCHEMA)}.${qi(rel.name)}`;
  if (!cols.length) {
    // Nothing to set: no row is touched. The filters are still checked (unknown columns are errors), but
    // with parameters of their own: this statement does not contain them (binding them was a 503).
    mutationWhere(rel, node, range, 'UPDATE', new Params());
    return `"pgrst_source" AS (SELECT ${returning} FROM ${table} AS ${qi(node.alias)} WHERE FALSE)`;
  }
  const where = mutationWhere(rel, node, range, 'UPDATE', p);
  const set = cols.map((c) => `${qi(c)} = "pgrst_body".${qi(c)}`).join(', ');
  const json = payload.json ?? JSON.stringify(row);
  return `"pgrst_source" AS (UPDATE ${table} AS ${qi(node.alias)} SET ${set} FROM jsonb_populate_record(NULL::${table}, ${p.add(json, 'jsonb')}) AS "pgrst_body"${where} RETURNING ${returning})`;
}

export function deleteCte(rel: Relation, node: ReadNode, range: Range | null, returning: string, p: Params): string {
  const where = mutationWhere(rel, node, range, 'DELETE', p);
  return `"pgrst_source" AS (DELETE FROM ${qi(SCHEMA)}.${qi(rel.name)} AS ${qi(node.alias)}${where} RETURNING ${returning})`;
}
