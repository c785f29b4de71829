import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tar from 'tar';
import { readLock } from '../db/data-lock';
import { MIGRATIONS_DIR } from '../db/migrator';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../server';

export const BACKUP_FORMAT = 'ita-local-stack-backup';
/** What a backup holds, relative to the data folder. */
export const BACKUP_ENTRIES = ['pgdata', 'storage', 'jwt-secret'] as const;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  created_at: string;
  migrations: string[];
  pglite: string;
}

/**
 * Writes the whole local stack (database, evidence files, JWT secret) into one
 * .tar.gz. The stack must be stopped: PGlite has a single owner.
 */
export async function backup(dataDir: string, file: string): Promise<BackupManifest> {
  if (!existsSync(path.join(dataDir, 'pgdata'))) throw new Error(`No local stack data in ${dataDir}`);
  const holder = await readLock(dataDir);
  if (holder) throw new Error(`The local stack is running (pid ${holder.pid}). Stop it, then run the backup again.`);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: 1,
    created_at: new Date().toISOString(),
    migrations: (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort(),
    pglite: JSON.parse(await readFile(path.join(REPO_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'))
      .version,
  };
  // Stage the manifest beside links to the data, so the archive has one flat layout.
  const staging = await mkdtemp(path.join(os.tmpdir(), 'ita-backup-'));
  const partial = `${file}.partial`;
  try {
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const entries: string[] = ['manifest.json'];
    for (const entry of BACKUP_ENTRIES) {
      if (!existsSync(path.join(dataDir, entry))) continue;
      await symlink(path.join(dataDir, entry), path.join(staging, entry));
      entries.push(entry);
    }
    await tar.create({ gzip: true, file: partial, cwd: staging, follow: true, portable: true }, entries);
    await rename(partial, file);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
  return manifest;
}

async function main() {
  const { values, positionals } = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) {
    console.error('Usage: npm run backup -- <file.tar.gz> [--data <folder>]');
    process.exit(2);
  }
  const dataDir = path.resolve(values.data ?? process.env.LOCAL_STACK_DATA ?? DEFAULT_DATA_DIR);
  const manifest = await backup(dataDir, path.resolve(file));
  console.log(
    `Backup written to ${path.resolve(file)} (${manifest.migrations.length} migrations, ${manifest.created_at}).`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
