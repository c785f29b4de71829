import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dumpPglite, openPglite } from '../db/pglite';
import { migrate, MIGRATIONS_DIR, PLATFORM_SQL, readMigrations, SEED_FILE } from '../db/migrator';
import { REPO_ROOT } from '../server';

const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/ita-local-stack');

async function fingerprint(seed: boolean): Promise<string> {
  const h = createHash('sha256');
  h.update(await readFile(PLATFORM_SQL));
  for (const m of await readMigrations(MIGRATIONS_DIR)) h.update(m.file).update(m.checksum);
  if (seed) h.update(await readFile(SEED_FILE).catch(() => Buffer.from('no seed')));
  h.update(
    JSON.parse(await readFile(path.join(REPO_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version,
  );
  return h.digest('hex').slice(0, 16);
}

/**
 * A PGlite data dir with platform SQL, all migrations and (optionally) seed.sql
 * applied, cached by content so initdb + migrations run once, not per test file.
 */
export async function ensureSnapshot(options: { seed?: boolean } = {}): Promise<string> {
  const seed = options.seed ?? true;
  const file = path.join(CACHE_DIR, `snapshot-${seed ? 'seeded' : 'empty'}-${await fingerprint(seed)}.tar`);
  if (existsSync(file)) return file;
  await mkdir(CACHE_DIR, { recursive: true });
  const db = await openPglite();
  try {
    await migrate(db, { seedFile: seed ? SEED_FILE : null });
    const bytes = await dumpPglite(db.pglite);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } finally {
    await db.close();
  }
  return file;
}
