/** /rpc/<fn>: overload resolution by argument names, and the call as a `pgrst_source` CTE. */
import { ambiguousFunction, noFunction } from './errors';
import type { Source } from './plan';
import type { Column, FunctionInfo, SchemaCache } from './schema-cache';
import { closestName, SCHEMA } from './schema-cache';
import { arrayLiteral, Params, qi } from './sql';

export interface ResolvedCall {
  fn: FunctionInfo;
  /** named: arguments by name from a JSON object; single: the whole body is the one json/jsonb argument. */
  mode: 'named' | 'single';
}

const isJsonType = (t: string) => t === 'json' || t === 'jsonb';

export function resolveFunction(
  cache: SchemaCache,
  name: string,
  keys: string[],
  options: { singleObject: boolean; post: boolean },
): ResolvedCall {
  const candidates = (cache.functions.get(name) ?? []).filter((f) => f.returns.kind !== 'record');
  if (options.singleObject) {
    const single = candidates.filter((f) => f.args.length === 1 && isJsonType(f.args[0]!.type));
    if (single.length === 1) return { fn: single[0]!, mode: 'single' };
  }
  const matches = candidates.filter((f) => {
    const names = new Set(f.args.map((a) => a.name));
    return keys.every((k) => names.has(k)) && f.args.every((a) => a.hasDefault || keys.includes(a.name));
  });
  if (matches.length === 1) return { fn: matches[0]!, mode: 'named' };
  if (matches.length > 1) {
    const exact = matches.filter((f) => f.args.length === keys.length);
    if (exact.length === 1) return { fn: exact[0]!, mode: 'named' };
    throw ambiguousFunction(
      matches.map((f) => `public.${f.name}(${f.args.map((a) => `${a.name} => ${a.type}`).join(', ')})`),
    );
  }
  if (options.post) {
    // A function with one unnamed json/jsonb parameter receives the whole body.
    const unnamed = candidates.filter(
      (f) => f.args.length === 1 && f.args[0]!.name === '' && isJsonType(f.args[0]!.type),
    );
    if (unnamed.length === 1) return { fn: unnamed[0]!, mode: 'single' };
  }
  const suggestion = candidates.length ? null : closestName(name, [...cache.functions.keys()]);
  throw noFunction(name, keys, suggestion);
}

export interface CallSql {
  /** The WITH item defining `pgrst_source` (set-returning and composite functions). */
  cte: string | null;
  /** For scalar and void functions: the whole statement. */
  scalar: string | null;
  source: Source | null;
  /** setof scalar: the single column the rows are made of. */
  scalarColumn: string | null;
}

/**
 * Builds the call. JSON arguments (POST) are typed by `jsonb_to_record` against the
 * declared parameter types, so JSON arrays, objects and strings coerce as Postgres
 * does; text arguments (GET) go through each type's input function, as literals would.
 */
export function callSql(
  call: ResolvedCall,
  args: Record<string, unknown>,
  rawBody: string | null,
  p: Params,
  textArgs = false,
): CallSql {
  const { fn } = call;
  const fname = `${qi(SCHEMA)}.${qi(fn.name)}`;
  let from = '';
  let invocation: string;
  if (call.mode === 'single') {
    invocation = `${fname}(${p.add(rawBody ?? JSON.stringify(args), fn.args[0]!.type)})`;
  } else if (textArgs) {
    const provided = fn.args.filter((a) => a.name in args);
    invocation = `${fname}(${provided.map((a) => `${a.mode === 'v' ? 'VARIADIC ' : ''}${qi(a.name)} := ${p.add(args[a.name], a.type)}`).join(', ')})`;
  } else {
    const provided = fn.args.filter((a) => a.name in args);
    if (provided.length) {
      const defs = provided.map((a) => `${qi(a.name)} ${a.type}`).join(', ');
      from = ` FROM jsonb_to_record(${p.add(JSON.stringify(args), 'jsonb')}) AS "pgrst_args"(${defs})`;
    }
    invocation = `${fname}(${provided.map((a) => `${a.mode === 'v' ? 'VARIADIC ' : ''}${qi(a.name)} := "pgrst_args".${qi(a.name)}`).join(', ')})`;
  }
  const r = fn.returns;
  if (r.kind === 'void')
    return { cte: null, scalar: `SELECT ${invocation} AS "pgrst_void"${from}`, source: null, scalarColumn: null };
  if (r.kind === 'scalar' && !fn.setof) {
    return {
      cte: null,
      scalar: `SELECT to_json(${invocation})::text AS body${from}`,
      source: null,
      scalarColumn: null,
    };
  }
  const fromItem = from ? `${from}, LATERAL ${invocation}` : ` FROM ${invocation}`;
  if (r.kind === 'scalar') {
    const col: Column = {
      name: fn.name,
      type: r.type,
      base: r.base,
      category: '',
      nullable: true,
      hasDefault: false,
      generated: false,
    };
    return {
      cte: `"pgrst_source" AS MATERIALIZED (SELECT "pgrst_call".*${fromItem} AS "pgrst_call"(${qi(fn.name)}))`,
      scalar: null,
      source: { from: '"pgrst_source"', label: fn.name, columns: new Map([[fn.name, col]]), relation: null },
      scalarColumn: fn.name,
    };
  }
  const columns = r.kind === 'composite' ? r.columns : [];
  return {
    cte: `"pgrst_source" AS MATERIALIZED (SELECT "pgrst_call".*${fromItem} AS "pgrst_call")`,
    scalar: null,
    source: {
      from: '"pgrst_source"',
      label: fn.name,
      columns: new Map(columns.map((c) => [c.name, c])),
      relation: r.kind === 'composite' ? r.relation : null,
    },
    scalarColumn: null,
  };
}

/** Text arguments from GET query parameters; a variadic parameter repeated in the query becomes an array literal. */
export function argsFromParams(fn: FunctionInfo, params: [string, string][]): Record<string, string> {
  const out: Record<string, string> = {};
  const variadic = fn.args.find((a) => a.mode === 'v')?.name;
  const repeated: string[] = [];
  for (const [k, v] of params) {
    if (k === variadic) repeated.push(v);
    else out[k] = v;
  }
  if (variadic !== undefined && repeated.length) {
    out[variadic] = repeated.length === 1 && repeated[0]!.startsWith('{') ? repeated[0]! : arrayLiteral(repeated);
  }
  return out;
}
