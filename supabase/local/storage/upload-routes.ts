import type { Context, Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { incomingMessage } from '../http/remote';
import { requireCaller, serviceCaller, type StorageCaller } from './caller';
import { asCaller, bucketSettings, testAsCaller, writeObject, type NewObject, type ObjectMetadata } from './db';
import { ERR } from './errors';
import { type Storage, wantsUpsert } from './http';
import { bucketAndKey } from './keys';
import { effectiveLimit } from './limits';
import { receiveUpload } from './receive';
import { SIGNED_UPLOAD_EXPIRY, signUploadToken, signedPath, verifyUploadToken } from './tokens';

const isEmptyFolderPlaceholder = (key: string) => key.endsWith('.emptyFolderPlaceholder');

interface UploadTarget {
  bucket: string;
  key: string;
  caller: StorageCaller;
  upsert: boolean;
}

/**
 * One upload, ordered so that a failure at any step leaves neither a row nor a file
 * (and a failed overwrite leaves the old file in place):
 *   1. the write is tried as the caller and rolled back (403 / 409 before any byte is read);
 *   2. the body streams to a temp file, size-checked and md5-hashed on the way;
 *   3. under the disk lock the row is written as the caller and committed, and only
 *      then is the temp file renamed over `<bucket>/<key>`.
 */
async function storeUpload(c: Context, s: Storage, t: UploadTarget) {
  const { db } = s.deps;
  const bucket = await bucketSettings(db, t.bucket);
  if (!bucket) throw ERR.noSuchBucket();
  const placeholder = isEmptyFolderPlaceholder(t.key);
  const row = (metadata: ObjectMetadata | null, userMetadata: Record<string, unknown> | null): NewObject => ({
    id: randomUUID(),
    bucket: t.bucket,
    name: t.key,
    owner: t.caller.owner,
    ownerId: t.caller.ownerId,
    metadata,
    userMetadata,
    version: randomUUID(),
  });

  await testAsCaller(db, t.caller, (tx) => writeObject(tx, row(null, null), t.upsert));

  const req = incomingMessage(c);
  if (!req) throw ERR.noContent();
  const tempFile = await s.disk.newTempFile();
  try {
    const file = await receiveUpload(req, {
      tempFile,
      limit: placeholder ? 0 : effectiveLimit(bucket.file_size_limit, s.globalLimit),
      allowedMimeTypes: bucket.allowed_mime_types,
      checkMimeType: !placeholder,
    });
    const now = new Date().toISOString();
    const metadata: ObjectMetadata = {
      eTag: `"${file.md5}"`,
      size: file.size,
      mimetype: file.mimetype,
      cacheControl: file.cacheControl,
      lastModified: now,
      contentLength: file.size,
      httpStatusCode: 200,
    };
    const id = await s.disk.lock(async () => {
      const target = await s.disk.prepareTarget(db, t.bucket, t.key);
      const id = await asCaller(db, t.caller, (tx) => writeObject(tx, row(metadata, file.userMetadata), t.upsert));
      try {
        await s.disk.commit(tempFile, target);
      } catch (e) {
        // Practically unreachable (prepareTarget made room under the lock); never leave a row without bytes.
        if (!t.upsert) await db.query('delete from storage.objects where id = $1', [id]).catch(() => undefined);
        throw e;
      }
      return id;
    });
    return c.json({ Id: id, Key: `${t.bucket}/${t.key}` });
  } finally {
    await s.disk.discard(tempFile);
  }
}

export function uploadRoutes(app: Hono, s: Storage) {
  // Signed upload URLs: the token (checked against INSERT permissions when issued) authorises the PUT.
  app.post('/object/upload/sign/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c);
    const caller = await requireCaller(c, s.deps);
    if (!(await bucketSettings(s.deps.db, bucket))) throw ERR.noSuchBucket();
    const upsert = wantsUpsert(c);
    await testAsCaller(s.deps.db, caller, (tx) =>
      writeObject(
        tx,
        {
          id: randomUUID(),
          bucket,
          name: key,
          owner: caller.owner,
          ownerId: caller.ownerId,
          metadata: null,
          userMetadata: null,
          version: '1',
        },
        upsert,
      ),
    );
    const token = await signUploadToken(s.deps.keys.secret, bucket, key, caller.ownerId, upsert, SIGNED_UPLOAD_EXPIRY);
    return c.json({ url: signedPath('upload/sign', bucket, key, token), token });
  });

  app.put('/object/upload/sign/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c);
    const token = c.req.query('token');
    if (!token) throw ERR.invalidRequest("querystring must have required property 'token'");
    const claims = await verifyUploadToken(s.deps.keys.secret, token, bucket, key);
    const caller = serviceCaller(c);
    const owner = claims.owner && /^[0-9a-f-]{36}$/i.test(claims.owner) ? claims.owner : null;
    return storeUpload(c, s, {
      bucket,
      key,
      caller: { ...caller, owner, ownerId: claims.owner },
      upsert: claims.upsert,
    });
  });

  app.post('/object/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c);
    const caller = await requireCaller(c, s.deps);
    return storeUpload(c, s, { bucket, key, caller, upsert: wantsUpsert(c) });
  });

  // PUT replaces the object (Supabase runs it as an upsert).
  app.put('/object/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c);
    const caller = await requireCaller(c, s.deps);
    return storeUpload(c, s, { bucket, key, caller, upsert: true });
  });
}
