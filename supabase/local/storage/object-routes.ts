import type { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireCaller, type StorageCaller } from './caller';
import { asCaller, bucketSettings, deleteObjects, findObject, listObjects, moveObject, writeObject } from './db';
import { ERR } from './errors';
import { jsonBody, type Storage, wantsUpsert } from './http';
import { bucketAndKey, bucketParam, isValidKey, mustBeValidBucketName, mustBeValidKey } from './keys';

const listBody = z.object({
  prefix: z.string().max(1024).default(''),
  limit: z.number().int().min(1).optional(),
  offset: z.number().int().min(0).optional(),
  sortBy: z
    .object({
      column: z.enum(['name', 'updated_at', 'created_at', 'last_accessed_at']).optional(),
      order: z.string().optional(),
    })
    .optional(),
  search: z.string().max(1024).optional(),
});
const removeBody = z.object({ prefixes: z.array(z.string()).min(1) });
const transferBody = z.object({
  bucketId: z.string(),
  sourceKey: z.string(),
  destinationKey: z.string(),
  destinationBucket: z.string().optional(),
  copyMetadata: z.boolean().optional(),
});

/** Supabase caps one list page at 1500 entries. */
const MAX_LIST = 1500;

export function objectRoutes(app: Hono, s: Storage) {
  const { db } = s.deps;

  /** Deletes rows as the caller (RLS decides which go), then their files. */
  async function removeAs(caller: StorageCaller, bucket: string, names: string[]) {
    const valid = names.filter(isValidKey);
    return s.disk.lock(async () => {
      const deleted = await asCaller(db, caller, (tx) => deleteObjects(tx, bucket, valid));
      for (const row of deleted) {
        await s.disk
          .remove(bucket, row.name)
          .catch((e: unknown) => console.error(`[local-stack] storage: could not delete ${bucket}/${row.name}:`, e));
      }
      return deleted;
    });
  }

  app.post('/object/list/:bucket', async (c) => {
    const bucket = bucketParam(c);
    const caller = await requireCaller(c, s.deps);
    const body = await jsonBody(c, listBody);
    // A prefix is always a folder (Supabase appends the slash).
    const prefix = body.prefix.length > 0 && !body.prefix.endsWith('/') ? `${body.prefix}/` : body.prefix;
    const rows = await asCaller(db, caller, (tx) =>
      listObjects(tx, bucket, {
        prefix,
        search: body.search ?? '',
        limit: Math.min(body.limit ?? 100, MAX_LIST),
        offset: body.offset ?? 0,
        column: body.sortBy?.column ?? 'name',
        order: body.sortBy?.order?.toLowerCase() === 'desc' ? 'desc' : 'asc',
      }),
    );
    return c.json(rows);
  });

  app.post('/object/move', async (c) => {
    const caller = await requireCaller(c, s.deps);
    const body = await jsonBody(c, transferBody);
    const from = { bucket: mustBeValidBucketName(body.bucketId), key: body.sourceKey };
    const to = {
      bucket: mustBeValidBucketName(body.destinationBucket || body.bucketId),
      key: mustBeValidKey(body.destinationKey),
    };
    if (!isValidKey(from.key)) throw ERR.noSuchKey();
    if (!(await bucketSettings(db, to.bucket))) throw ERR.noSuchBucket();
    if (from.bucket === to.bucket && from.key === to.key) {
      const row = await asCaller(db, caller, (tx) => findObject(tx, from.bucket, from.key));
      if (!row) throw ERR.noSuchKey();
      return c.json({ message: 'Successfully moved', Id: row.id, Key: to.key });
    }
    const id = await s.disk.lock(async () => {
      const target = await s.disk.prepareTarget(db, to.bucket, to.key, from.bucket === to.bucket ? from.key : null);
      const source = s.disk.file(from.bucket, from.key);
      const id = await asCaller(db, caller, (tx) =>
        moveObject(tx, from.bucket, from.key, {
          ...to,
          name: to.key,
          owner: caller.owner,
          ownerId: caller.ownerId,
          version: randomUUID(),
        }),
      );
      if (!id) throw ERR.noSuchKey();
      try {
        await s.disk.commit(source, target);
      } catch (e) {
        // The row moved but the bytes could not: put the row back rather than leave it without content.
        await db
          .query('update storage.objects set bucket_id = $1, name = $2 where id = $3', [from.bucket, from.key, id])
          .catch(() => undefined);
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw ERR.noSuchKey();
        throw e;
      }
      await s.disk.pruneEmptyParents(from.bucket, source);
      return id;
    });
    return c.json({ message: 'Successfully moved', Id: id, Key: to.key });
  });

  app.post('/object/copy', async (c) => {
    const caller = await requireCaller(c, s.deps);
    const body = await jsonBody(c, transferBody);
    const from = { bucket: mustBeValidBucketName(body.bucketId), key: body.sourceKey };
    const to = {
      bucket: mustBeValidBucketName(body.destinationBucket || body.bucketId),
      key: mustBeValidKey(body.destinationKey),
    };
    if (!isValidKey(from.key)) throw ERR.noSuchKey();
    if (!(await bucketSettings(db, to.bucket))) throw ERR.noSuchBucket();
    const upsert = wantsUpsert(c);
    const result = await s.disk.lock(async () => {
      const source = await asCaller(db, caller, (tx) => findObject(tx, from.bucket, from.key));
      if (!source) throw ERR.noSuchKey();
      const temp = await s.disk.copyToTemp(from.bucket, from.key);
      try {
        const target = await s.disk.prepareTarget(db, to.bucket, to.key);
        const metadata = source.metadata ? { ...source.metadata, lastModified: new Date().toISOString() } : null;
        const id = await asCaller(db, caller, (tx) =>
          writeObject(
            tx,
            {
              id: randomUUID(),
              bucket: to.bucket,
              name: to.key,
              owner: caller.owner,
              ownerId: caller.ownerId,
              metadata,
              userMetadata: body.copyMetadata === false ? null : source.user_metadata,
              version: randomUUID(),
            },
            upsert,
          ),
        );
        await s.disk.commit(temp, target);
        return { id };
      } finally {
        await s.disk.discard(temp);
      }
    });
    return c.json({ Id: result.id, Key: `${to.bucket}/${to.key}` });
  });

  // Remove many: `{ prefixes: [...] }` are exact object names; returns what was deleted.
  app.delete('/object/:bucket', async (c) => {
    const bucket = bucketParam(c);
    const caller = await requireCaller(c, s.deps);
    const body = await jsonBody(c, removeBody);
    return c.json(await removeAs(caller, bucket, body.prefixes));
  });

  app.delete('/object/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c);
    const deleted = await removeAs(await requireCaller(c, s.deps), bucket, [key]);
    if (deleted.length === 0) throw ERR.noSuchKey();
    return c.json({ message: 'Successfully deleted' });
  });
}
