import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { optionalCaller, requireCaller, type StorageCaller } from './caller';
import { asCaller, bucketSettings, findObject, findObjectNames, type ObjectRow } from './db';
import { ERR } from './errors';
import { jsonBody, type Storage } from './http';
import { bucketAndKey, bucketParam, isValidKey } from './keys';
import { objectInfo, openObject, sendObject } from './serve';
import { signDownloadToken, signedPath, verifyDownloadToken } from './tokens';

type Access = { kind: 'optional' } | { kind: 'authenticated' } | { kind: 'public' };

const expiresIn = z.number().int().min(1);
const signBody = z.object({ expiresIn });
const signManyBody = z.object({ expiresIn, paths: z.array(z.string()).min(1) });

/**
 * Who may see `<bucket>/<key>`, as Supabase decides it: a public bucket's objects are
 * looked up with the superuser connection; a private bucket's only as the caller, so
 * that RLS on storage.objects decides (not visible = not found). Without a verified
 * token only public buckets exist.
 */
async function visibleObject(c: Context, s: Storage, access: Access, bucket: string, key: string) {
  const { db } = s.deps;
  let caller: StorageCaller | null = null;
  if (access.kind === 'authenticated') caller = await requireCaller(c, s.deps);
  else if (access.kind === 'optional') caller = await optionalCaller(c, s.deps);
  const settings = await bucketSettings(db, bucket);
  if (!settings || (!settings.public && (access.kind === 'public' || !caller))) throw ERR.noSuchBucket();
  const lookup = (): Promise<ObjectRow | null> =>
    settings.public || !caller
      ? findObject(db, bucket, key)
      : asCaller(db, caller, (tx) => findObject(tx, bucket, key));
  return lookup;
}

function download(c: Context): string | undefined {
  return c.req.query('download');
}

export function readRoutes(app: Hono, s: Storage) {
  const { db } = s.deps;

  const serve = (access: Access) => async (c: Context) => {
    const { bucket, key } = bucketAndKey(c);
    const lookup = await visibleObject(c, s, access, bucket, key);
    const opened = await openObject(s.disk, bucket, key, lookup);
    return sendObject(c, opened, { download: download(c) });
  };

  const info = (access: Access) => async (c: Context) => {
    const { bucket, key } = bucketAndKey(c);
    const lookup = await visibleObject(c, s, access, bucket, key);
    const row = await lookup();
    if (!row) throw ERR.noSuchKey();
    return c.json(objectInfo(row));
  };

  // Signed URLs -------------------------------------------------------------

  app.post('/object/sign/:bucket', async (c) => {
    const bucket = bucketParam(c);
    const caller = await requireCaller(c, s.deps);
    const body = await jsonBody(c, signManyBody);
    const valid = body.paths.filter(isValidKey);
    const visible = await asCaller(db, caller, (tx) => findObjectNames(tx, bucket, valid));
    const results = await Promise.all(
      body.paths.map(async (path) => {
        if (!visible.has(path)) {
          return { error: 'Either the object does not exist or you do not have access to it', path, signedURL: null };
        }
        const token = await signDownloadToken(s.deps.keys.secret, bucket, path, body.expiresIn);
        return { error: null, path, signedURL: signedPath('sign', bucket, path, token) };
      }),
    );
    return c.json(results);
  });

  app.post('/object/sign/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c);
    const caller = await requireCaller(c, s.deps);
    const body = await jsonBody(c, signBody);
    const row = await asCaller(db, caller, (tx) => findObject(tx, bucket, key));
    if (!row) throw ERR.noSuchKey();
    const token = await signDownloadToken(s.deps.keys.secret, bucket, key, body.expiresIn);
    return c.json({ signedURL: signedPath('sign', bucket, key, token) });
  });

  // The token alone authorises the download: no API key or session is needed.
  app.get('/object/sign/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c);
    const token = c.req.query('token');
    if (!token) throw ERR.invalidRequest("querystring must have required property 'token'");
    const claims = await verifyDownloadToken(s.deps.keys.secret, token, bucket, key);
    const opened = await openObject(s.disk, bucket, key, () => findObject(db, bucket, key));
    return sendObject(c, opened, { download: download(c), expires: claims.exp });
  });

  // Info ----------------------------------------------------------------------

  app.get('/object/info/public/:bucket/*', info({ kind: 'public' }));
  app.get('/object/info/authenticated/:bucket/*', info({ kind: 'authenticated' }));
  app.get('/object/info/:bucket/*', info({ kind: 'optional' }));

  // Downloads (GET and HEAD) ---------------------------------------------------

  app.get('/object/public/:bucket/*', serve({ kind: 'public' }));
  app.get('/object/authenticated/:bucket/*', serve({ kind: 'authenticated' }));
  app.get('/object/:bucket/*', serve({ kind: 'optional' }));
}
