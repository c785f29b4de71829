import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { existsSync } from 'node:fs';
import { mkdir, rm, mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { authRoutes, type AuthOptions } from './auth/routes';
import { deriveKeys, loadOrCreateSecret, type Keys } from './auth/jwt';
import type { Database } from './db/database';
import { acquireLock } from './db/data-lock';
import { migrate } from './db/migrator';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';
import type { StackDeps } from './http/deps';
import { requestLog, type LogSink } from './http/request-log';
import { spaRoutes } from './http/static';
import { restRoutes } from './rest/routes';
import { seedStorageIfNew } from './storage/seed-files';
import { storageRoutes } from './storage/routes';

export const DEFAULT_PORT = 54321;
export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.local-stack');

export interface AppOptions {
  /** Built SPA to serve at / (with index.html fallback for client routes). */
  staticDir?: string;
  log?: LogSink | null;
  auth?: AuthOptions;
}

/** The HTTP surface of the local stack, as a Hono app (no listening socket). */
export async function createApp(deps: StackDeps, options: AppOptions = {}) {
  const app = new Hono();
  if (options.log) app.use('*', requestLog(options.log));
  app.use(
    '/*',
    cors({
      origin: '*',
      allowHeaders: [
        'authorization',
        'apikey',
        'content-type',
        'x-client-info',
        'prefer',
        'range',
        'accept',
        'accept-profile',
        'content-profile',
        'x-upsert',
        'cache-control',
        'x-supabase-api-version',
        'content-range',
      ],
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: [
        'content-range',
        'content-profile',
        'x-total-count',
        'x-supabase-api-version',
        'content-disposition',
        'retry-after',
      ],
      maxAge: 3600,
    }),
  );
  app.onError((err, c) => {
    // Unexpected failures: the client gets a generic body, the operator gets the stack.
    console.error(`[local-stack] ${c.req.method} ${c.req.path}:`, err);
    return c.json({ code: 'unexpected_failure', message: 'Internal server error' }, 500);
  });
  app.route('/auth/v1', authRoutes(deps, options.auth));
  app.route('/rest/v1', await restRoutes(deps));
  app.route('/storage/v1', storageRoutes(deps));

  if (options.staticDir && existsSync(options.staticDir)) await spaRoutes(app, options.staticDir);
  return app;
}

export interface StartOptions extends AppOptions {
  port?: number;
  hostname?: string;
  /** A folder for data, or 'memory'. */
  data?: string;
  /** Start PGlite from a dumped data dir instead of initdb (tests). Implies memory. */
  snapshotFile?: string;
  /** Put the HTTP layer in front of this PostgreSQL server instead of PGlite. */
  databaseUrl?: string;
  /** Delete the data folder first. */
  reset?: boolean;
  /** Run seed.sql on a new database (default true). */
  seed?: boolean;
  /** Where jwt-secret lives when data is 'memory'. */
  secretDir?: string;
  jwtSecret?: string;
  onProgress?: (msg: string) => void;
}

export interface RunningStack {
  url: string;
  port: number;
  keys: Keys;
  db: Database;
  deps: StackDeps;
  storageDir: string;
  close(): Promise<void>;
}

export async function startStack(options: StartOptions = {}): Promise<RunningStack> {
  const progress = options.onProgress ?? (() => undefined);
  const memory = options.data === 'memory' || options.snapshotFile !== undefined;
  const dataDir = memory ? null : path.resolve(options.data ?? DEFAULT_DATA_DIR);
  if (dataDir && options.reset) await rm(dataDir, { recursive: true, force: true });
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const releaseLock = dataDir ? await acquireLock(dataDir, options.port ?? DEFAULT_PORT) : async () => undefined;

  const secret = await loadOrCreateSecret(
    dataDir ?? options.secretDir ?? DEFAULT_DATA_DIR,
    options.jwtSecret ?? process.env.SUPABASE_JWT_SECRET,
  );
  const keys = await deriveKeys(secret);

  progress(options.databaseUrl ? 'connecting to PostgreSQL' : 'opening PGlite');
  const db = await (
    options.databaseUrl
      ? openPostgres(options.databaseUrl)
      : openPglite({
          ...(dataDir ? { dataDir: path.join(dataDir, 'pgdata') } : {}),
          ...(options.snapshotFile ? { snapshotFile: options.snapshotFile } : {}),
        })
  ).catch(async (e: unknown) => {
    await releaseLock();
    throw e;
  });
  let tempStorage: string | null = null;
  try {
    const migrated = await migrate(db, { seedFile: options.seed === false ? null : undefined, log: progress });
    const storageDir = dataDir
      ? path.join(dataDir, 'storage')
      : (tempStorage = await mkdtemp(path.join(os.tmpdir(), 'ita-storage-')));
    await mkdir(storageDir, { recursive: true });
    // The demo evidence files (supabase/seed-storage/<bucket>/**) go with a freshly seeded database only.
    await seedStorageIfNew(db, storageDir, {
      seeded: migrated.seeded,
      fromSnapshot: options.snapshotFile !== undefined,
    });

    const hostname = options.hostname ?? '127.0.0.1';
    const requestedPort = options.port ?? DEFAULT_PORT;
    // publicUrl is only known after listen when port 0 is asked for; deps reads it lazily.
    const deps: StackDeps = { db, keys, storageDir, publicUrl: `http://${hostname}:${requestedPort}` };
    const app = await createApp(deps, options);

    const server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: requestedPort, hostname }, () => resolve(s));
      s.once('error', reject);
    });
    // Idle keep-alive sockets must outlive the client's (undici closes after 4 s): otherwise a request
    // can race the server closing the socket and fail with "other side closed", worst under load.
    const httpServer = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
    httpServer.keepAliveTimeout = 65_000;
    httpServer.headersTimeout = 66_000;
    const port = (server.address() as AddressInfo).port;
    deps.publicUrl = `http://${hostname}:${port}`;
    let closed = false;
    return {
      url: deps.publicUrl,
      port,
      keys,
      db,
      deps,
      storageDir,
      async close() {
        if (closed) return;
        closed = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await db.close();
        await releaseLock();
        if (tempStorage) await rm(tempStorage, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await db.close().catch(() => undefined);
    await releaseLock();
    if (tempStorage) await rm(tempStorage, { recursive: true, force: true });
    throw e;
  }
}
