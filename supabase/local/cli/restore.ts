import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tar from 'tar';
import { readLock } from '../db/data-lock';
import { openPglite } from '../db/pglite';
import { DEFAULT_DATA_DIR } from '../server';
import { BACKUP_FORMAT, type BackupManifest } from './backup';

/**
 * Replaces the data folder with a backup. The current data is kept beside it
 * (`<folder>.before-restore-<time>`) until the restored database has opened.
 */
export async function restore(file: string, dataDir: string): Promise<BackupManifest> {
  if (!existsSync(file)) throw new Error(`No such backup file: ${file}`);
  const holder = await readLock(dataDir);
  if (holder) throw new Error(`The local stack is running (pid ${holder.pid}). Stop it, then restore.`);
  const parent = path.dirname(dataDir);
  const staging = await mkdtemp(path.join(parent, `.${path.basename(dataDir)}-restore-`));
  let aside: string | null = null;
  try {
    await tar.extract({ file, cwd: staging, strict: true });
    const manifest = JSON.parse(
      await readFile(path.join(staging, 'manifest.json'), 'utf8').catch(() => '{}'),
    ) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) throw new Error(`${file} is not an ITA Action Tracker backup`);
    if (!existsSync(path.join(staging, 'pgdata'))) throw new Error(`${file} has no database`);
    // Prove the database opens before touching the current data.
    const db = await openPglite({ dataDir: path.join(staging, 'pgdata') });
    await db.query('select count(*) from local_stack.migrations');
    await db.close();
    await rm(path.join(staging, 'manifest.json'));
    if (existsSync(dataDir)) {
      aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(dataDir, aside);
    }
    await rename(staging, dataDir);
    return manifest;
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    if (aside && !existsSync(dataDir)) await rename(aside, dataDir);
    throw e;
  }
}

async function main() {
  const { values, positionals } = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) {
    console.error('Usage: npm run restore -- <file.tar.gz> [--data <folder>]');
    process.exit(2);
  }
  const dataDir = path.resolve(values.data ?? process.env.LOCAL_STACK_DATA ?? DEFAULT_DATA_DIR);
  const manifest = await restore(path.resolve(file), dataDir);
  console.log(`Restored the backup of ${manifest.created_at} into ${dataDir}. The previous data was kept beside it.`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
