import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../server';

/** Where each suite leaves its figures (run.ts sets HOSTILE_FIGURES_DIR to a fresh folder per run). */
export function figuresDir(): string {
  return process.env.HOSTILE_FIGURES_DIR ?? path.join(REPO_ROOT, 'node_modules/.cache/ita-hostile/figures');
}

/** Records a suite's figures (merged with what the suite wrote before in this run). */
export function recordFigures(suite: string, figures: Record<string, number>): void {
  const dir = figuresDir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${suite}.json`);
  let previous: Record<string, number> = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  } catch {
    // first figures of this suite
  }
  writeFileSync(file, JSON.stringify({ ...previous, ...figures }, null, 2));
}

/** Every suite's figures, merged. */
export function readFigures(dir = figuresDir()): Record<string, number> {
  const out: Record<string, number> = {};
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return out;
  }
  for (const f of files.sort()) Object.assign(out, JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  return out;
}
