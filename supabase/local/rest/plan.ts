/**
 * Resolves a parsed request against the schema cache: which relation each
 * embedded resource is, through which foreign key, and where each filter,
 * order and range applies.
 */
import { embedFanOut, noRelationship, notEmbedded, notImplemented, PgrstError, unacceptableFilter } from './errors';
import type { Filter, LogicTree, OrderTerm, SelectItem } from './parser';
import type { ParsedQuery, Range } from './query-params';
import type { Column, Relationship, SchemaCache } from './schema-cache';
import { SCHEMA } from './schema-cache';
import { qi } from './sql';

/** What a read node selects from: a table/view, or a CTE (mutation results, function results). */
export interface Source {
  /** SQL for the FROM item, already quoted. */
  from: string;
  /** Name used in messages (`column x.y does not exist`). */
  label: string;
  columns: Map<string, Column>;
  /** The relation whose relationships can be embedded, if any. */
  relation: string | null;
}

export type PlannedItem =
  | { type: 'star' }
  | { type: 'field'; field: Filter['field']; alias?: string; cast?: string }
  | { type: 'count'; alias?: string }
  | { type: 'embed'; embed: EmbedNode };

export interface ReadNode {
  source: Source;
  alias: string;
  items: PlannedItem[];
  embeds: EmbedNode[];
  filters: Filter[];
  logic: LogicTree[];
  order: OrderTerm[];
  range: Range | null;
}

export interface EmbedNode {
  /** The key in the output object (alias, or the name as written). */
  key: string;
  rel: Relationship;
  node: ReadNode;
  join: 'left' | 'inner';
  spread: boolean;
  toOne: boolean;
  /** `embed=is.null` / `embed=not.is.null` filters on the embedded resource itself. */
  nullFilter?: 'null' | 'notnull';
  /** SQL alias of the lateral subquery. */
  lateral: string;
}

export class AliasGen {
  private n = 0;
  next(): string {
    return `pgrst_${this.n++}`;
  }
}

export function tableSource(cache: SchemaCache, name: string): Source {
  const rel = cache.relations.get(name)!;
  return { from: `${qi(SCHEMA)}.${qi(rel.name)}`, label: rel.name, columns: rel.columnMap, relation: rel.name };
}

/** The relationship for `origin → name!hint`, or PGRST200/PGRST201. */
export function findRelationship(
  cache: SchemaCache,
  origin: string,
  name: string,
  hint: string | undefined,
): Relationship {
  const all = cache.relationships.get(origin) ?? [];
  const single = (cols: string[], c: string) => cols.length === 1 && cols[0] === c;
  let found = all.filter(
    (r) =>
      r.target === name ||
      (r.cardinality !== 'm2m' && r.constraint === name) ||
      ((r.cardinality === 'm2o' || r.cardinality === 'o2o') && single(r.columns, name) && r.junction === undefined),
  );
  if (hint !== undefined) {
    found = found.filter((r) =>
      r.junction
        ? r.junction.table === hint
        : r.constraint === hint || single(r.columns, hint) || single(r.targetColumns, hint),
    );
  }
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw noRelationship(origin, name, hint);
  // Self-references: `parent!fk_col` reaches both directions; prefer the many-to-one one PostgREST picks.
  const m2o = found.filter((r) => r.cardinality === 'm2o' && hint !== undefined && single(r.columns, hint));
  if (m2o.length === 1) return m2o[0]!;
  throw ambiguousEmbedding(origin, name, found);
}

function ambiguousEmbedding(origin: string, name: string, rels: Relationship[]): PgrstError {
  const fmt = (cols: string[]) => `(${cols.join(', ')})`;
  const card = { m2o: 'many-to-one', o2m: 'one-to-many', o2o: 'one-to-one', m2m: 'many-to-many' } as const;
  const details = rels.map((r) => ({
    cardinality: card[r.cardinality],
    embedding: `${origin} with ${r.target}`,
    relationship: r.junction
      ? `${r.junction.table} using ${r.constraint}${fmt(r.targetColumns)} and ${r.junction.constraint}${fmt(r.junction.columns)}`
      : `${r.constraint} using ${origin}${fmt(r.columns)} and ${r.target}${fmt(r.targetColumns)}`,
  }));
  const hints = rels.map((r) => `'${r.target}!${r.junction ? r.junction.table : r.constraint}'`).join(', ');
  return new PgrstError(
    300,
    'PGRST201',
    `Could not embed because more than one relationship was found for '${origin}' and '${name}'`,
    JSON.stringify(details),
    `Try changing '${name}' to one of the following: ${hints}. Find the desired relationship in the 'details' key.`,
  );
}

/**
 * To-many embeds multiply rows, and PGlite has no statement timeout: a request like
 * plans(measures(plans(measures(…)))) 31 levels deep ran for 20 s and ended out of memory.
 * Along one path, at most this many to-many embeds may nest, and none may return to a table
 * already on the path as a to-many target (or the root): hierarchies stay possible
 * (plans → plan_indicators → measures → evidence), cycles that fan out again do not.
 */
export const MAX_TO_MANY_NESTING = 3;

interface PathState {
  toMany: number;
  /** The root table and every to-many target above this node. */
  visited: Set<string>;
}

function buildNode(
  cache: SchemaCache,
  source: Source,
  select: SelectItem[],
  aliases: AliasGen,
  path: PathState = { toMany: 0, visited: new Set(source.relation ? [source.relation] : []) },
): ReadNode {
  const node: ReadNode = {
    source,
    alias: aliases.next(),
    items: [],
    embeds: [],
    filters: [],
    logic: [],
    order: [],
    range: null,
  };
  for (const item of select) {
    if (
      item.type === 'field' &&
      item.field.name === 'count' &&
      !item.field.json.length &&
      !item.cast &&
      !source.columns.has('count')
    ) {
      // `children(count)`: the number of embedded rows.
      node.items.push({ type: 'count', ...(item.alias !== undefined ? { alias: item.alias } : {}) });
      continue;
    }
    if (item.type !== 'embed') {
      node.items.push(item);
      continue;
    }
    if (source.relation === null) throw noRelationship(source.label, item.name, item.hint);
    const rel = findRelationship(cache, source.relation, item.name, item.hint);
    const target = cache.relations.get(rel.target)!;
    const toOne = rel.cardinality === 'm2o' || rel.cardinality === 'o2o';
    let childPath = path;
    if (!toOne) {
      if (path.toMany >= MAX_TO_MANY_NESTING)
        throw embedFanOut(item.name, `at most ${MAX_TO_MANY_NESTING} to-many embedded resources can be nested`);
      if (path.visited.has(target.name))
        throw embedFanOut(
          item.name,
          `'${target.name}' is already embedded as a to-many resource above it (or is the resource requested)`,
        );
      childPath = { toMany: path.toMany + 1, visited: new Set([...path.visited, target.name]) };
    }
    const child = buildNode(
      cache,
      {
        from: `${qi(SCHEMA)}.${qi(target.name)}`,
        label: target.name,
        columns: target.columnMap,
        relation: target.name,
      },
      item.select,
      aliases,
      childPath,
    );
    if (item.spread && !toOne) throw notImplemented('Spreading a to-many embedded resource is not supported');
    const embed: EmbedNode = {
      key: item.alias ?? item.name,
      rel,
      node: child,
      join: item.join ?? 'left',
      spread: item.spread,
      toOne,
      lateral: aliases.next(),
    };
    node.embeds.push(embed);
    // An empty embed `rel()` only filters (with !inner or rel=is.null); it is left out of the output.
    if (item.select.length) node.items.push({ type: 'embed', embed });
  }
  return node;
}

function findNode(root: ReadNode, path: string): ReadNode {
  if (path === '') return root;
  let node = root;
  for (const seg of path.split('.')) {
    const next = node.embeds.find((e) => e.key === seg);
    if (!next) throw notEmbedded(seg);
    node = next.node;
  }
  return node;
}

/** Builds the read tree for `source` from select=, then hangs filters, logic, order and ranges on their nodes. */
export function planRead(
  cache: SchemaCache,
  source: Source,
  query: ParsedQuery,
  aliases: AliasGen,
  options: { filtersOnRoot?: boolean } = {},
): ReadNode {
  const root = buildNode(cache, source, query.select, aliases);
  for (const { path, filter } of query.filters) {
    if (path === '' && options.filtersOnRoot === false) continue;
    const node = findNode(root, path);
    const embed = filter.field.json.length === 0 ? node.embeds.find((e) => e.key === filter.field.name) : undefined;
    if (embed && !node.source.columns.has(filter.field.name)) {
      // `embed=is.null` / `embed=not.is.null`: keep or drop parents by the embedded resource.
      const op = filter.operation;
      if (op.kind !== 'is' || (op.value !== 'null' && op.value !== 'not_null')) throw unacceptableFilter(embed.key);
      embed.nullFilter = (op.value === 'null') !== filter.negate ? 'null' : 'notnull';
      continue;
    }
    node.filters.push(filter);
  }
  for (const { path, tree } of query.logic) {
    if (path === '' && options.filtersOnRoot === false) continue;
    findNode(root, path).logic.push(tree);
  }
  for (const { path, terms } of query.order) findNode(root, path).order.push(...terms);
  for (const [path, range] of query.ranges) {
    if (path !== '') findNode(root, path).range = range;
  }
  return root;
}
