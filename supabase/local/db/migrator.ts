import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SUPABASE_DIR = path.resolve(here, '../..');
export const PLATFORM_SQL = path.join(SUPABASE_DIR, 'local/platform/platform.sql');
export const MIGRATIONS_DIR = path.join(SUPABASE_DIR, 'migrations');
export const SEED_FILE = path.join(SUPABASE_DIR, 'seed.sql');

export class MigrationChangedError extends Error {
  constructor(
    readonly version: string,
    readonly file: string,
  ) {
    super(
      `Migration ${file} was changed after it was applied to this database.\n` +
        `Applied migrations are history: add a new migration instead, or start over with --reset (this deletes local data).`,
    );
    this.name = 'MigrationChangedError';
  }
}

export interface MigrationFile {
  version: string;
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  seeded: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const match = /^(\d+)_(.+)\.sql$/.exec(file);
      if (!match) throw new Error(`Migration file name must be <timestamp>_<name>.sql: ${file}`);
      const sql = await readFile(path.join(dir, file), 'utf8');
      return { version: match[1]!, name: match[2]!, file, sql, checksum: sha256(sql) };
    }),
  );
}

/** Bookkeeping lives in its own schema, which the REST layer never exposes. */
const BOOKKEEPING = `
create schema if not exists local_stack;
create table if not exists local_stack.migrations (
  version text primary key,
  name text not null,
  checksum text not null,
  applied_at timestamptz not null default now()
);
create table if not exists local_stack.meta (key text primary key, value text not null);
`;

/**
 * Applies platform SQL, then every migration not yet applied (in name order, each in
 * its own transaction), then seed.sql once on a new database.
 */
export async function migrate(
  db: Database,
  options: { migrationsDir?: string; seedFile?: string | null; log?: (msg: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  await db.exec(BOOKKEEPING);

  const platform = await readFile(PLATFORM_SQL, 'utf8');
  const platformSum = sha256(platform);
  const known = await db.query<{ value: string }>(`select value from local_stack.meta where key = 'platform_checksum'`);
  if (known.rows[0]?.value !== platformSum) {
    await db.transaction(async (tx) => {
      await tx.exec(platform);
      await tx.query(
        `insert into local_stack.meta (key, value) values ('platform_checksum', $1)
         on conflict (key) do update set value = excluded.value`,
        [platformSum],
      );
    });
  }

  const files = await readMigrations(options.migrationsDir);
  const applied = new Map(
    (
      await db.query<{ version: string; checksum: string }>(`select version, checksum from local_stack.migrations`)
    ).rows.map((r) => [r.version, r.checksum]),
  );
  const isNew = applied.size === 0;
  const newlyApplied: string[] = [];
  for (const m of files) {
    const sum = applied.get(m.version);
    if (sum !== undefined) {
      if (sum !== m.checksum) throw new MigrationChangedError(m.version, m.file);
      continue;
    }
    log(`applying migration ${m.file}`);
    await db.transaction(async (tx) => {
      try {
        await tx.exec(m.sql);
      } catch (e) {
        throw Object.assign(new Error(`Migration ${m.file} failed: ${(e as Error).message}`), { cause: e });
      }
      await tx.query(`insert into local_stack.migrations (version, name, checksum) values ($1, $2, $3)`, [
        m.version,
        m.name,
        m.checksum,
      ]);
    });
    newlyApplied.push(m.version);
  }

  let seeded = false;
  const seedFile = options.seedFile === undefined ? SEED_FILE : options.seedFile;
  if (isNew && seedFile) {
    const seed = await readFile(seedFile, 'utf8').catch(() => null);
    if (seed !== null) {
      log(`running ${path.basename(seedFile)}`);
      await db.transaction(async (tx) => {
        await tx.exec(seed);
        await tx.query(`insert into local_stack.meta (key, value) values ('seeded_at', now()::text)`);
      });
      seeded = true;
    }
  }
  return { applied: newlyApplied, seeded };
}
