import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../server';

const WEB_DIR = path.join(REPO_ROOT, 'web');
export const DIST_DIR = path.join(WEB_DIR, 'dist');
const STAMP = path.join(DIST_DIR, '.build-stamp');
/** The files of the last two builds: a server started on the previous build still finds its assets. */
const FILE_LIST = path.join(DIST_DIR, '.build-files.json');

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

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

/**
 * Moves a finished build from `staging` into web/dist. Hashed assets are added beside the old ones (a stack
 * already serving the previous build keeps finding them); index.html and the other fixed names are replaced
 * by rename, so a reader sees the old file or the new one, never half of one. Files of builds before the
 * previous one are deleted.
 */
async function install(staging: string) {
  const files = await listFiles(staging);
  const existing = existsSync(DIST_DIR) ? (await listFiles(DIST_DIR)).filter((f) => !f.startsWith('.staging-')) : [];
  // Without a list (a build by `vite build`), whatever is there counts as the previous build.
  const previous = existsSync(FILE_LIST)
    ? (JSON.parse(await readFile(FILE_LIST, 'utf8')) as { current: string[] })
    : { current: existing };
  // index.html last: when it names the new assets they are there.
  const ordered = [...files.filter((f) => f !== 'index.html'), ...files.filter((f) => f === 'index.html')];
  for (const file of ordered) {
    await mkdir(path.dirname(path.join(DIST_DIR, file)), { recursive: true });
    await rename(path.join(staging, file), path.join(DIST_DIR, file));
  }
  const keep = new Set([...files, ...previous.current, '.build-stamp', '.build-files.json']);
  for (const file of existing) if (!keep.has(file)) await rm(path.join(DIST_DIR, file), { force: true });
  await writeFile(FILE_LIST, JSON.stringify({ current: files }));
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
  // Build beside the served files, then move them in: web/dist stays whole for stacks serving it meanwhile.
  const staging = path.join(DIST_DIR, `.staging-${process.pid}-${Date.now()}`);
  try {
    await build({
      configFile: path.join(REPO_ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir: staging, emptyOutDir: true },
    });
    await install(staging);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await writeFile(STAMP, fingerprint);
  return 'built';
}
