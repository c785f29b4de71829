import { constants } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../db/database';
import { isValidBucketName, isValidKey, objectFile } from './keys';

/** `supabase/seed-storage/<bucket>/<key>`: the files seed.sql's storage.objects rows point at. */
export const SEED_STORAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed-storage');

const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Copies every `<seedDir>/<bucket>/**` file to `<storageDir>/<bucket>/<key>` — what `supabase seed buckets`
 * uploads for a hosted project (config.toml `[storage.buckets.<bucket>] objects_path`). Any bucket folder
 * present is copied; files at the top of seedDir, names that are not valid bucket names or keys, and files
 * already in storage are left alone. Returns the number of files copied.
 */
export async function copySeedStorage(storageDir: string, seedDir = SEED_STORAGE_DIR): Promise<number> {
  let buckets;
  try {
    buckets = await readdir(seedDir, { withFileTypes: true });
  } catch (e) {
    if (code(e) === 'ENOENT') return 0;
    throw e;
  }
  let copied = 0;
  for (const bucket of buckets) {
    if (!bucket.isDirectory() || !isValidBucketName(bucket.name)) continue;
    for (const key of await filesUnder(path.join(seedDir, bucket.name))) {
      if (!isValidKey(key)) continue;
      const target = objectFile(storageDir, bucket.name, key);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await copyFile(path.join(seedDir, bucket.name, ...key.split('/')), target, constants.COPYFILE_EXCL);
        copied++;
      } catch (e) {
        if (code(e) !== 'EEXIST') throw e;
      }
    }
  }
  return copied;
}

/**
 * After migrate(): copies the seed files when the database was seeded just now, or is a new database made from
 * a seeded snapshot (tests); never for a database that existed before this start.
 */
export async function seedStorageIfNew(
  db: Queryable,
  storageDir: string,
  options: { seeded: boolean; fromSnapshot: boolean },
): Promise<number> {
  if (!options.seeded) {
    if (!options.fromSnapshot) return 0;
    const seededAt = await db.query(`select 1 from local_stack.meta where key = 'seeded_at'`);
    if (seededAt.rows.length === 0) return 0;
  }
  return copySeedStorage(storageDir);
}
