import { runAs } from '../db/context';
import type { Database, Queryable } from '../db/database';
import type { StorageCaller } from './caller';
import { fromPgError } from './errors';

/** Timestamps as JSON strings (ISO 8601), the same whichever driver is behind the Database. */
const ts = (col: string) => `to_json(${col}) #>> '{}' as ${col}`;

export const OBJECT_COLUMNS = [
  'id',
  'bucket_id',
  'name',
  'owner',
  'owner_id',
  'version',
  'metadata',
  'user_metadata',
  ts('created_at'),
  ts('updated_at'),
  ts('last_accessed_at'),
].join(', ');

export interface ObjectMetadata {
  eTag: string;
  size: number;
  mimetype: string;
  cacheControl: string;
  lastModified: string;
  contentLength: number;
  httpStatusCode: number;
}

export interface ObjectRow {
  id: string;
  bucket_id: string;
  name: string;
  owner: string | null;
  owner_id: string | null;
  version: string | null;
  metadata: Partial<ObjectMetadata> | null;
  user_metadata: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
  last_accessed_at: string;
}

export interface BucketSettings {
  id: string;
  public: boolean;
  file_size_limit: number | null;
  allowed_mime_types: string[] | null;
}

const BUCKET_COLUMNS = `id, name, owner, public, type, file_size_limit::float8 as file_size_limit, allowed_mime_types, ${ts('created_at')}, ${ts('updated_at')}`;

/** Runs `fn` as the caller (one transaction, role and claims set); Postgres refusals become Storage errors. */
export async function asCaller<T>(db: Database, caller: StorageCaller, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    return await runAs(db, caller.ctx, fn);
  } catch (e) {
    throw fromPgError(e);
  }
}

class Rollback extends Error {}

/** Supabase's `testPermission`: does the write as the caller, then rolls it back. */
export async function testAsCaller(db: Database, caller: StorageCaller, fn: (tx: Queryable) => Promise<unknown>) {
  try {
    await asCaller(db, caller, async (tx) => {
      await fn(tx);
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
}

/** Bucket settings (public, limits) are read with the superuser connection, as Supabase does. */
export async function bucketSettings(db: Queryable, id: string): Promise<BucketSettings | null> {
  const r = await db.query<BucketSettings>(
    `select id, coalesce(public, false) as public, file_size_limit::float8 as file_size_limit, allowed_mime_types
       from storage.buckets where id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

export async function findObject(tx: Queryable, bucket: string, name: string): Promise<ObjectRow | null> {
  const r = await tx.query<ObjectRow>(
    `select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`,
    [bucket, name],
  );
  return r.rows[0] ?? null;
}

export async function findObjectNames(tx: Queryable, bucket: string, names: string[]): Promise<Set<string>> {
  const r = await tx.query<{ name: string }>(
    `select name from storage.objects
      where bucket_id = $1 and name in (select jsonb_array_elements_text($2::jsonb))`,
    [bucket, JSON.stringify(names)],
  );
  return new Set(r.rows.map((row) => row.name));
}

export interface NewObject {
  id: string;
  bucket: string;
  name: string;
  owner: string | null;
  ownerId: string | null;
  metadata: Partial<ObjectMetadata> | null;
  userMetadata: Record<string, unknown> | null;
  version: string;
}

/**
 * Inserts the object row (or, with upsert, replaces the existing one and keeps its id).
 * A plain insert needs only an INSERT policy; an upsert needs SELECT, INSERT and UPDATE,
 * exactly as on Supabase. Returns the row id.
 */
export async function writeObject(tx: Queryable, o: NewObject, upsert: boolean): Promise<string> {
  const values = `values ($1::uuid, $2, $3, $4::uuid, $5, $6::jsonb, $7::jsonb, $8)`;
  const params = [
    o.id,
    o.bucket,
    o.name,
    o.owner,
    o.ownerId,
    o.metadata ? JSON.stringify(o.metadata) : null,
    o.userMetadata ? JSON.stringify(o.userMetadata) : null,
    o.version,
  ];
  const insert = `insert into storage.objects (id, bucket_id, name, owner, owner_id, metadata, user_metadata, version) ${values}`;
  if (!upsert) {
    await tx.query(insert, params);
    return o.id;
  }
  const r = await tx.query<{ id: string }>(
    `${insert}
     on conflict (bucket_id, name) do update set
       owner = excluded.owner, owner_id = excluded.owner_id, metadata = excluded.metadata,
       user_metadata = excluded.user_metadata, version = excluded.version,
       updated_at = now(), last_accessed_at = now()
     returning id`,
    params,
  );
  return r.rows[0]?.id ?? o.id;
}

export async function deleteObjects(tx: Queryable, bucket: string, names: string[]): Promise<ObjectRow[]> {
  const r = await tx.query<ObjectRow>(
    `delete from storage.objects
      where bucket_id = $1 and name in (select jsonb_array_elements_text($2::jsonb))
      returning ${OBJECT_COLUMNS}`,
    [bucket, JSON.stringify(names)],
  );
  return r.rows;
}

export interface MoveTarget {
  bucket: string;
  name: string;
  owner: string | null;
  ownerId: string | null;
  version: string;
}

/** Renames the row (UPDATE policy on the old row, its WITH CHECK on the new one). Returns the id, or null if not visible. */
export async function moveObject(tx: Queryable, bucket: string, name: string, to: MoveTarget): Promise<string | null> {
  const r = await tx.query<{ id: string }>(
    `update storage.objects
        set bucket_id = $3, name = $4, owner = $5::uuid, owner_id = $6, version = $7,
            updated_at = now(), last_accessed_at = now()
      where bucket_id = $1 and name = $2
      returning id`,
    [bucket, name, to.bucket, to.name, to.owner, to.ownerId, to.version],
  );
  return r.rows[0]?.id ?? null;
}

export interface ListOptions {
  prefix: string;
  search: string;
  limit: number;
  offset: number;
  column: 'name' | 'updated_at' | 'created_at' | 'last_accessed_at';
  order: 'asc' | 'desc';
}

export interface ListEntry {
  name: string;
  id: string | null;
  updated_at: string | null;
  created_at: string | null;
  last_accessed_at: string | null;
  metadata: Record<string, unknown> | null;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Supabase's `storage.search` (list v1): the entries directly under `prefix` (a folder),
 * whose path starts with prefix+search (case-insensitive). Deeper objects collapse into
 * one folder entry with null id and dates. Sorted by name, folders and files together;
 * by a date column, folders first.
 */
export async function listObjects(tx: Queryable, bucket: string, o: ListOptions): Promise<ListEntry[]> {
  const dir = o.order === 'desc' ? 'desc' : 'asc';
  const orderBy =
    o.column === 'name'
      ? `lower(name) collate "C" ${dir}, name collate "C" ${dir}`
      : `is_folder desc, case when is_folder then lower(name) end collate "C" ${dir}, entries.${o.column} ${dir} nulls last, name collate "C"`;
  const r = await tx.query<ListEntry>(
    `with matched as (
       select substr(name, $3::int + 1) as rel, id, updated_at, created_at, last_accessed_at, metadata
         from storage.objects
        where bucket_id = $1 and lower(name) like $2 escape '\\'
     ), entries as (
       select split_part(rel, '/', 1) as name, null::uuid as id, null::timestamptz as updated_at,
              null::timestamptz as created_at, null::timestamptz as last_accessed_at, null::jsonb as metadata,
              true as is_folder
         from matched where strpos(rel, '/') > 0
        group by split_part(rel, '/', 1)
       union all
       select rel, id, updated_at, created_at, last_accessed_at, metadata, false
         from matched where strpos(rel, '/') = 0
     )
     select name, id, ${ts('updated_at')}, ${ts('created_at')}, ${ts('last_accessed_at')}, metadata
       from entries
      order by ${orderBy}
      limit $4 offset $5`,
    [bucket, `${likeEscape((o.prefix + o.search).toLowerCase())}%`, o.prefix.length, o.limit, o.offset],
  );
  return r.rows;
}

// Buckets ---------------------------------------------------------------------

export interface BucketRow {
  id: string;
  name: string;
  owner: string | null;
  public: boolean;
  type: string | null;
  file_size_limit: number | null;
  allowed_mime_types: string[] | null;
  created_at: string;
  updated_at: string;
}

export interface BucketListOptions {
  limit?: number;
  offset?: number;
  search?: string;
  sortColumn: 'id' | 'name' | 'created_at' | 'updated_at';
  sortOrder: 'asc' | 'desc';
}

export async function listBuckets(tx: Queryable, o: BucketListOptions): Promise<BucketRow[]> {
  const r = await tx.query<BucketRow>(
    `select ${BUCKET_COLUMNS} from storage.buckets
      where ($1::text is null or name ilike '%' || $1 || '%' escape '\\')
      order by ${o.sortColumn} ${o.sortOrder === 'desc' ? 'desc' : 'asc'}, id
      limit $2 offset $3`,
    [o.search ? likeEscape(o.search) : null, o.limit ?? null, o.offset ?? 0],
  );
  return r.rows;
}

export async function findBucket(tx: Queryable, id: string): Promise<BucketRow | null> {
  const r = await tx.query<BucketRow>(`select ${BUCKET_COLUMNS} from storage.buckets where id = $1`, [id]);
  return r.rows[0] ?? null;
}

export interface BucketFields {
  public?: boolean;
  file_size_limit?: number | null;
  allowed_mime_types?: string[] | null;
}

/** text[] from a JSON array parameter (driver-independent; null stays null). */
const TEXT_ARRAY = (p: string) =>
  `case when ${p}::jsonb is null then null else array(select jsonb_array_elements_text(${p}::jsonb)) end`;
const jsonOrNull = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export async function createBucket(
  tx: Queryable,
  b: { id: string; name: string; owner: string | null; ownerId: string | null; type: string } & BucketFields,
) {
  await tx.query(
    `insert into storage.buckets (id, name, owner, owner_id, public, file_size_limit, allowed_mime_types, type)
     values ($1, $2, $3::uuid, $4, $5, $6::bigint, ${TEXT_ARRAY('$7')}, $8)`,
    [
      b.id,
      b.name,
      b.owner,
      b.ownerId,
      b.public ?? false,
      b.file_size_limit ?? null,
      jsonOrNull(b.allowed_mime_types),
      b.type,
    ],
  );
}

/** Updates only the fields given; returns false when no visible bucket has this id. */
export async function updateBucket(tx: Queryable, id: string, f: BucketFields): Promise<boolean> {
  const sets = ['updated_at = now()'];
  const params: unknown[] = [id];
  if (f.public !== undefined) sets.push(`public = $${params.push(f.public)}`);
  if (f.file_size_limit !== undefined) sets.push(`file_size_limit = $${params.push(f.file_size_limit)}::bigint`);
  if (f.allowed_mime_types !== undefined)
    sets.push(`allowed_mime_types = ${TEXT_ARRAY(`$${params.push(jsonOrNull(f.allowed_mime_types))}`)}`);
  const r = await tx.query<{ id: string }>(
    `update storage.buckets set ${sets.join(', ')} where id = $1 returning id`,
    params,
  );
  return r.rows.length > 0;
}

export async function deleteBucket(tx: Queryable, id: string): Promise<boolean> {
  const r = await tx.query<{ id: string }>(`delete from storage.buckets where id = $1 returning id`, [id]);
  return r.rows.length > 0;
}

export async function countObjects(db: Queryable, bucket: string): Promise<number> {
  const r = await db.query<{ n: number }>(`select count(*)::int as n from storage.objects where bucket_id = $1`, [
    bucket,
  ]);
  return r.rows[0]?.n ?? 0;
}

/** Objects that differ from `name` only in letter case (a clash on case-insensitive disks). */
export async function caseTwinExists(
  db: Queryable,
  bucket: string,
  name: string,
  except: string | null,
): Promise<boolean> {
  const r = await db.query<{ n: number }>(
    `select count(*)::int as n from storage.objects
      where bucket_id = $1 and lower(name) = lower($2) and name <> $2 and ($3::text is null or name <> $3)`,
    [bucket, name, except],
  );
  return (r.rows[0]?.n ?? 0) > 0;
}
