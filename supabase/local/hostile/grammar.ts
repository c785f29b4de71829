/**
 * Hostile request generator for /rest/v1: grammar-based (select trees with deep embeds, nested
 * or=/and= trees, every operator, order, limits, ranges, Prefer, Accept and profile headers, JSON,
 * CSV and form bodies) and plain random (bytes in paths, names and values, wrong content types,
 * unknown methods). Deterministic for a seed.
 */
import type { SchemaCache } from '../rest/schema-cache';

export class Rng {
  constructor(private state: number) {}
  next(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

export interface FuzzRequest {
  kind: string;
  method: string;
  /** Path and query, already encoded (starts with /rest/v1). */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The table whose rows a 2xx answer may hold (for the count check). */
  table?: string;
}

export const NASTY_VALUES = [
  "'",
  "''",
  '"',
  '\\',
  '\\\\"',
  "'; drop table public.measures; --",
  "1'; set role postgres; --",
  "'); select set_config('role','postgres',false); --",
  '1 or 1=1',
  ') or (1=1',
  '%',
  '_',
  '*',
  '\u0000',
  'a\u0000b',
  'ก่อสร้างอาคาร',
  'มาตรการ%',
  '🙂🙃',
  '\u202eevil',
  '\ud800',
  'null',
  'NULL',
  'true',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999999',
  '2022-13-45',
  '2565-10-01',
  'infinity',
  '0x41',
  '$1',
  '$$',
  "E'\\x00'",
  '(',
  ')',
  ',',
  '.',
  '..',
  'a.b',
  '{}',
  '[]',
  '{"a":1}',
  '{1,2}',
  '[1,2)',
  '(1,2)',
  'current_user',
  "pg_read_file('/etc/passwd')",
  'not.eq.1',
  'eq.1',
  'in.(1,2)',
  '\r\nX-Injected: 1',
  '00000000-0000-4000-8000-000000000000',
  '10000000-0000-4000-8000-000000000002',
  '20000000-0000-4000-8000-000000000103',
  '30000000-0000-4000-8000-000000000101',
  // Deep nesting for Postgres's recursive parsers (regex, jsonb, tsquery).
  '('.repeat(5000) + ')'.repeat(5000),
  '['.repeat(7000) + ']'.repeat(7000),
  '{"a":'.repeat(2500) + '1' + '}'.repeat(2500),
];

const INJECTED_COLUMNS = [
  'id;select 1',
  'id)',
  'id--',
  'id/*',
  'pg_catalog.pg_authid',
  'password',
  'encrypted_password',
  'ctid',
  'xmin',
  'oid',
  'tableoid',
  'id::text',
  'id->>x',
  'id->0',
  'title::int',
  'ชื่อ',
  'no_such_column',
  '"quoted"',
  '"a""b"',
  'a b',
  '$1',
  'count()',
  'sum(id)',
  'row_to_json',
  'current_setting(role)',
];

export const OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'match',
  'imatch',
  'cs',
  'cd',
  'ov',
  'sl',
  'sr',
  'nxr',
  'nxl',
  'adj',
  'isdistinct',
  'fts',
  'plfts',
  'phfts',
  'wfts',
  'fts(english)',
  'fts(thai)',
  'fts(x;y)',
  'in',
  'is',
  'eq(any)',
  'like(all)',
  'gte(any)',
  'xx',
  '',
];

const ACCEPTS = [
  'application/json',
  'application/vnd.pgrst.object+json',
  'application/vnd.pgrst.object+json;nulls=stripped',
  'application/vnd.pgrst.array+json;nulls=stripped',
  'text/csv',
  '*/*',
  'application/geo+json',
  'application/vnd.pgrst.plan+json',
  'application/vnd.pgrst.plan+json;for="application/json";options=analyze|verbose',
  'text/html',
  'application/octet-stream',
  'garbage',
  '',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/csv',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/vnd.pgrst.object+json',
  'application/octet-stream',
  '',
  'application/json; charset=latin1',
];

const PREFERS = [
  'return=representation',
  'return=minimal',
  'return=headers-only',
  'count=exact',
  'count=planned',
  'count=estimated',
  'resolution=merge-duplicates',
  'resolution=ignore-duplicates',
  'missing=default',
  'handling=strict',
  'handling=lenient',
  'max-affected=1',
  'params=single-object',
  'tx=commit',
  'timezone=Asia/Bangkok',
  'timezone=garbage',
  'unknown=1',
  'return=representation, return=minimal',
];

const PROFILES = [
  'public',
  'private',
  'auth',
  'storage',
  'pg_catalog',
  'information_schema',
  'local_stack',
  '',
  'Public',
];

const RANGES = ['0-9', '10-', '-5', 'abc', '9-0', '0-99999999999999999999', 'items=0-1', '0-0', '1000000-1000001'];

const LIMITS = [
  '0',
  '1',
  '3',
  '1000',
  '2147483648',
  '9007199254740993',
  '1e20',
  '-1',
  'abc',
  '1.5',
  '',
  '0x10',
  '99999999999999999999',
];

const FUNCTIONS_EXTRA = [
  'set_config',
  'pg_sleep',
  'current_setting',
  'pg_read_file',
  'version',
  'private.current_org_id',
  'auth.uid',
  'lo_import',
  'dblink',
  'pg_terminate_backend',
  'no_such_function',
];

function randomString(rng: Rng, max = 40): string {
  const n = rng.int(max) + 1;
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.6) s += String.fromCharCode(0x20 + rng.int(95));
    else if (r < 0.8)
      s += String.fromCharCode(0x0e01 + rng.int(0x5a)); // Thai
    else if (r < 0.9)
      s += String.fromCharCode(rng.int(0x20)); // control
    else s += String.fromCodePoint(0x80 + rng.int(0x10000 - 0x80));
  }
  return s;
}

/** A value for a filter or a body field. */
export function value(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return rng.pick(NASTY_VALUES);
  if (r < 0.75) return randomString(rng);
  if (r < 0.85) return String(rng.int(1000) - 100);
  if (r < 0.93) return (rng.chance(0.5) ? 'A' : 'ก').repeat(1000 + rng.int(4000));
  return rng.pick(NASTY_VALUES) + randomString(rng, 10);
}

/** Encodes a query-string component, sometimes leaving reserved characters raw (as hostile clients do). */
function enc(rng: Rng, s: string): string {
  // A lone surrogate cannot be encoded as UTF-8: send invalid UTF-8 bytes in its place instead.
  const parts = s.split(/(?:[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/);
  const bad = () => rng.pick(['%ED%A0%80', '%FF', '%C0%AF', '%E0%B8']);
  if (rng.chance(0.15)) {
    // eslint-disable-next-line no-control-regex -- control characters are what gets percent-encoded here
    return parts.map((p) => p.replace(/[#&\s%\u0000-\u001f]/g, (c) => encodeURIComponent(c))).join(bad());
  }
  return parts.map((p) => encodeURIComponent(p)).join(bad());
}

export class Grammar {
  readonly tables: string[];
  readonly functions: string[];
  /** Real row ids of every department and organisation: filters aim at rows the caller may not see. */
  ids: string[] = [];
  /** Plausible mode: real columns and relationships, typed values (the oracle gets rows to judge). */
  private plausible = false;

  constructor(
    private readonly cache: SchemaCache,
    private readonly rng: Rng,
  ) {
    this.tables = [...cache.relations.keys()].sort();
    this.functions = [...cache.functions.keys()].sort();
  }

  private columns(table: string): string[] {
    return this.cache.relations.get(table)?.columns.map((c) => c.name) ?? [];
  }

  private column(table: string): string {
    const cols = this.columns(table);
    if (cols.length === 0 || (!this.plausible && this.rng.chance(0.12))) return this.rng.pick(INJECTED_COLUMNS);
    return this.rng.pick(cols);
  }

  /** A value that fits the column's type (plausible mode), often a real id from anywhere. */
  private typedValue(table: string, column: string): string {
    const rng = this.rng;
    const col = this.cache.relations.get(table)?.columnMap.get(column);
    if (!col || rng.chance(0.1)) return value(rng);
    if (col.base === 'uuid') return this.ids.length ? rng.pick(this.ids) : '00000000-0000-4000-8000-000000000000';
    if (col.category === 'N') return String(rng.int(120) - 10);
    if (col.base === 'bool') return rng.pick(['true', 'false']);
    if (col.category === 'D') return rng.pick(['2022-01-01', '2021-10-01', '2023-09-30', '2022-06-15T00:00:00+07:00']);
    if (column === 'status')
      return rng.pick(['not_started', 'in_progress', 'submitted', 'approved', 'returned', 'cancelled']);
    if (column === 'role') return rng.pick(['admin', 'director', 'head', 'staff']);
    return rng.chance(0.5) ? `*${rng.pick(['ก', 'การ', 'a', 'e', ''])}*` : rng.pick(NASTY_VALUES);
  }

  private targets(table: string): string[] {
    return (this.cache.relationships.get(table) ?? []).map((r) => r.target);
  }

  private key(table: string): string[] {
    const rel = this.cache.relations.get(table);
    if (!rel) return ['id'];
    if (rel.columnMap.has('id')) return ['id'];
    return rel.pk.length ? rel.pk : [];
  }

  /** A select list; explicit lists always carry the row key, so the oracle can identify every row. */
  select(table: string, depth: number): string {
    const rng = this.rng;
    const items: string[] = [];
    if (rng.chance(0.3)) items.push('*');
    else items.push(...this.key(table));
    const n = rng.int(4);
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      const col = this.column(table);
      if (this.plausible || r < 0.5) items.push(col);
      else if (r < 0.6) items.push(`a_${i}:${col}`);
      else if (r < 0.7)
        items.push(`${col}::${rng.pick(['text', 'int', 'json', 'uuid', 'date', 'x;y', 'pg_catalog.text'])}`);
      else if (r < 0.8)
        items.push(`a_j${i}:${col}->${rng.pick(['title', '0', "'x'", 'a->b'])}->>${rng.pick(['name', '1', 'x y'])}`);
      else if (r < 0.85) items.push('count()');
      else items.push(`${col}.${rng.pick(['sum()', 'avg()', 'max()', 'min()', 'count()', 'drop()'])}`);
    }
    const embeds = depth < 7 ? rng.int(depth === 0 ? 3 : 2) : 0;
    for (let i = 0; i < embeds; i++) {
      const known = this.targets(table);
      const target =
        known.length && (this.plausible || rng.chance(0.85))
          ? rng.pick(known)
          : rng.pick([...this.tables, 'no_such', 'pg_authid']);
      const hint =
        !this.plausible && rng.chance(0.2)
          ? `!${rng.pick(['inner', 'left', 'fk', `${table}_${target}_fkey`, 'department_id'])}`
          : '';
      const spread = rng.chance(0.1) ? '...' : '';
      const alias = rng.chance(0.2) ? `e_${depth}_${i}:` : '';
      items.push(`${spread}${spread ? '' : alias}${target}${hint}(${this.select(target, depth + 1)})`);
    }
    return items.join(',');
  }

  private operand(): string {
    if (this.plausible) return this.rng.pick(['eq', 'eq', 'neq', 'in', 'in', 'is', 'gt', 'lt', 'like', 'ilike']);
    return this.rng.pick(OPERATORS);
  }

  private filterValue(op: string, table?: string, column?: string): string {
    const rng = this.rng;
    if (this.plausible && table && column) {
      if (op === 'in')
        return `(${Array.from({ length: rng.int(4) + 1 }, () => this.typedValue(table, column)).join(',')})`;
      if (op !== 'is') return this.typedValue(table, column);
    }
    if (op === 'in') {
      return `(${Array.from({ length: rng.int(5) + 1 }, () => (rng.chance(0.3) ? `"${value(rng)}"` : value(rng))).join(',')})`;
    }
    if (op === 'is') return rng.pick(['null', 'not_null', 'true', 'false', 'unknown', 'maybe', '']);
    return value(rng);
  }

  /** `col.op.value` (optionally negated) as used inside or=(…). */
  private condition(table: string): string {
    const op = this.operand();
    const not = this.rng.chance(0.2) ? 'not.' : '';
    const column = this.column(table);
    return `${column}.${not}${op}.${this.filterValue(op, table, column)}`;
  }

  logic(table: string, depth: number): string {
    const rng = this.rng;
    const n = rng.int(4) + 1;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      if (depth < 40 && rng.chance(depth < 3 ? 0.35 : 0.15)) {
        parts.push(`${rng.chance(0.2) ? 'not.' : ''}${rng.pick(['or', 'and'])}${this.logic(table, depth + 1)}`);
      } else parts.push(this.condition(table));
    }
    return `(${parts.join(',')})`;
  }

  /** A logic tree nested `levels` deep (past the parser's limit of 32 when asked). */
  deepLogic(table: string, levels: number): string {
    let s = `${this.key(table)[0] ?? 'id'}.eq.1`;
    for (let i = 0; i < levels; i++) s = `or(${s},${this.condition(table)})`;
    return `(${s})`;
  }

  private order(table: string): string {
    const rng = this.rng;
    return Array.from({ length: rng.int(3) + 1 }, () => {
      const t = this.targets(table);
      const col = t.length && rng.chance(0.15) ? `${rng.pick(t)}(${this.column(rng.pick(t))})` : this.column(table);
      return `${col}${rng.pick(['', '.asc', '.desc', '.nullsfirst', '.desc.nullslast', '.sideways', '.asc.asc'])}`;
    }).join(',');
  }

  private headers(method: string): Record<string, string> {
    const rng = this.rng;
    const h: Record<string, string> = {};
    if (rng.chance(0.5)) h.accept = rng.pick(ACCEPTS);
    if (rng.chance(0.4)) {
      h.prefer = Array.from({ length: rng.int(3) + 1 }, () => rng.pick(PREFERS)).join(', ');
    }
    if (rng.chance(0.08))
      h[method === 'GET' || method === 'HEAD' ? 'accept-profile' : 'content-profile'] = rng.pick(PROFILES);
    if (rng.chance(0.1) && method === 'GET') h.range = rng.pick(RANGES);
    return h;
  }

  /** The table a request goes to: mostly known ones, sometimes a hostile name. */
  private table(): string {
    if (this.rng.chance(0.06)) {
      return this.rng.pick([
        'pg_authid',
        'pg_catalog.pg_authid',
        'auth.users',
        'users',
        'private.current_org_id',
        'storage.objects',
        'local_stack.migrations',
        'measures;select 1',
        'measures"',
        'ตาราง',
        '%00',
        '',
        'measures/extra',
      ]);
    }
    return this.rng.pick(this.tables);
  }

  private query(table: string, forRead: boolean): string[] {
    const rng = this.rng;
    const q: string[] = [];
    if (forRead || rng.chance(0.3)) q.push(`select=${enc(rng, this.select(table, 0))}`);
    const filters = rng.int(4);
    for (let i = 0; i < filters; i++) {
      const op = this.operand();
      const not = rng.chance(0.15) ? 'not.' : '';
      const column = this.column(table);
      q.push(`${enc(rng, column)}=${enc(rng, `${not}${op}.${this.filterValue(op, table, column)}`)}`);
    }
    if (rng.chance(0.35)) q.push(`${rng.pick(['or', 'and', 'not.or', 'not.and'])}=${enc(rng, this.logic(table, 0))}`);
    if (rng.chance(0.05)) q.push(`or=${enc(rng, this.deepLogic(table, rng.pick([5, 20, 31, 33, 60, 200])))}`);
    if (rng.chance(0.15)) {
      const t = this.targets(table);
      if (t.length) q.push(`${rng.pick(t)}.or=${enc(rng, this.logic(table, 0))}`);
    }
    if (rng.chance(0.3)) q.push(`order=${enc(rng, this.order(table))}`);
    if (rng.chance(0.3)) q.push(`limit=${enc(rng, rng.pick(LIMITS))}`);
    if (rng.chance(0.2)) q.push(`offset=${enc(rng, rng.pick(LIMITS))}`);
    if (rng.chance(0.05)) q.push(`columns=${enc(rng, Array.from({ length: 3 }, () => this.column(table)).join(','))}`);
    if (rng.chance(0.05)) q.push(`on_conflict=${enc(rng, this.column(table))}`);
    return q;
  }

  /** A JSON body: an object or array of objects with real and hostile keys and values, or broken JSON. */
  private jsonBody(table: string): string {
    const rng = this.rng;
    const r = rng.next();
    if (r < 0.12) {
      return rng.pick([
        '{',
        '{"a":}',
        'null',
        '1',
        '"str"',
        '[1,2]',
        '[]',
        '{}',
        '\ufeff{"title":"x"}',
        '{"title":"x"}{"title":"y"}',
        '[{"title":"x"},{"other":"y"}]',
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"x":1}}}',
        '',
        ' ',
        '\u0000',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"title":${'['.repeat(3000)}1${']'.repeat(3000)}}`,
        `{"detail":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}`,
        `{"snapshot":${'['.repeat(10000)}${']'.repeat(10000)}}`,
        `{"payload":${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}}`,
        '{"title":"\\ud800"}',
        '{"title":"\\u0000"}',
        '{"percent_complete":1e400}',
        '{"percent_complete":-0}',
        '{"version":99999999999999999999}',
        JSON.stringify({ title: 'x'.repeat(200_000) }),
      ]);
    }
    const row = (): Record<string, unknown> => {
      const o: Record<string, unknown> = {};
      const n = rng.int(5) + 1;
      for (let i = 0; i < n; i++) {
        const k = this.column(table);
        const v = rng.next();
        o[k] =
          v < 0.5
            ? value(rng)
            : v < 0.6
              ? rng.int(1e6) - 1000
              : v < 0.65
                ? rng.chance(0.5)
                : v < 0.7
                  ? null
                  : v < 0.8
                    ? { nested: value(rng), arr: [1, 'two', null] }
                    : v < 0.85
                      ? [value(rng), value(rng)]
                      : v < 0.9
                        ? 1e300
                        : rng.pick(['service_role', 'postgres', 'admin', 'approved', 'submitted']);
      }
      return o;
    };
    if (rng.chance(0.25)) return JSON.stringify(Array.from({ length: rng.int(30) + 1 }, row));
    return JSON.stringify(row());
  }

  private body(table: string): { body: string; contentType: string | null } {
    const rng = this.rng;
    const r = rng.next();
    if (r < 0.7)
      return {
        body: this.jsonBody(table),
        contentType: rng.chance(0.85) ? 'application/json' : rng.pick(CONTENT_TYPES),
      };
    if (r < 0.8) {
      const cols = Array.from({ length: rng.int(3) + 1 }, () => this.column(table));
      const lines = Array.from({ length: rng.int(4) }, () =>
        cols.map(() => `"${value(rng).replace(/"/g, '""')}"`).join(','),
      );
      return { body: [cols.join(','), ...lines].join(rng.chance(0.5) ? '\n' : '\r\n'), contentType: 'text/csv' };
    }
    if (r < 0.88) {
      const p = new URLSearchParams();
      for (let i = 0; i < rng.int(4) + 1; i++) p.append(this.column(table), value(rng));
      return { body: p.toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    return { body: randomString(rng, 200), contentType: rng.chance(0.7) ? rng.pick(CONTENT_TYPES) : null };
  }

  private rpc(): FuzzRequest {
    const rng = this.rng;
    const name = rng.chance(0.85) && this.functions.length ? rng.pick(this.functions) : rng.pick(FUNCTIONS_EXTRA);
    const fn = this.cache.functions.get(name)?.[0];
    const argNames = fn ? fn.args.map((a) => a.name) : ['sql', 'setting_name', 'new_value', 'is_local'];
    const method = rng.pick(['POST', 'POST', 'POST', 'GET', 'HEAD', 'PATCH', 'DELETE']);
    const args: Record<string, unknown> = {};
    for (const a of argNames) if (rng.chance(0.85)) args[a] = rng.chance(0.8) ? value(rng) : rng.int(100);
    if (rng.chance(0.2)) args[rng.pick(INJECTED_COLUMNS)] = value(rng);
    const headers = this.headers(method);
    const q: string[] = [];
    if (method === 'GET' || method === 'HEAD') {
      for (const [k, v] of Object.entries(args)) q.push(`${enc(rng, k)}=${enc(rng, String(v))}`);
      if (rng.chance(0.3) && fn?.returns.kind === 'composite')
        q.push(`select=${enc(rng, this.select(fn.returns.relation ?? 'measures', 1))}`);
      return {
        kind: 'rpc',
        method,
        path: `/rest/v1/rpc/${enc(rng, name)}${q.length ? `?${q.join('&')}` : ''}`,
        headers,
      };
    }
    let body: string;
    if (rng.chance(0.15)) body = this.jsonBody('measures');
    else body = JSON.stringify(rng.chance(0.1) ? [args] : args);
    headers['content-type'] = rng.chance(0.9) ? 'application/json' : rng.pick(CONTENT_TYPES);
    if (rng.chance(0.1)) q.push(`select=${enc(rng, this.select('measures', 1))}`);
    return {
      kind: 'rpc',
      method,
      path: `/rest/v1/rpc/${enc(rng, name)}${q.length ? `?${q.join('&')}` : ''}`,
      headers,
      body,
    };
  }

  /** Plain random: random bytes in the path, query and headers, random methods. */
  private random(): FuzzRequest {
    const rng = this.rng;
    const method = rng.pick(['GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS', 'GET']);
    const seg = rng.chance(0.5) ? rng.pick(this.tables) : enc(rng, randomString(rng, 30));
    const q = Array.from(
      { length: rng.int(5) },
      () => `${enc(rng, randomString(rng, 12))}=${enc(rng, randomString(rng, 60))}`,
    );
    const headers: Record<string, string> = {};
    if (rng.chance(0.5)) headers.accept = encodeURIComponent(randomString(rng, 20).replace(/[\ud800-\udfff]/g, '?'));
    if (rng.chance(0.3)) headers.prefer = encodeURIComponent(randomString(rng, 20).replace(/[\ud800-\udfff]/g, '?'));
    const req: FuzzRequest = {
      kind: 'random',
      method,
      path: `/rest/v1/${seg}${q.length ? `?${q.join('&')}` : ''}`,
      headers,
    };
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
      req.body = rng.chance(0.5) ? randomString(rng, 300) : this.jsonBody(rng.pick(this.tables));
      headers['content-type'] = rng.chance(0.5)
        ? 'application/json'
        : encodeURIComponent(randomString(rng, 15).replace(/[\ud800-\udfff]/g, '?'));
    }
    return req;
  }

  next(): FuzzRequest {
    const rng = this.rng;
    // A third of the requests are plausible reads aimed at other departments' and organisations' rows.
    this.plausible = rng.chance(0.33);
    if (this.plausible) {
      const table = rng.pick(this.tables);
      const q = this.query(table, true).filter((p) => !/^(limit|offset|columns|on_conflict)=/.test(p));
      const headers: Record<string, string> = rng.chance(0.2) ? { prefer: 'count=exact' } : {};
      if (rng.chance(0.1))
        Object.assign(headers, { accept: rng.pick(['text/csv', 'application/vnd.pgrst.object+json']) });
      return { kind: 'plausible', method: 'GET', path: `/rest/v1/${table}?${q.join('&')}`, headers, table };
    }
    const r = rng.next();
    if (r < 0.12) return this.random();
    if (r < 0.24) return this.rpc();
    const table = this.table();
    const path = `/rest/v1/${table.startsWith('%') ? table : encodeURIComponent(table).replace(/%2F/g, '/')}`;
    if (r < 0.7) {
      const method = rng.chance(0.9) ? 'GET' : 'HEAD';
      const q = this.query(table, true);
      return { kind: 'read', method, path: `${path}?${q.join('&')}`, headers: this.headers(method), table };
    }
    const method = rng.pick(['POST', 'PATCH', 'PATCH', 'DELETE', 'PUT']);
    const q = this.query(table, false);
    const headers = this.headers(method);
    // Most writes are rolled back so that the data the oracle judges stays recognisable; some commit.
    if (rng.chance(0.75)) headers.prefer = [headers.prefer, 'tx=rollback'].filter(Boolean).join(', ');
    const req: FuzzRequest = {
      kind: 'write',
      method,
      path: `${path}${q.length ? `?${q.join('&')}` : ''}`,
      headers,
      table,
    };
    if (method !== 'DELETE' || rng.chance(0.1)) {
      const { body, contentType } = this.body(table);
      req.body = body;
      if (contentType !== null) headers['content-type'] = contentType;
    }
    return req;
  }
}
