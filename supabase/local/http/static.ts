import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

/**
 * The built SPA (web/dist) on the stack's port: hashed assets cached for a year, other files as they are,
 * and index.html (never cached) for every other path, so client routes load on refresh. The API prefixes
 * never fall back to the SPA.
 */
export async function spaRoutes(app: Hono, staticDir: string): Promise<void> {
  const root = path.relative(process.cwd(), staticDir) || '.';
  const index = await loadIndexHtml(staticDir);
  // The build writes .br and .gz beside every compressible file (vite.config.ts, `precompress`): sent as
  // they are when the browser accepts them, with Vary so caches keep the variants apart.
  const files = (cacheControl: string | null) =>
    serveStatic({
      root,
      precompressed: true,
      onFound: (file, c) => {
        if (cacheControl) c.header('cache-control', cacheControl);
        if (!c.res.headers.has('content-encoding') && (existsSync(`${file}.br`) || existsSync(`${file}.gz`))) {
          c.header('vary', 'Accept-Encoding');
        }
      },
    });
  app.use('/assets/*', files('public, max-age=31536000, immutable'));
  // A hashed file that is not there (an old tab after a rebuild) is a 404, not the SPA's HTML.
  app.get('/assets/*', (c) => c.notFound());
  const otherFiles = files(null);
  // index.html only through the SPA fallback below (no-cache), not as a static file.
  app.use('/*', (c, next) => (c.req.path === '/' || c.req.path === '/index.html' ? next() : otherFiles(c, next)));
  app.get('*', (c) => {
    if (/^\/(auth|rest|storage)\/v1(\/|$)/.test(c.req.path)) return c.notFound();
    const encoding = preferredEncoding(c.req.header('accept-encoding'));
    c.header('cache-control', 'no-cache');
    c.header('vary', 'Accept-Encoding');
    c.header('content-type', 'text/html; charset=UTF-8');
    if (encoding !== 'identity') c.header('content-encoding', encoding);
    return c.body(new Uint8Array(index[encoding]));
  });
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to answer with: br, else gzip, when the Accept-Encoding header accepts it (q > 0). */
export function preferredEncoding(header: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name) accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** index.html in each encoding, compressed once at start (the SPA fallback answers every client route). */
async function loadIndexHtml(dir: string): Promise<Record<Encoding, Buffer>> {
  const identity = await readFile(path.join(dir, 'index.html'));
  return {
    identity,
    br: brotliCompressSync(identity, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(identity, { level: 9 }),
  };
}
