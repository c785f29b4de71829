import type { Queryable } from '../db/database';

/** The one schema PostgREST exposes here. */
export const SCHEMA = 'public';

export interface Column {
  name: string;
  /** format_type() of the column, e.g. `character varying(20)`, `integer[]`. */
  type: string;
  /** typname of the (domain's base) type, e.g. `int4`, `jsonb`, `_text`. */
  base: string;
  /** pg_type.typcategory of the base type: S string, N numeric, A array, U user (json…), … */
  category: string;
  nullable: boolean;
  hasDefault: boolean;
  generated: boolean;
}

export interface Relation {
  name: string;
  kind: 'table' | 'view';
  columns: Column[];
  columnMap: Map<string, Column>;
  pk: string[];
  /** Primary key and unique constraints, each as its ordered column list. */
  uniques: string[][];
}

export type Cardinality = 'm2o' | 'o2m' | 'o2o' | 'm2m';

/** A way to embed `target` in rows of `origin`, always seen from `origin`. */
export interface Relationship {
  origin: string;
  target: string;
  cardinality: Cardinality;
  constraint: string;
  /** Join columns on the origin side and their partners on the target side (for m2m: origin ↔ junction). */
  columns: string[];
  targetColumns: string[];
  /** m2m only: the junction table and its columns pointing at the target. */
  junction?: { table: string; constraint: string; columns: string[]; targetColumns: string[] };
}

export interface FunctionArg {
  name: string;
  type: string;
  /** i in, o out, b inout, v variadic, t table column. */
  mode: 'i' | 'o' | 'b' | 'v' | 't';
  hasDefault: boolean;
}

export interface FunctionInfo {
  name: string;
  volatility: 'i' | 's' | 'v';
  setof: boolean;
  /** Input arguments in declaration order. */
  args: FunctionArg[];
  variadic: boolean;
  returns:
    | { kind: 'void' }
    | { kind: 'scalar'; type: string; base: string }
    /** A composite: a table/view row type (relation set for embedding), a composite type, or OUT/TABLE parameters. */
    | { kind: 'composite'; columns: Column[]; relation: string | null }
    /** `returns record`/`setof record` without OUT parameters: not callable through the API. */
    | { kind: 'record' };
}

export interface SchemaCache {
  relations: Map<string, Relation>;
  relationships: Map<string, Relationship[]>;
  functions: Map<string, FunctionInfo[]>;
  generation: number;
}

interface RawColumn {
  name: string;
  type: string;
  base: string;
  category: string;
  nullable: boolean;
  hasDefault: boolean;
  generated: boolean;
}
interface RawRelation {
  name: string;
  kind: string;
  columns: RawColumn[];
  keys: { type: 'p' | 'u'; columns: string[] }[];
}
interface RawFk {
  name: string;
  table: string;
  target: string;
  columns: string[];
  targetColumns: string[];
}
interface RawViewColumn {
  view: string;
  column: string;
  table: string;
  tableColumn: string;
}
interface RawFunction {
  name: string;
  volatility: 'i' | 's' | 'v';
  setof: boolean;
  returnType: string;
  returnBase: string;
  returnTypeType: string;
  returnRelation: string | null;
  returnColumns: RawColumn[] | null;
  args: { name: string; type: string; mode: FunctionArg['mode'] }[];
  nargDefaults: number;
  variadic: boolean;
}

const COLUMN_JSON = `json_build_object(
  'name', a.attname,
  'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
  'base', coalesce(bt.typname, t.typname),
  'category', coalesce(bt.typcategory, t.typcategory),
  'nullable', not a.attnotnull,
  'hasDefault', a.atthasdef or a.attidentity <> '',
  'generated', a.attgenerated <> '')`;

const COLUMN_JOINS = `join pg_catalog.pg_type t on t.oid = a.atttypid
  left join pg_catalog.pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype`;

const ATTNAMES = (relCol: string, keyCol: string) =>
  `(select json_agg(a.attname order by k.ord) from unnest(${keyCol}) with ordinality k(attnum, ord)
     join pg_catalog.pg_attribute a on a.attrelid = ${relCol} and a.attnum = k.attnum)`;

/** A top-level target entry of a view's query tree: its column number, name and, for a plain column, its origin. */
const TARGET_ENTRY = String.raw`:resno (\d+) :resname ((?:[^ \\]|\\.)+) :ressortgroupref \d+ :resorigtbl (\d+) :resorigcol (\d+)`;
const UNESCAPE = String.raw`regexp_replace(m[2], '\\(.)', '\1', 'g')`;

/** Everything the REST layer needs to know about `public`, read in one statement. */
const SCHEMA_SQL = `
with rels as (
  select c.oid, c.relname, c.relkind from pg_catalog.pg_class c
  where c.relnamespace = '${SCHEMA}'::regnamespace and c.relkind in ('r', 'v', 'm', 'f', 'p')
),
cols as (
  select a.attrelid, json_agg(${COLUMN_JSON} order by a.attnum) as columns
  from pg_catalog.pg_attribute a join rels r on r.oid = a.attrelid ${COLUMN_JOINS}
  where a.attnum > 0 and not a.attisdropped
  group by a.attrelid
),
keys as (
  select con.conrelid, json_agg(json_build_object('type', con.contype, 'columns', ${ATTNAMES('con.conrelid', 'con.conkey')})) as keys
  from pg_catalog.pg_constraint con join rels r on r.oid = con.conrelid
  where con.contype in ('p', 'u')
  group by con.conrelid
)
select json_build_object(
  'relations', (
    select coalesce(json_agg(json_build_object('name', r.relname, 'kind', r.relkind,
      'columns', coalesce(c.columns, '[]'::json), 'keys', coalesce(k.keys, '[]'::json))), '[]'::json)
    from rels r left join cols c on c.attrelid = r.oid left join keys k on k.conrelid = r.oid),
  'fks', (
    select coalesce(json_agg(json_build_object('name', con.conname, 'table', cr.relname, 'target', fr.relname,
      'columns', ${ATTNAMES('con.conrelid', 'con.conkey')},
      'targetColumns', ${ATTNAMES('con.confrelid', 'con.confkey')}) order by con.conname), '[]'::json)
    from pg_catalog.pg_constraint con join rels cr on cr.oid = con.conrelid join rels fr on fr.oid = con.confrelid
    where con.contype = 'f'),
  'viewColumns', (
    -- Which view columns are plain copies of a table column, so views inherit their tables' foreign keys.
    select coalesce(json_agg(json_build_object('view', v.relname, 'column', a.attname, 'table', t.relname, 'tableColumn', ta.attname)), '[]'::json)
    from rels v
    join pg_catalog.pg_rewrite rw on rw.ev_class = v.oid and rw.rulename = '_RETURN'
    cross join lateral regexp_matches(rw.ev_action::text, '${TARGET_ENTRY}', 'g') m
    join pg_catalog.pg_attribute a on a.attrelid = v.oid and a.attnum = m[1]::int and a.attname = ${UNESCAPE}
    join rels t on t.oid = m[3]::oid
    join pg_catalog.pg_attribute ta on ta.attrelid = t.oid and ta.attnum = m[4]::int
    where v.relkind in ('v', 'm')),
  'functions', (
    select coalesce(json_agg(json_build_object(
      'name', p.proname,
      'volatility', p.provolatile,
      'setof', p.proretset,
      'returnType', pg_catalog.format_type(p.prorettype, null),
      'returnBase', coalesce(rbt.typname, rt.typname),
      'returnTypeType', rt.typtype,
      'returnRelation', (select rc.relname from pg_catalog.pg_class rc
                         where rc.oid = rt.typrelid and rc.relnamespace = '${SCHEMA}'::regnamespace and rc.relkind <> 'c'),
      'returnColumns', case when rt.typrelid <> 0 then (
          select json_agg(${COLUMN_JSON} order by a.attnum)
          from pg_catalog.pg_attribute a ${COLUMN_JOINS}
          where a.attrelid = rt.typrelid and a.attnum > 0 and not a.attisdropped) end,
      'args', coalesce((
          select json_agg(json_build_object(
            'name', coalesce(p.proargnames[i], ''),
            'type', pg_catalog.format_type(coalesce(p.proallargtypes[i], p.proargtypes[i - 1]), null),
            'mode', coalesce(p.proargmodes[i], 'i')) order by i)
          from generate_series(1, coalesce(array_length(p.proallargtypes, 1), p.pronargs)) i), '[]'::json),
      'nargDefaults', p.pronargdefaults,
      'variadic', p.provariadic <> 0) order by p.proname, p.oid), '[]'::json)
    from pg_catalog.pg_proc p
    join pg_catalog.pg_type rt on rt.oid = p.prorettype
    left join pg_catalog.pg_type rbt on rt.typtype = 'd' and rbt.oid = rt.typbasetype
    where p.pronamespace = '${SCHEMA}'::regnamespace and p.prokind = 'f'
      and rt.typname not in ('trigger', 'event_trigger', 'internal', 'language_handler', 'fdw_handler', 'index_am_handler', 'table_am_handler', 'tsm_handler'))
)::text as schema`;

let generation = 0;

export async function loadSchemaCache(db: Queryable): Promise<SchemaCache> {
  const r = await db.query<{ schema: string }>(SCHEMA_SQL);
  const raw = JSON.parse(r.rows[0]!.schema) as {
    relations: RawRelation[];
    fks: RawFk[];
    viewColumns: RawViewColumn[];
    functions: RawFunction[];
  };
  return buildSchemaCache(raw.relations, [...raw.fks, ...viewFks(raw.fks, raw.viewColumns)], raw.functions);
}

/**
 * Foreign keys as seen through views: a view that exposes all the columns of a
 * key (on either side) takes part in that relationship, as PostgREST infers.
 */
function viewFks(fks: RawFk[], viewColumns: RawViewColumn[]): RawFk[] {
  const byTable = new Map<string, RawViewColumn[]>();
  for (const vc of viewColumns) byTable.set(vc.table, [...(byTable.get(vc.table) ?? []), vc]);
  const exposures = (table: string, cols: string[]) => {
    const out = [{ name: table, cols }];
    const views = new Map<string, RawViewColumn[]>();
    for (const vc of byTable.get(table) ?? []) views.set(vc.view, [...(views.get(vc.view) ?? []), vc]);
    for (const [view, list] of views) {
      const mapped = cols.map((c) => list.find((vc) => vc.tableColumn === c)?.column);
      if (mapped.every((m): m is string => m !== undefined)) out.push({ name: view, cols: mapped });
    }
    return out;
  };
  const derived: RawFk[] = [];
  for (const fk of fks) {
    for (const s of exposures(fk.table, fk.columns)) {
      for (const t of exposures(fk.target, fk.targetColumns)) {
        if (s.name === fk.table && t.name === fk.target) continue;
        derived.push({ name: fk.name, table: s.name, columns: s.cols, target: t.name, targetColumns: t.cols });
      }
    }
  }
  return derived;
}

function toColumn(c: RawColumn): Column {
  return { ...c };
}

function buildSchemaCache(rawRels: RawRelation[], fks: RawFk[], rawFns: RawFunction[]): SchemaCache {
  const relations = new Map<string, Relation>();
  for (const r of rawRels) {
    const columns = r.columns.map(toColumn);
    relations.set(r.name, {
      name: r.name,
      kind: r.kind === 'r' || r.kind === 'p' || r.kind === 'f' ? 'table' : 'view',
      columns,
      columnMap: new Map(columns.map((c) => [c.name, c])),
      pk: r.keys.find((k) => k.type === 'p')?.columns ?? [],
      uniques: r.keys.map((k) => k.columns),
    });
  }
  const relationships = new Map<string, Relationship[]>();
  const add = (rel: Relationship) => {
    const list = relationships.get(rel.origin) ?? [];
    list.push(rel);
    relationships.set(rel.origin, list);
  };
  const isUnique = (table: string, cols: string[]) =>
    (relations.get(table)?.uniques ?? []).some((u) => u.length === cols.length && u.every((c) => cols.includes(c)));
  for (const fk of fks) {
    const childUnique = isUnique(fk.table, fk.columns);
    add({
      origin: fk.table,
      target: fk.target,
      cardinality: childUnique ? 'o2o' : 'm2o',
      constraint: fk.name,
      columns: fk.columns,
      targetColumns: fk.targetColumns,
    });
    add({
      origin: fk.target,
      target: fk.table,
      cardinality: childUnique ? 'o2o' : 'o2m',
      constraint: fk.name,
      columns: fk.targetColumns,
      targetColumns: fk.columns,
    });
  }
  // Many-to-many through a junction whose two foreign keys are part of its primary key.
  const fksByTable = new Map<string, RawFk[]>();
  for (const fk of fks) fksByTable.set(fk.table, [...(fksByTable.get(fk.table) ?? []), fk]);
  for (const [junction, list] of fksByTable) {
    const pk = relations.get(junction)?.pk ?? [];
    if (pk.length === 0) continue;
    for (const a of list) {
      for (const b of list) {
        if (a === b || ![...a.columns, ...b.columns].every((c) => pk.includes(c))) continue;
        add({
          origin: a.target,
          target: b.target,
          cardinality: 'm2m',
          constraint: a.name,
          columns: a.targetColumns,
          targetColumns: a.columns,
          junction: { table: junction, constraint: b.name, columns: b.columns, targetColumns: b.targetColumns },
        });
      }
    }
  }

  const functions = new Map<string, FunctionInfo[]>();
  for (const f of rawFns) {
    const info = toFunction(f);
    functions.set(f.name, [...(functions.get(f.name) ?? []), info]);
  }
  return { relations, relationships, functions, generation: ++generation };
}

function toFunction(f: RawFunction): FunctionInfo {
  const inputs = f.args.filter((a) => a.mode === 'i' || a.mode === 'b' || a.mode === 'v');
  const outputs = f.args.filter((a) => a.mode === 'o' || a.mode === 'b' || a.mode === 't');
  const args: FunctionArg[] = inputs.map((a, i) => ({ ...a, hasDefault: i >= inputs.length - f.nargDefaults }));
  let returns: FunctionInfo['returns'];
  if (f.returnType === 'void') returns = { kind: 'void' };
  else if (
    outputs.length > 0 &&
    (f.returnType === 'record' || outputs.length > 1 || outputs.some((o) => o.mode === 't'))
  ) {
    // OUT/INOUT/TABLE parameters describe the result columns (several OUT → record; TABLE → objects even for one column).
    returns = {
      kind: 'composite',
      relation: f.returnRelation,
      columns: f.returnColumns
        ? f.returnColumns.map(toColumn)
        : outputs.map((o) => ({
            name: o.name,
            type: o.type,
            base: '',
            category: '',
            nullable: true,
            hasDefault: false,
            generated: false,
          })),
    };
  } else if (f.returnColumns)
    returns = { kind: 'composite', relation: f.returnRelation, columns: f.returnColumns.map(toColumn) };
  else if (f.returnType === 'record') returns = { kind: 'record' };
  else returns = { kind: 'scalar', type: f.returnType, base: f.returnBase };
  return { name: f.name, volatility: f.volatility, setof: f.setof, args, variadic: f.variadic, returns };
}

/** The closest name by a simple similarity score (PostgREST's fuzzy "Perhaps you meant"), or null. */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const grams = (s: string) => {
    const padded = `-${s.toLowerCase()}-`;
    const out = new Set<string>();
    for (let i = 0; i < padded.length - 1; i++) out.add(padded.slice(i, i + 2));
    return out;
  };
  const g1 = grams(name);
  for (const c of candidates) {
    const g2 = grams(c);
    let common = 0;
    for (const g of g1) if (g2.has(g)) common++;
    const score = (2 * common) / (g1.size + g2.size);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return bestScore >= 0.6 ? best : null;
}
