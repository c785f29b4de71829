/**
 * The SPA as a browser gets it, from the app started exactly like `npm start` (a child process serving the
 * production build and the API on one port, in-memory database with the demo data):
 *
 * - login_route_js_gzip_kb: the JavaScript the browser downloads before the login form is interactive.
 *   A fresh Chromium profile (empty cache) opens /login asking for gzip only (`Accept-Encoding: gzip`); the
 *   figure is the sum of the compressed response bodies (Resource Timing `encodedBodySize`, headers excluded)
 *   of every .js response whose request started before the form's submit button was in the DOM (React commits
 *   the form with its event handlers, so from then on it accepts input and submits).
 * - login_deferred_js_gzip_kb: the .js requested after that, once the person starts on the form (the e-mail
 *   field gets focus), until nothing more is requested for a second: supabase-js, which the form fetches
 *   then, while the person types.
 * - lighthouse_performance / lighthouse_accessibility: Lighthouse 12, default (mobile) preset with its
 *   simulated throttling (slow 4G, 4x CPU), on /login signed out; `_dashboard`: the same on /dashboard
 *   signed in as the director (signed in first in the same Chrome profile; Lighthouse then keeps storage
 *   but the HTTP cache is cleared before each run, so every run is a cold load). Medians of
 *   WEB_BENCH_RUNS runs (default 3): scores swing with the machine's load, printed as machine_load_1m.
 * - `_dashboard_desktop`: /dashboard again with Lighthouse's desktop preset (no CPU slowdown, fast network),
 *   as the district office's own desktops load it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { deriveKeys, loadOrCreateSecret } from '../auth/jwt';
import { buildSpaIfNeeded } from '../cli/spa-build';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../e2e/chromium';

/** Lighthouse runs per page; 0 skips Lighthouse (the JS figures only). */
const RUNS = Math.max(0, Number(process.env.WEB_BENCH_RUNS ?? 3));
const VERBOSE = process.env.WEB_BENCH_VERBOSE === '1';
/** A folder to keep every Lighthouse report in (JSON), to see what a score is made of. */
const REPORTS = process.env.WEB_BENCH_REPORTS;
const DIRECTOR = { email: 'director@dindaeng.example', password: 'demo-password' };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const log = (m: string) => process.stderr.write(`  [web] ${m}\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** `npm start` in a child process on a free port; resolves once the API answers. */
async function startApp(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'supabase/local/cli/start.ts', '--memory', '--quiet', '--port', String(port)],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${stderr}`);
    try {
      if ((await fetch(`${url}/auth/v1/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`the app did not start in 240 s:\n${stderr}`);
}

async function stopApp(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Resolves once the page has requested nothing new for a second. */
async function settled(page: Page) {
  let count = -1;
  for (;;) {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (now === count) return;
    count = now;
    await page.waitForTimeout(1000);
  }
}

interface ScriptLoad {
  name: string;
  startTime: number;
  encodedBodySize: number;
}

/** The login route's JS, split at the moment the form is in the DOM. */
async function measureLoginJs(url: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
    const page = await context.newPage();
    // The moment React inserts the form into the document, taken synchronously inside the DOM call (a
    // MutationObserver would run after the effects React starts in the same task). A string, not a
    // function: tsx would wrap named functions in a helper the page does not have.
    await page.addInitScript(`
      for (const method of ['appendChild', 'insertBefore']) {
        const original = Node.prototype[method];
        Node.prototype[method] = function (...args) {
          const result = original.apply(this, args);
          if (window.__formReadyAt === undefined && this.isConnected &&
              document.querySelector('form button[type="submit"]')) window.__formReadyAt = performance.now();
          return result;
        };
      }
    `);
    await page.goto(`${url}/login`);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor({ state: 'visible' });
    await settled(page);
    // A person starting on the form: the page fetches supabase-js then.
    await page.getByLabel(/อีเมล/).focus();
    await settled(page);
    const { readyAt, scripts } = await page.evaluate(() => ({
      readyAt: (window as unknown as { __formReadyAt: number }).__formReadyAt,
      scripts: performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ name: new URL(e.name).pathname, startTime: e.startTime, encodedBodySize: e.encodedBodySize })),
    }));
    if (typeof readyAt !== 'number') throw new Error('the login form never appeared');
    const initial: ScriptLoad[] = scripts.filter((s) => s.startTime <= readyAt);
    const deferred: ScriptLoad[] = scripts.filter((s) => s.startTime > readyAt);
    if (VERBOSE) {
      for (const s of [...initial, ...deferred].sort((a, b) => b.encodedBodySize - a.encodedBodySize)) {
        log(
          `${kb(s.encodedBodySize).toFixed(1).padStart(6)} KB ${initial.includes(s) ? 'initial ' : 'deferred'} ${s.name}`,
        );
      }
    }
    const sum = (xs: ScriptLoad[]) => xs.reduce((t, s) => t + s.encodedBodySize, 0);
    return {
      login_route_js_gzip_kb: kb(sum(initial)),
      login_route_js_files: initial.length,
      login_deferred_js_gzip_kb: kb(sum(deferred)),
    };
  } finally {
    await browser.close();
  }
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  failed: string[];
}

let reportCount = 0;

async function runLighthouse(
  url: string,
  port: number,
  keepStorage: boolean,
  config?: Config,
): Promise<LighthouseFigures> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: keepStorage,
    },
    config,
  );
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr } = result;
  if (REPORTS) {
    await mkdir(REPORTS, { recursive: true });
    const preset = config ? '-desktop' : '';
    const name = `${++reportCount}-${new URL(url).pathname.slice(1) || 'root'}${preset}.json`;
    await writeFile(path.join(REPORTS, name), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failed = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs)
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failed,
  };
}

function summarise(page: string, suffix: string, runs: LighthouseFigures[]) {
  if (VERBOSE || runs.some((r) => r.failed.length)) {
    for (const r of runs) log(`${page}: ${r.performance}/${r.accessibility} below 0.9: ${r.failed.join(', ')}`);
  }
  return {
    [`lighthouse_performance${suffix}`]: median(runs.map((r) => r.performance)),
    [`lighthouse_accessibility${suffix}`]: median(runs.map((r) => r.accessibility)),
    [`lighthouse_fcp_ms${suffix}`]: Math.round(median(runs.map((r) => r.fcp))),
    [`lighthouse_lcp_ms${suffix}`]: Math.round(median(runs.map((r) => r.lcp))),
    [`lighthouse_tbt_ms${suffix}`]: Math.round(median(runs.map((r) => r.tbt))),
    [`lighthouse_cls${suffix}`]: Math.round(median(runs.map((r) => r.cls)) * 1000) / 1000,
  };
}

/** Lighthouse on /login (signed out), then on /dashboard signed in as the director, in one Chrome. */
async function lighthouseScores(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  let browser: Browser | null = null;
  try {
    const login: LighthouseFigures[] = [];
    for (let i = 0; i < RUNS; i++) login.push(await runLighthouse(`${url}/login`, chrome.port, false));

    browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0]!;
    const page = await context.newPage();
    await page.goto(`${url}/login`);
    await page.getByLabel(/อีเมล/).fill(DIRECTOR.email);
    await page.getByLabel(/^รหัสผ่าน/).fill(DIRECTOR.password);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.getByRole('heading', { level: 1, name: 'แดชบอร์ด' }).waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);

    const dashboard: LighthouseFigures[] = [];
    const dashboardDesktop: LighthouseFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Keep the session (localStorage), not the cached assets: every run loads the page cold.
      await cdp.send('Network.clearBrowserCache');
      dashboard.push(await runLighthouse(`${url}/dashboard`, chrome.port, true));
      await cdp.send('Network.clearBrowserCache');
      dashboardDesktop.push(await runLighthouse(`${url}/dashboard`, chrome.port, true, desktopConfig));
    }
    await page.close();
    return {
      ...summarise('login', '', login),
      ...summarise('dashboard', '_dashboard', dashboard),
      ...summarise('dashboard (desktop)', '_dashboard_desktop', dashboardDesktop),
    };
  } finally {
    // Disconnect playwright first; chrome-launcher owns the process.
    await browser?.close().catch(() => undefined);
    chrome.kill();
  }
}

export async function benchWeb(): Promise<Record<string, number | string>> {
  // What `npm start` does before it serves: build web/dist unless an identical build is there.
  const keys = await deriveKeys(await loadOrCreateSecret(DEFAULT_DATA_DIR));
  await buildSpaIfNeeded({ VITE_SUPABASE_URL: '/', VITE_SUPABASE_ANON_KEY: keys.anonKey }, log);
  const { url, child } = await startApp();
  try {
    const loadBefore = os.loadavg()[0]!;
    const js = await measureLoginJs(url);
    const scores = RUNS > 0 ? await lighthouseScores(url) : {};
    return {
      ...js,
      ...scores,
      lighthouse_preset: 'mobile',
      lighthouse_runs: RUNS,
      machine_load_1m: Math.round(((loadBefore + os.loadavg()[0]!) / 2) * 100) / 100,
    };
  } finally {
    await stopApp(child);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchWeb()
    .then((figures) => {
      for (const [k, v] of Object.entries(figures)) console.log(`${k}: ${v}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
