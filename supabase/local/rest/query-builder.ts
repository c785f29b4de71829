/**
 * Read trees → SQL. Every response body is built by Postgres: to-one embeds are
 * `row_to_json` of a lateral subquery, to-many embeds `json_agg` of one, and the
 * top level one `json_agg` over the root rows, so one statement returns the
 * whole JSON text plus the counts.
 */
import { notEmbedded, notImplemented, relatedOrderNotToOne, undefinedColumn } from './errors';
import type { Field, Filter, LogicTree, OrderTerm } from './parser';
import type { Range } from './query-params';
import { FTS_OPS, SIMPLE_OPS } from './parser';
import type { EmbedNode, ReadNode } from './plan';
import type { Media } from './preferences';
import type { Column } from './schema-cache';
import { SCHEMA } from './schema-cache';
import { arrayLiteral, Params, qi } from './sql';

function column(node: ReadNode, name: string): Column {
  const c = node.source.columns.get(name);
  if (!c) throw undefinedColumn(node.source.label, name);
  return c;
}

function jsonPathSql(base: string, field: Field, p: Params): string {
  let e = base;
  for (const op of field.json) e += `${op.arrow}${op.index ? p.add(op.key, 'int4') : p.add(op.key, 'text')}`;
  return e;
}

export function fieldExpr(node: ReadNode, field: Field, p: Params): string {
  column(node, field.name);
  return jsonPathSql(`${qi(node.alias)}.${qi(field.name)}`, field, p);
}

/** The output name of a field: its alias, else the last JSON key, else the column name. */
function fieldName(field: Field, alias: string | undefined): string {
  if (alias !== undefined) return alias;
  const keys = field.json.filter((o) => !o.index);
  const last = field.json[field.json.length - 1];
  if (last && !last.index) return last.key;
  return keys.length ? keys[keys.length - 1]!.key : field.name;
}

const TEXT_OPS = new Set(['like', 'ilike', 'match', 'imatch']);

function isTextual(col: Column, field: Field): boolean {
  const last = field.json[field.json.length - 1];
  if (last) return last.arrow === '->>';
  return col.category === 'S';
}

export function filterSql(node: ReadNode, f: Filter, p: Params): string {
  const col = column(node, f.field.name);
  const lhs = fieldExpr(node, f.field, p);
  const op = f.operation;
  let sql: string;
  switch (op.kind) {
    case 'is':
      sql = `${lhs} IS ${op.value === 'not_null' ? 'NOT NULL' : op.value.toUpperCase()}`;
      break;
    case 'in':
      sql = op.values.length ? `${lhs} = ANY(${p.add(arrayLiteral(op.values))})` : 'FALSE';
      break;
    case 'fts': {
      const cfg = op.lang !== undefined ? `${p.add(op.lang, 'regconfig')}, ` : '';
      const vector = f.field.json.length === 0 && col.base === 'tsvector' ? lhs : `to_tsvector(${cfg}${lhs})`;
      sql = `${vector} @@ ${FTS_OPS[op.op]}(${cfg}${p.add(op.value)})`;
      break;
    }
    case 'op': {
      const value = op.op === 'like' || op.op === 'ilike' ? op.value.replace(/\*/g, '%') : op.value;
      const left = TEXT_OPS.has(op.op) && !isTextual(col, f.field) ? `${lhs}::text` : lhs;
      const rhs = p.add(value);
      sql = op.quant
        ? `${left} ${SIMPLE_OPS[op.op]} ${op.quant.toUpperCase()}(${rhs})`
        : `${left} ${SIMPLE_OPS[op.op]} ${rhs}`;
      break;
    }
  }
  return f.negate ? `NOT (${sql})` : sql;
}

export function logicSql(node: ReadNode, t: LogicTree, p: Params): string {
  if (t.type === 'filter') return filterSql(node, t.filter, p);
  const inner = t.children.map((c) => logicSql(node, c, p)).join(t.op === 'and' ? ' AND ' : ' OR ');
  return `${t.negate ? 'NOT ' : ''}(${inner})`;
}

/** WHERE conditions of a node from its own filters and or=/and= trees. */
export function conditions(node: ReadNode, p: Params): string[] {
  return [...node.filters.map((f) => filterSql(node, f, p)), ...node.logic.map((t) => logicSql(node, t, p))];
}

function orderSql(node: ReadNode, terms: OrderTerm[], p: Params, parts: Map<EmbedNode, NodeParts>): string {
  if (!terms.length) return '';
  const sql = terms.map((t) => {
    let expr: string;
    if (t.relation !== undefined) {
      const embed = node.embeds.find((e) => e.key === t.relation);
      if (!embed) throw notEmbedded(t.relation);
      if (!embed.toOne) throw relatedOrderNotToOne(node.source.label, t.relation);
      column(embed.node, t.field.name);
      if (embed.spread) expr = jsonPathSql(`${qi(embed.lateral)}.${qi(t.field.name)}`, t.field, p);
      else {
        const child = parts.get(embed)!;
        expr = `(SELECT ${fieldExpr(embed.node, t.field, p)} ${child.from}${whereSql(child.where)} LIMIT 1)`;
      }
    } else {
      expr = fieldExpr(node, t.field, p);
    }
    return `${expr}${t.dir ? ` ${t.dir.toUpperCase()}` : ''}${t.nulls ? ` NULLS ${t.nulls.toUpperCase()}` : ''}`;
  });
  return ` ORDER BY ${sql.join(', ')}`;
}

function rangeSql(range: Range | null, p: Params): string {
  if (!range) return '';
  return `${range.limit !== null ? ` LIMIT ${p.add(range.limit)}` : ''}${range.offset > 0 ? ` OFFSET ${p.add(range.offset)}` : ''}`;
}

/** Output column names of a node's select list (spread embeds, CSV header). */
export function outputNames(node: ReadNode): string[] {
  const names: string[] = [];
  for (const item of node.items) {
    if (item.type === 'star') names.push(...node.source.columns.keys());
    else if (item.type === 'field') names.push(fieldName(item.field, item.alias));
    else if (item.type === 'count') names.push(item.alias ?? 'count');
    else if (item.embed.spread) names.push(...outputNames(item.embed.node));
    else names.push(item.embed.key);
  }
  return names;
}

const whereSql = (conds: string[]) => (conds.length ? ` WHERE ${conds.join(' AND ')}` : '');

/** The pieces of a node's query; embedded nodes are built first so their SQL (and bind parameters) is shared. */
interface NodeParts {
  list: string;
  /** FROM item, junction join (many-to-many) and spread laterals. */
  from: string;
  /** Link to the parent, own filters, and EXISTS for inner / null-filtered embeds. */
  where: string[];
  groupBy: string[];
  /** ORDER BY and LIMIT/OFFSET. */
  tail: string;
}

/**
 * Embedded resources are scalar subqueries in the select list, so Postgres
 * evaluates them only for the rows that survive ORDER BY/LIMIT; `!inner` and
 * `embed=is.null` become EXISTS conditions. Spread to-one embeds are laterals.
 */
function buildParts(node: ReadNode, p: Params, link: { join?: string; where?: string[] }): NodeParts {
  const children = new Map<EmbedNode, NodeParts>();
  for (const embed of node.embeds) children.set(embed, buildParts(embed.node, p, linkToParent(node, embed)));
  const where = [...(link.where ?? []), ...conditions(node, p)];
  const laterals: string[] = [];
  const cols: string[] = [];
  const groupBy: string[] = [];
  const hasCount = node.items.some((i) => i.type === 'count');
  for (const embed of node.embeds) {
    const child = children.get(embed)!;
    const exists = `EXISTS (SELECT 1 ${child.from}${whereSql(child.where)})`;
    if (embed.spread) {
      const required = embed.join === 'inner' || embed.nullFilter === 'notnull';
      laterals.push(`${required ? 'INNER' : 'LEFT'} JOIN LATERAL (${assemble(child)}) AS ${qi(embed.lateral)} ON TRUE`);
      if (embed.nullFilter === 'null') where.push(`NOT ${exists}`);
    } else if (embed.join === 'inner' || embed.nullFilter === 'notnull') where.push(exists);
    else if (embed.nullFilter === 'null') where.push(`NOT ${exists}`);
  }
  for (const item of node.items) {
    switch (item.type) {
      case 'star':
        if (hasCount) throw notImplemented('count() cannot be combined with * ; list the grouping columns');
        cols.push(`${qi(node.alias)}.*`);
        break;
      case 'field': {
        let expr = fieldExpr(node, item.field, p);
        if (item.cast !== undefined) expr = `CAST(${expr} AS ${item.cast})`;
        groupBy.push(expr);
        const plain = item.alias === undefined && item.cast === undefined && item.field.json.length === 0;
        cols.push(plain ? expr : `${expr} AS ${qi(fieldName(item.field, item.alias))}`);
        break;
      }
      case 'count':
        cols.push(`count(*) AS ${qi(item.alias ?? 'count')}`);
        break;
      case 'embed': {
        if (hasCount) throw notImplemented('count() cannot be combined with embedded resources');
        const { embed } = item;
        const child = assemble(children.get(embed)!);
        if (embed.spread) for (const name of outputNames(embed.node)) cols.push(`${qi(embed.lateral)}.${qi(name)}`);
        else if (embed.toOne)
          // LIMIT 1: a relationship inferred through a view may not be unique on the target side.
          cols.push(`(SELECT row_to_json("pgrst_x") FROM (${child}) AS "pgrst_x" LIMIT 1) AS ${qi(embed.key)}`);
        else
          cols.push(
            `(SELECT coalesce(json_agg("pgrst_x"), '[]'::json) FROM (${child}) AS "pgrst_x") AS ${qi(embed.key)}`,
          );
        break;
      }
    }
  }
  return {
    list: cols.join(', '),
    from: `FROM ${node.source.from} AS ${qi(node.alias)}${link.join ?? ''}${laterals.length ? ` ${laterals.join(' ')}` : ''}`,
    where,
    groupBy: hasCount ? groupBy : [],
    tail: `${orderSql(node, node.order, p, children)}${rangeSql(node.range, p)}`,
  };
}

function assemble(parts: NodeParts): string {
  const group = parts.groupBy.length ? ` GROUP BY ${parts.groupBy.join(', ')}` : '';
  return `SELECT ${parts.list} ${parts.from}${whereSql(parts.where)}${group}${parts.tail}`;
}

export interface NodeSql {
  /** `SELECT … FROM … [WHERE] [GROUP BY] [ORDER BY] [LIMIT/OFFSET]` */
  query: string;
  /** FROM and WHERE without the select list: for counting. */
  countFrom: string;
}

export function nodeSql(node: ReadNode, p: Params): NodeSql {
  const parts = buildParts(node, p, {});
  return { query: assemble(parts), countFrom: `${parts.from}${whereSql(parts.where)}` };
}

/** How an embedded node is tied to its parent row: conditions (and for many-to-many the junction join). */
function linkToParent(parent: ReadNode, embed: EmbedNode): { join?: string; where: string[] } {
  const { rel, node } = embed;
  const c = qi(node.alias);
  const par = qi(parent.alias);
  if (rel.junction) {
    const j = qi(`${embed.lateral}_j`);
    const on = rel.junction.columns.map((col, i) => `${j}.${qi(col)} = ${c}.${qi(rel.junction!.targetColumns[i]!)}`);
    return {
      join: ` JOIN ${qi(SCHEMA)}.${qi(rel.junction.table)} AS ${j} ON ${on.join(' AND ')}`,
      where: rel.targetColumns.map((col, i) => `${j}.${qi(col)} = ${par}.${qi(rel.columns[i]!)}`),
    };
  }
  return { where: rel.targetColumns.map((col, i) => `${c}.${qi(col)} = ${par}.${qi(rel.columns[i]!)}`) };
}

export type BodyShape = 'rows' | 'scalars' | 'none';

/** text/csv as PostgREST writes it: a header line, then each row's record text without its parentheses. */
export function csvBody(root: ReadNode, p: Params): string {
  const header = p.add(
    outputNames(root)
      .map((n) => (/[",\s]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n))
      .join(','),
    'text',
  );
  const row = '"pgrst_t"::text';
  return `${header} || coalesce(chr(10) || string_agg(substring(${row}, 2, length(${row}) - 2), chr(10)), '')`;
}
/** The JSON text for the result rows (`pgrst_t`), shaped by the negotiated media type. */
export function bodyExpr(media: Media, shape: BodyShape, scalarColumn?: string): string {
  if (shape === 'none') return 'NULL::text';
  if (media.kind === 'csv') throw new Error('CSV bodies are built by csvBody');
  const value = shape === 'scalars' ? `"pgrst_t".${qi(scalarColumn!)}` : '"pgrst_t"';
  const agg = `json_agg(${value})`;
  if (media.kind === 'object') return media.stripNulls ? `json_strip_nulls(${agg}->0)::text` : `(${agg}->0)::text`;
  return media.stripNulls ? `coalesce(json_strip_nulls(${agg}), '[]')::text` : `coalesce(${agg}, '[]')::text`;
}

/**
 * The one statement of a read: `total` (when counting), `page` (rows in the body) and `body`.
 * `cte` is prepended as a WITH clause (mutations and function calls read from `pgrst_source`).
 */
export function readStatement(
  root: ReadNode,
  p: Params,
  options: { count: boolean; body: string; cte?: string },
): string {
  const ns = nodeSql(root, p);
  const total = options.count ? `(SELECT count(*) ${ns.countFrom})` : 'NULL::int8';
  return `${options.cte ? `WITH ${options.cte} ` : ''}SELECT ${total} AS total, count(*) AS page, ${options.body} AS body FROM (${ns.query}) AS "pgrst_t"`;
}
