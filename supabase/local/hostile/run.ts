/**
 * `npm run test:hostile`: runs every hostile suite (*.hostile.ts, vitest with ./vitest.config.ts),
 * merges the figures each suite wrote, and ends with one `name: value` line per reliability figure
 * (README "Reliability" states each target). Exits non-zero when a suite fails or a target is missed.
 * Extra arguments go to vitest (e.g. `npm run test:hostile -- crash` runs one suite).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../server';
import { readFigures } from './figures';

/** The reported figures and their targets, in the order they are printed. */
export const TARGETS: { name: string; target: string; met: (v: number) => boolean }[] = [
  { name: 'fuzz_requests', target: '>= 5000', met: (v) => v >= 5000 },
  { name: 'fuzz_5xx', target: '0', met: (v) => v === 0 },
  { name: 'fuzz_forbidden_rows', target: '0', met: (v) => v === 0 },
  { name: 'crash_acknowledged_writes', target: '> 0', met: (v) => v > 0 },
  { name: 'crash_lost_writes', target: '0', met: (v) => v === 0 },
  { name: 'lost_updates', target: '0', met: (v) => v === 0 },
  { name: 'upload_hash_mismatches', target: '0', met: (v) => v === 0 },
];

/** The whole run must end well inside CI's budget. */
const WALL_CLOCK_MS = 15 * 60_000;

async function main() {
  const dir = path.join(REPO_ROOT, 'node_modules/.cache/ita-hostile', `run-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'supabase/local/hostile/vitest.config.ts',
        ...process.argv.slice(2),
      ],
      { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, HOSTILE_FIGURES_DIR: dir } },
    );
    const timer = setTimeout(() => {
      console.error(`test:hostile: still running after ${WALL_CLOCK_MS / 60_000} minutes, stopping it`);
      child.kill('SIGTERM');
    }, WALL_CLOCK_MS);
    child.on('exit', (c, signal) => {
      clearTimeout(timer);
      resolve(c ?? (signal ? 1 : 0));
    });
  });
  const figures = readFigures(dir);
  rmSync(dir, { recursive: true, force: true });
  const wanted = new Set(TARGETS.map((t) => t.name));
  const missed: string[] = [];
  const only = process.argv.length > 2;

  console.log(
    `\nhostile suites: ${code === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  const extras = Object.entries(figures).filter(([k]) => !wanted.has(k));
  if (extras.length) {
    console.log('other figures:');
    for (const [k, v] of extras.sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${k}: ${v}`);
  }
  for (const t of TARGETS) {
    const v = figures[t.name];
    if (v === undefined) {
      if (!only) missed.push(`${t.name} was not reported`);
      continue;
    }
    if (!t.met(v)) missed.push(`${t.name} is ${v}, target ${t.target}`);
  }
  if (missed.length) console.error(`targets missed:\n  ${missed.join('\n  ')}`);
  console.log('');
  for (const t of TARGETS) console.log(`${t.name}: ${figures[t.name] ?? 'n/a'}`);
  process.exit(code !== 0 || missed.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
