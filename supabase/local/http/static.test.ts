import { Hono } from 'hono';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding, spaRoutes } from './static';

const INDEX = '<!doctype html><html lang="th"><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('สวัสดี '.repeat(400))});`;

let dir: string;
let app: Hono;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ita-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), INDEX);
  await writeFile(path.join(dir, 'assets/app-abc123.js'), SCRIPT);
  // As the build's `precompress` plugin writes them.
  await writeFile(path.join(dir, 'assets/app-abc123.js.br'), brotliCompressSync(SCRIPT));
  await writeFile(path.join(dir, 'assets/app-abc123.js.gz'), gzipSync(SCRIPT));
  await writeFile(path.join(dir, 'robots.txt'), 'User-agent: *\n');
  app = new Hono();
  app.get('/rest/v1/ping', (c) => c.text('pong'));
  await spaRoutes(app, dir);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const get = (p: string, acceptEncoding?: string) =>
  app.request(p, acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } });

describe('the SPA served by the local stack', () => {
  it('sends the brotli file to browsers that accept it, cached for a year', async () => {
    const res = await get('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(SCRIPT);
  });

  it('sends gzip when brotli is not accepted, and the plain file when nothing is', async () => {
    const gz = await get('/assets/app-abc123.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);

    const plain = await get('/assets/app-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('answers a missing hashed asset with 404, not the HTML of the app', async () => {
    const res = await get('/assets/app-old999.js', 'br');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<div id="root">');
  });

  it('answers client routes with index.html, never cached, compressed as accepted', async () => {
    for (const route of ['/', '/index.html', '/my-work', '/measures/1b7c0f0e-0000-4000-8000-000000000001']) {
      const res = await get(route, 'gzip');
      expect(res.status, route).toBe(200);
      expect(res.headers.get('cache-control'), route).toBe('no-cache');
      expect(res.headers.get('content-type'), route).toMatch(/^text\/html/);
      expect(res.headers.get('content-encoding'), route).toBe('gzip');
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), route).toBe(INDEX);
    }
    const plain = await get('/dashboard');
    expect(await plain.text()).toBe(INDEX);
  });

  it('serves other files as they are, and leaves the API prefixes alone', async () => {
    expect(await (await get('/robots.txt')).text()).toBe('User-agent: *\n');
    expect(await (await get('/rest/v1/ping')).text()).toBe('pong');
    for (const p of ['/rest/v1/nothing-here', '/auth/v1/nope', '/storage/v1']) {
      const res = await get(p, 'br');
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain('<div id="root">');
    }
  });
});

describe('preferredEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['deflate', 'identity'],
    ['gzip;q=0, identity', 'identity'],
  ])('%j → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
