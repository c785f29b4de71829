import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../server';

const WEB_DIR = path.join(REPO_ROOT, 'web');
export const DIST_DIR = path.join(WEB_DIR, 'dist');
const STAMP = path.join(DIST_DIR, '.build-stamp');

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** A hash of everything the build depends on: sources, config, lockfile and the VITE_ values. */
async function buildFingerprint(env: Record<string, string>): Promise<string> {
  const h = createHash('sha256');
  const files: string[] = [];
  for await (const f of walk(WEB_DIR)) files.push(f);
  files.push(path.join(REPO_ROOT, 'vite.config.ts'), path.join(REPO_ROOT, 'package-lock.json'));
  for (const f of files.sort()) {
    if (f.includes(`${path.sep}src${path.sep}`) && /\.test\.tsx?$/.test(f)) continue;
    h.update(path.relative(REPO_ROOT, f)).update(await readFile(f));
  }
  h.update(JSON.stringify(Object.entries(env).sort()));
  return h.digest('hex');
}

/** Builds web/dist with these VITE_ values unless an identical build is already there. */
export async function buildSpaIfNeeded(
  env: Record<string, string>,
  log: (m: string) => void,
): Promise<'built' | 'fresh'> {
  const fingerprint = await buildFingerprint(env);
  if (existsSync(STAMP) && (await readFile(STAMP, 'utf8')) === fingerprint) return 'fresh';
  log('building the web app (first start, or the sources changed)…');
  Object.assign(process.env, env);
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  await writeFile(STAMP, fingerprint);
  return 'built';
}
