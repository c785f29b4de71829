/**
 * `npm run gen:types`: applies platform SQL and every migration to an in-memory PGlite, reads the
 * catalog and writes web/src/lib/database.types.ts in the shape `supabase gen types typescript`
 * produces (Database → schema → Tables {Row, Insert, Update, Relationships}, Views, Functions,
 * Enums, CompositeTypes, plus the Tables<> / TablesInsert<> / TablesUpdate<> / Enums<> helpers),
 * so that `createClient<Database>()` types every query. `--check` exits 1 when the file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import type { Queryable } from '../db/database';
import { migrate } from '../db/migrator';
import { openPglite } from '../db/pglite';
import { REPO_ROOT } from '../server';

export const TYPES_FILE = path.join(REPO_ROOT, 'web/src/lib/database.types.ts');
export const SCHEMAS = ['public'];

interface Column {
  table: string;
  name: string;
  type_schema: string;
  type_name: string;
  type_kind: string;
  elem_schema: string | null;
  elem_name: string | null;
  elem_kind: string | null;
  nullable: boolean;
  has_default: boolean;
  identity: string;
  generated: string;
}

interface Relation {
  name: string;
  kind: string;
}

interface ForeignKey {
  table: string;
  name: string;
  columns: string[];
  ref_table: string;
  ref_columns: string[];
  one_to_one: boolean;
}

interface FnArg {
  name: string;
  type_schema: string;
  type_name: string;
  type_kind: string;
  elem_schema: string | null;
  elem_name: string | null;
  elem_kind: string | null;
  has_default: boolean;
}

interface Fn {
  name: string;
  args: FnArg[];
  returns_set: boolean;
  ret_schema: string;
  ret_name: string;
  ret_kind: string;
  ret_relation: string | null;
  ret_elem_schema: string | null;
  ret_elem_name: string | null;
  ret_elem_kind: string | null;
}

const SCALARS: Record<string, string> = {
  bool: 'boolean',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  float4: 'number',
  float8: 'number',
  numeric: 'number',
  oid: 'number',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  name: 'string',
  citext: 'string',
  uuid: 'string',
  date: 'string',
  time: 'string',
  timetz: 'string',
  timestamp: 'string',
  timestamptz: 'string',
  interval: 'string',
  inet: 'unknown',
  bytea: 'string',
  json: 'Json',
  jsonb: 'Json',
  void: 'undefined',
  record: 'Record<string, unknown>',
};

const q = (s: string) => JSON.stringify(s);
const key = (s: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? s : q(s));

function tsType(
  schema: string,
  name: string,
  kind: string,
  elem: { schema: string | null; name: string | null; kind: string | null },
  enums: Set<string>,
): string {
  if (kind === 'e' && SCHEMAS.includes(schema) && enums.has(`${schema}.${name}`)) {
    return `Database[${q(schema)}]['Enums'][${q(name)}]`;
  }
  if (name.startsWith('_') && elem.name) {
    return `${tsType(elem.schema ?? 'pg_catalog', elem.name, elem.kind ?? 'b', { schema: null, name: null, kind: null }, enums)}[]`;
  }
  if (kind === 'c' && SCHEMAS.includes(schema)) return `Database[${q(schema)}]['CompositeTypes'][${q(name)}]`;
  return SCALARS[name] ?? 'unknown';
}

async function readCatalog(db: Queryable, schema: string) {
  const relations = (
    await db.query<Relation>(
      `select c.relname as name, c.relkind as kind
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'f') order by c.relname`,
      [schema],
    )
  ).rows;
  const columns = (
    await db.query<Column>(
      `select c.relname as table, a.attname as name,
              tn.nspname as type_schema, t.typname as type_name, t.typtype as type_kind,
              en.nspname as elem_schema, et.typname as elem_name, et.typtype as elem_kind,
              not a.attnotnull as nullable, a.atthasdef as has_default,
              a.attidentity::text as identity, a.attgenerated::text as generated
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_type t on t.oid = a.atttypid
       join pg_namespace tn on tn.oid = t.typnamespace
       left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
       left join pg_namespace en on en.oid = et.typnamespace
       where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped
       order by c.relname, a.attname`,
      [schema],
    )
  ).rows;
  const foreignKeys = (
    await db.query<ForeignKey>(
      `select c.relname as table, con.conname as name,
              array(select a.attname from unnest(con.conkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i)::text[] as columns,
              rc.relname as ref_table,
              array(select a.attname from unnest(con.confkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i)::text[] as ref_columns,
              exists (select 1 from pg_index ix where ix.indrelid = con.conrelid and ix.indisunique
                      and (select array_agg(x order by x) from unnest(ix.indkey::int2[]) x)
                        = (select array_agg(x order by x) from unnest(con.conkey) x)) as one_to_one
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_class rc on rc.oid = con.confrelid
       where con.contype = 'f' and n.nspname = $1
       order by c.relname, con.conname`,
      [schema],
    )
  ).rows;
  const enums = (
    await db.query<{ name: string; labels: string[] }>(
      `select t.typname as name, array_agg(e.enumlabel order by e.enumsortorder)::text[] as labels
       from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
       where n.nspname = $1 group by t.typname order by t.typname`,
      [schema],
    )
  ).rows;
  const composites = (
    await db.query<{ name: string }>(
      `select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
       join pg_class c on c.oid = t.typrelid
       where n.nspname = $1 and t.typtype = 'c' and c.relkind = 'c' order by t.typname`,
      [schema],
    )
  ).rows;
  const functions = (
    await db.query<Fn & { args: FnArg[] | string }>(
      `select p.proname as name, p.proretset as returns_set,
              rn.nspname as ret_schema, rt.typname as ret_name, rt.typtype as ret_kind,
              (select rc.relname from pg_class rc where rc.oid = rt.typrelid and rc.relkind in ('r', 'p', 'v', 'm', 'f')) as ret_relation,
              ren.nspname as ret_elem_schema, ret.typname as ret_elem_name, ret.typtype as ret_elem_kind,
              coalesce((
                select json_agg(json_build_object(
                  'name', arg.name, 'type_schema', atn.nspname, 'type_name', at.typname, 'type_kind', at.typtype,
                  'elem_schema', aen.nspname, 'elem_name', aet.typname, 'elem_kind', aet.typtype,
                  'has_default', arg.i > p.pronargs - p.pronargdefaults) order by arg.i)
                from unnest(p.proargnames[1:p.pronargs], p.proargtypes::oid[]) with ordinality as arg(name, typ, i)
                join pg_type at on at.oid = arg.typ
                join pg_namespace atn on atn.oid = at.typnamespace
                left join pg_type aet on aet.oid = at.typelem and at.typcategory = 'A'
                left join pg_namespace aen on aen.oid = aet.typnamespace
              ), '[]'::json) as args
       from pg_proc p
       join pg_namespace n on n.oid = p.pronamespace
       join pg_type rt on rt.oid = p.prorettype
       join pg_namespace rn on rn.oid = rt.typnamespace
       left join pg_type ret on ret.oid = rt.typelem and rt.typcategory = 'A'
       left join pg_namespace ren on ren.oid = ret.typnamespace
       where n.nspname = $1 and p.prokind = 'f' and rt.typname not in ('trigger', 'event_trigger')
         and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
       order by p.proname`,
      [schema],
    )
  ).rows.map((f) => ({ ...f, args: typeof f.args === 'string' ? (JSON.parse(f.args) as FnArg[]) : f.args }));
  return { relations, columns, foreignKeys, enums, composites, functions };
}

function block(lines: string[], indent: string): string {
  return lines.map((l) => indent + l).join('\n');
}

async function renderSchema(db: Queryable, schema: string): Promise<string> {
  const cat = await readCatalog(db, schema);
  const enumSet = new Set(cat.enums.map((e) => `${schema}.${e.name}`));
  const colType = (c: Column | FnArg) =>
    tsType(
      c.type_schema,
      c.type_name,
      c.type_kind,
      { schema: c.elem_schema, name: c.elem_name, kind: c.elem_kind },
      enumSet,
    );
  const rowType = (table: string, indent: string) => {
    const cols = cat.columns.filter((c) => c.table === table);
    return `{\n${block(
      cols.map((c) => `${key(c.name)}: ${colType(c)}${c.nullable ? ' | null' : ''}`),
      indent + '  ',
    )}\n${indent}}`;
  };

  const tables: string[] = [];
  const views: string[] = [];
  for (const rel of cat.relations) {
    const cols = cat.columns.filter((c) => c.table === rel.name);
    const isView = rel.kind === 'v' || rel.kind === 'm';
    const row = cols.map((c) => `${key(c.name)}: ${colType(c)}${c.nullable ? ' | null' : ''}`);
    const insert = cols.map((c) => {
      if (c.identity === 'a' || c.generated === 's') return `${key(c.name)}?: never`;
      const optional = c.nullable || c.has_default || c.identity === 'd';
      return `${key(c.name)}${optional ? '?' : ''}: ${colType(c)}${c.nullable ? ' | null' : ''}`;
    });
    const update = cols.map((c) => {
      if (c.identity === 'a' || c.generated === 's') return `${key(c.name)}?: never`;
      return `${key(c.name)}?: ${colType(c)}${c.nullable ? ' | null' : ''}`;
    });
    const rels = cat.foreignKeys
      .filter((f) => f.table === rel.name)
      .map((f) =>
        [
          '{',
          `  foreignKeyName: ${q(f.name)}`,
          `  columns: [${f.columns.map(q).join(', ')}]`,
          `  isOneToOne: ${f.one_to_one}`,
          `  referencedRelation: ${q(f.ref_table)}`,
          `  referencedColumns: [${f.ref_columns.map(q).join(', ')}]`,
          '},',
        ].join('\n'),
      );
    const parts = [
      `${key(rel.name)}: {`,
      `  Row: {`,
      block(row, '    '),
      `  }`,
      ...(isView && rel.kind === 'm'
        ? []
        : [`  Insert: {`, block(insert, '    '), `  }`, `  Update: {`, block(update, '    '), `  }`]),
      rels.length ? `  Relationships: [\n${block(rels.join('\n').split('\n'), '    ')}\n  ]` : `  Relationships: []`,
      `}`,
    ];
    (isView ? views : tables).push(parts.join('\n'));
  }

  const functions = cat.functions.map((f) => {
    const named = f.args.filter((a) => a.name);
    const args = named.length
      ? `{ ${[...named]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((a) => `${key(a.name)}${a.has_default ? '?' : ''}: ${colType(a)}`)
          .join('; ')} }`
      : 'never';
    let returns: string;
    if (f.ret_relation && cat.relations.some((r) => r.name === f.ret_relation)) {
      returns = rowType(f.ret_relation, '    ');
    } else {
      returns = tsType(
        f.ret_schema,
        f.ret_name,
        f.ret_kind,
        { schema: f.ret_elem_schema, name: f.ret_elem_name, kind: f.ret_elem_kind },
        enumSet,
      );
    }
    if (f.returns_set) returns = f.ret_relation ? `${returns}[]` : `${returns}[]`;
    return `${key(f.name)}: {\n  Args: ${args}\n  Returns: ${returns}\n}`;
  });

  const enums = cat.enums.map((e) => `${key(e.name)}: ${e.labels.map(q).join(' | ')}`);
  const composites = cat.composites.map((c) => `${key(c.name)}: ${rowType(c.name, '')}`);
  const never = '{\n  [_ in never]: never\n}';
  const section = (name: string, items: string[]) =>
    `${name}: ${items.length ? `{\n${block(items.join('\n').split('\n'), '  ')}\n}` : never}`;
  return [
    `${key(schema)}: {`,
    block(section('Tables', tables).split('\n'), '  '),
    block(section('Views', views).split('\n'), '  '),
    block(section('Functions', functions).split('\n'), '  '),
    block(section('Enums', enums).split('\n'), '  '),
    block(section('CompositeTypes', composites).split('\n'), '  '),
    '}',
  ].join('\n');
}

const HELPERS = `
type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, 'public'>]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])
    : never = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
    ? (DefaultSchema['Tables'] & DefaultSchema['Views'])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema['Enums'] | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums']
    : never = never,
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums'][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema['Enums']
    ? DefaultSchema['Enums'][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema['CompositeTypes']
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes']
    : never = never,
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes'][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema['CompositeTypes']
    ? DefaultSchema['CompositeTypes'][PublicCompositeTypeNameOrOptions]
    : never
`;

/** Renders the types file for a migrated database (formatted with the repository's Prettier settings). */
export async function generateTypes(db: Queryable): Promise<string> {
  const schemas = await Promise.all(SCHEMAS.map((s) => renderSchema(db, s)));
  const constants: string[] = [];
  for (const s of SCHEMAS) {
    const enums = (
      await db.query<{ name: string; labels: string[] }>(
        `select t.typname as name, array_agg(e.enumlabel order by e.enumsortorder)::text[] as labels
         from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
         where n.nspname = $1 group by t.typname order by t.typname`,
        [s],
      )
    ).rows;
    constants.push(
      `${key(s)}: {\n  Enums: {\n${block(
        enums.map((e) => `${key(e.name)}: [${e.labels.map(q).join(', ')}],`),
        '    ',
      )}\n  },\n},`,
    );
  }
  const source = [
    '// Generated by `npm run gen:types` (supabase/local/cli/gen-types.ts) from supabase/migrations. Do not edit.',
    '',
    'export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]',
    '',
    'export type Database = {',
    '  // Allows createClient<Database>() to pick the PostgREST feature set without a second type argument.',
    '  __InternalSupabase: {',
    "    PostgrestVersion: '12'",
    '  }',
    block(schemas.join('\n').split('\n'), '  '),
    '}',
    HELPERS,
    `export const Constants = {\n${block(constants.join('\n').split('\n'), '  ')}\n} as const`,
    '',
  ].join('\n');
  const config = (await prettier.resolveConfig(TYPES_FILE)) ?? {};
  return prettier.format(source, { ...config, filepath: TYPES_FILE });
}

/** Builds a fresh in-memory database from platform SQL + migrations (no seed) and renders its types. */
export async function generateTypesFromMigrations(): Promise<string> {
  const db = await openPglite();
  try {
    await migrate(db, { seedFile: null });
    return await generateTypes(db);
  } finally {
    await db.close();
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const next = await generateTypesFromMigrations();
  const current = await readFile(TYPES_FILE, 'utf8').catch(() => null);
  if (check) {
    if (current !== next) {
      console.error(`${path.relative(process.cwd(), TYPES_FILE)} is out of date: run npm run gen:types`);
      process.exit(1);
    }
    console.log('database types are up to date');
    return;
  }
  if (current === next) {
    console.log(`${path.relative(process.cwd(), TYPES_FILE)} is up to date`);
    return;
  }
  await writeFile(TYPES_FILE, next);
  console.log(`wrote ${path.relative(process.cwd(), TYPES_FILE)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
