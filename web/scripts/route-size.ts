/**
 * How much JavaScript a route loads, gzipped: the entry (everything index.html pulls in) plus the route's
 * lazy chunks and their imports. The supabase-js chunk is listed apart: the login page renders without it
 * and fetches it right after; signed-in routes load it in their guard, before rendering.
 *
 *   VITE_SUPABASE_URL=/ VITE_SUPABASE_ANON_KEY=any-key-of-20-chars-or-more npx vite build --manifest
 *   npx tsx web/scripts/route-size.ts                       # the login route (it is in the entry)
 *   npx tsx web/scripts/route-size.ts src/features/my-work/components/my-work-page.tsx
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const dist = path.resolve(process.env.DIST_DIR ?? path.join(import.meta.dirname, '../dist'));
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const routes = process.argv.slice(2);
const DEFERRED = ['src/lib/supabase.ts'];

function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Not in the manifest: ${key}`);
    if (seen.has(key)) continue;
    seen.add(key);
    closure(chunk.imports ?? [], seen);
  }
  return seen;
}

const gzipKb = (key: string) =>
  gzipSync(readFileSync(path.join(dist, manifest[key]!.file)), { level: 9 }).length / 1024;
const sum = (keys: Iterable<string>) => [...keys].reduce((total, key) => total + gzipKb(key), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entryKey) throw new Error('No entry in the manifest: build with --manifest');
const entry = closure([entryKey]);
// The login route is part of the entry (no lazy chunk of its own): with no argument, the entry alone.
const route = routes.length ? closure(routes, new Set(entry)) : new Set(entry);
const deferred = [...closure(DEFERRED, new Set(route))].filter((key) => !route.has(key));

const rows = [...route].map((key) => ({ key, kb: gzipKb(key), part: entry.has(key) ? 'entry' : 'route' }));
for (const { key, kb, part } of rows.sort((a, b) => b.kb - a.kb)) {
  console.log(`${kb.toFixed(1).padStart(7)} KB  ${part}  ${manifest[key]!.file}`);
}
console.log(
  `entry ${sum(entry).toFixed(1)} KB + route ${(sum(route) - sum(entry)).toFixed(1)} KB = ${sum(route).toFixed(1)} KB gzip`,
);
console.log(
  `supabase-js chunk (after first render on /login; before it on signed-in routes): ${sum(deferred).toFixed(1)} KB gzip`,
);
