import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { readFile } from 'node:fs/promises';
import type { Database, QueryResult, Queryable } from './database';

/** Dates and timestamps come back as Postgres prints them, the same as our pg driver set-up. */
const identity = (v: string) => v;
const parsers = { 1082: identity, 1114: identity, 1184: identity, 1083: identity, 1266: identity };
/**
 * Text parameters reach Postgres as they are, so that Postgres validates them (a bad boolean is
 * 22P02, as with the pg driver). PGlite's own boolean and bytea serializers throw a plain JS error
 * for a string they do not know, which the HTTP layer could only answer with a 500.
 */
const serializers = {
  16: (v: unknown) => (typeof v === 'boolean' ? (v ? 't' : 'f') : String(v)),
  17: (v: unknown) => (v instanceof Uint8Array ? `\\x${Buffer.from(v).toString('hex')}` : String(v)),
};

export interface PgliteOptions {
  /** A folder for a persistent database, or undefined for memory. */
  dataDir?: string;
  /** A tarball made by `dumpDataDir` to start from (tests use a prepared snapshot). */
  snapshotFile?: string;
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'>;

function wrap(db: PgliteLike): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const r = await db.query<T>(sql, params);
      return { rows: r.rows, affectedRows: r.affectedRows ?? 0, fields: r.fields };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  const loadDataDir = options.snapshotFile
    ? new Blob([new Uint8Array(await readFile(options.snapshotFile))])
    : undefined;
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pgcrypto },
    // Set once here: passing parsers per query costs ~0.2 ms a call.
    parsers,
    serializers,
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    pglite: pg,
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async checkpoint() {
      await pg.exec('checkpoint');
      await pg.syncToFs();
    },
    close: () => pg.close(),
  };
}

/** Serialises the whole data directory (used for test snapshots and backups). */
export async function dumpPglite(db: PGlite): Promise<Uint8Array> {
  const blob = await db.dumpDataDir('none');
  return new Uint8Array(await blob.arrayBuffer());
}
