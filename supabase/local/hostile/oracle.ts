/**
 * The superuser oracle for "rows a role may not see": a registry of every row of the known tables
 * (table, key, organisation, department) read with the superuser connection, and the intended read
 * rules written out here independently of the SQL policies:
 * - organisation-wide tables: members (active profiles) of the organisation;
 * - measure-related tables: admins and the director of the organisation, heads and staff of the row's department;
 * - anon and disabled users: nothing; service_role: everything.
 * Each JSON object in a response that carries a row key (`id`, or measure_id + user_id for assignees)
 * is looked up; a known row outside the rules is a forbidden row.
 */
import type { TestStack } from '../testing/stack';

export const ORG_TABLES = [
  'organizations',
  'departments',
  'profiles',
  'frameworks',
  'framework_indicators',
  'framework_grade_bands',
  'framework_items',
  'plans',
  'plan_indicators',
] as const;
export const MEASURE_TABLES = [
  'measures',
  'measure_assignees',
  'evidence',
  'progress_reports',
  'comments',
  'reviews',
  'activity_log',
] as const;
export const KNOWN_TABLES: string[] = [...ORG_TABLES, ...MEASURE_TABLES];

/** Who is asking: a persona's id, or anon / service. */
export type Principal = { kind: 'anon' } | { kind: 'service' } | { kind: 'user'; id: string };

interface RegistryRow {
  tbl: string;
  k: string;
  org: string | null;
  dept: string | null;
}

interface Profile {
  org: string;
  dept: string | null;
  role: string;
  active: boolean;
}

export interface Violation {
  table: string;
  key: string;
}

export class Oracle {
  constructor(private readonly stack: TestStack) {}

  /** One SELECT per known table: (tbl, k, org, dept), with `where` applied to each part. */
  private static registrySql(where: (tbl: string) => string): string {
    const part = (tbl: string, key: string, org: string, dept: string) =>
      `select '${tbl}'::text as tbl, ${key} as k, ${org}::text as org, ${dept}::text as dept from public.${tbl} ${where(tbl)}`;
    return [
      part('organizations', 'id::text', 'id', 'null::uuid'),
      ...ORG_TABLES.filter((t) => t !== 'organizations').map((t) =>
        part(t, 'id::text', 'organization_id', 'null::uuid'),
      ),
      part('measure_assignees', `measure_id::text || '/' || user_id::text`, 'organization_id', 'department_id'),
      part('activity_log', `'activity_log:' || id::text`, 'organization_id', 'department_id'),
      ...MEASURE_TABLES.filter((t) => t !== 'measure_assignees' && t !== 'activity_log').map((t) =>
        part(t, 'id::text', 'organization_id', 'department_id'),
      ),
    ].join('\nunion all\n');
  }

  async install(): Promise<void> {
    await this.stack.sql(`create schema if not exists hostile_oracle`);
    await this.stack.sql(`create or replace view hostile_oracle.registry as ${Oracle.registrySql(() => '')}`);
  }

  /** Profiles change only when a write commits: cached until `forget()`. */
  private readonly profiles = new Map<string, Profile | null>();

  forget(): void {
    this.profiles.clear();
  }

  /** How many rows of a table the principal may read (for count checks). */
  async visibleCount(who: Principal, table: string): Promise<number> {
    const rows = await this.stack.sql<RegistryRow>(`select * from hostile_oracle.registry where tbl = $1`, [table]);
    const profile = await this.profile(who);
    return rows.filter((r) => this.mayRead(who, profile, r)).length;
  }

  private async profile(who: Principal): Promise<Profile | null> {
    if (who.kind !== 'user') return null;
    if (this.profiles.has(who.id)) return this.profiles.get(who.id)!;
    const rows = await this.stack.sql<Profile>(
      `select p.organization_id::text as org, p.department_id::text as dept, p.role::text as role,
              (p.is_active and u.deleted_at is null and (u.banned_until is null or u.banned_until <= now())) as active
         from public.profiles p join auth.users u on u.id = p.id where p.id = $1`,
      [who.id],
    );
    this.profiles.set(who.id, rows[0] ?? null);
    return rows[0] ?? null;
  }

  private mayRead(who: Principal, p: Profile | null, row: RegistryRow): boolean {
    if (who.kind === 'service') return true;
    if (who.kind === 'anon' || !p || !p.active) return false;
    if (row.org !== p.org) return false;
    if ((ORG_TABLES as readonly string[]).includes(row.tbl)) return true;
    return p.role === 'admin' || p.role === 'director' || (row.dept !== null && row.dept === p.dept);
  }

  /** Row keys found in a response body (JSON value, any depth). */
  static keysIn(value: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
    if (depth > 64 || value === null || typeof value !== 'object') return out;
    if (Array.isArray(value)) {
      for (const v of value) Oracle.keysIn(v, out, depth + 1);
      return out;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string') out.add(o.id);
    if (typeof o.id === 'number') out.add(`activity_log:${o.id}`);
    if (typeof o.measure_id === 'string' && typeof o.user_id === 'string') out.add(`${o.measure_id}/${o.user_id}`);
    for (const v of Object.values(o)) Oracle.keysIn(v, out, depth + 1);
    return out;
  }

  /** The known rows in `body` that `who` may not read. */
  async violations(who: Principal, body: unknown): Promise<Violation[]> {
    const keys = [...Oracle.keysIn(body)];
    if (keys.length === 0) return [];
    // Index lookups per table (the registry view would cast every id to text first).
    const uuids = keys.filter((k) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(k));
    const pairs = keys.filter((k) => k.includes('/'));
    const logIds = keys.filter((k) => /^activity_log:\d{1,18}$/.test(k)).map((k) => k.slice('activity_log:'.length));
    const rows = await this.stack.sql<RegistryRow>(
      Oracle.registrySql((tbl) =>
        tbl === 'measure_assignees'
          ? `where measure_id::text || '/' || user_id::text = any($2::text[])`
          : tbl === 'activity_log'
            ? `where id = any($3::bigint[])`
            : `where id = any($1::uuid[])`,
      ),
      [uuids, pairs, logIds],
    );
    const profile = await this.profile(who);
    const byKey = new Map<string, RegistryRow[]>();
    for (const r of rows) byKey.set(r.k, [...(byKey.get(r.k) ?? []), r]);
    const out: Violation[] = [];
    for (const [k, matches] of byKey) {
      // A key names one row (uuids); if it ever named several, only a key forbidden in all of them counts.
      if (matches.every((m) => !this.mayRead(who, profile, m))) out.push({ table: matches[0]!.tbl, key: k });
    }
    return out;
  }
}

/** A minimal CSV reader (RFC 4180 quoting) for text/csv answers: rows as objects keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
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
    } else if (ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rest] = records;
  if (!header) return [];
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
