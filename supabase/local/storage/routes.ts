import { Hono } from 'hono';
import type { StackDeps } from '../http/deps';
import { bucketRoutes } from './bucket-routes';
import { Disk } from './disk';
import { ERR, StorageError, renderError } from './errors';
import type { Storage } from './http';
import { globalFileSizeLimit } from './limits';
import { objectRoutes } from './object-routes';
import { readRoutes } from './read-routes';
import { uploadRoutes } from './upload-routes';

export interface StorageOptions {
  /** Largest upload in bytes (default: STORAGE_FILE_SIZE_LIMIT, else 50 MB). */
  fileSizeLimit?: number;
}

/**
 * Supabase Storage-compatible /storage/v1: buckets and objects in storage.buckets /
 * storage.objects (every object row read or written as the caller, so the project's
 * RLS policies decide), bytes under `<storageDir>/<bucket>/<key>`.
 */
export function storageRoutes(deps: StackDeps, options: StorageOptions = {}) {
  const app = new Hono();
  const s: Storage = {
    deps,
    disk: new Disk(deps.storageDir),
    globalLimit: options.fileSizeLimit ?? globalFileSizeLimit(),
  };

  app.onError((err, c) => {
    if (err instanceof StorageError) return renderError(c, err);
    console.error(`[local-stack] storage ${c.req.method} ${c.req.path}:`, err);
    return renderError(c, ERR.internal());
  });

  // Order matters: literal prefixes (list, move, copy, sign, upload, info, public,
  // authenticated) before the catch-all `/object/:bucket/*` routes.
  bucketRoutes(app, s);
  objectRoutes(app, s);
  readRoutes(app, s);
  uploadRoutes(app, s);

  app.all('*', (c) => renderError(c, ERR.routeNotFound(c.req.method, c.req.path)));
  return app;
}
