import type { Hono } from 'hono';
import { z } from 'zod';
import { requireCaller } from './caller';
import {
  asCaller,
  countObjects,
  createBucket,
  deleteBucket,
  deleteObjects,
  findBucket,
  listBuckets,
  updateBucket,
  type BucketFields,
} from './db';
import { ERR, StorageError } from './errors';
import { jsonBody, type Storage } from './http';
import { bucketParam, mustBeValidBucketName } from './keys';
import { isValidMimeTypeEntry, parseFileSize } from './limits';

const sizeLimit = z.union([z.number(), z.string()]).nullable().optional();
const mimeTypes = z.array(z.string()).nullable().optional();
const createBody = z.object({
  name: z.string(),
  id: z.string().optional(),
  public: z.boolean().optional(),
  file_size_limit: sizeLimit,
  allowed_mime_types: mimeTypes,
  type: z.enum(['STANDARD', 'ANALYTICS']).optional(),
});
const updateBody = z.object({
  public: z.boolean().optional(),
  file_size_limit: sizeLimit,
  allowed_mime_types: mimeTypes,
});

/**
 * Bucket management. Every read and write runs as the caller, so RLS on
 * storage.buckets decides: in practice only the service role manages buckets,
 * as on Supabase.
 */
export function bucketRoutes(app: Hono, s: Storage) {
  const { db } = s.deps;

  /** file_size_limit and allowed_mime_types checked and normalised as Supabase does. */
  function bucketFields(body: z.infer<typeof updateBody>): BucketFields {
    const fields: BucketFields = {};
    if (body.public !== undefined) fields.public = body.public;
    if (body.file_size_limit === null) fields.file_size_limit = null;
    else if (body.file_size_limit !== undefined) {
      const bytes = parseFileSize(body.file_size_limit);
      if (bytes > s.globalLimit) throw ERR.entityTooLarge();
      fields.file_size_limit = bytes;
    }
    if (body.allowed_mime_types !== undefined) {
      const list = body.allowed_mime_types?.filter((m) => m) ?? null;
      const bad = list?.find((m) => !isValidMimeTypeEntry(m));
      if (bad !== undefined) throw ERR.invalidMimeType(bad);
      fields.allowed_mime_types = list;
    }
    return fields;
  }

  app.get('/bucket', async (c) => {
    const caller = await requireCaller(c, s.deps);
    const q = c.req.query();
    const limit = q.limit !== undefined ? Number(q.limit) : undefined;
    const offset = q.offset !== undefined ? Number(q.offset) : undefined;
    if (
      (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) ||
      (offset !== undefined && !(Number.isInteger(offset) && offset >= 0))
    ) {
      throw ERR.invalidRequest('limit and offset must be non-negative integers');
    }
    const sortColumn =
      (['id', 'name', 'created_at', 'updated_at'] as const).find((col) => col === q.sortColumn) ?? 'name';
    const rows = await asCaller(db, caller, (tx) =>
      listBuckets(tx, {
        ...(limit !== undefined ? { limit } : {}),
        ...(offset !== undefined ? { offset } : {}),
        ...(q.search ? { search: q.search } : {}),
        sortColumn,
        sortOrder: q.sortOrder === 'desc' ? 'desc' : 'asc',
      }),
    );
    return c.json(rows);
  });

  app.get('/bucket/:id', async (c) => {
    const id = bucketParam(c, 'id');
    const caller = await requireCaller(c, s.deps);
    const row = await asCaller(db, caller, (tx) => findBucket(tx, id));
    if (!row) throw ERR.noSuchBucket();
    return c.json(row);
  });

  app.post('/bucket', async (c) => {
    const caller = await requireCaller(c, s.deps);
    const body = await jsonBody(c, createBody);
    const name = mustBeValidBucketName(body.name);
    const id = mustBeValidBucketName(body.id || name);
    const fields = bucketFields(body);
    await asCaller(db, caller, (tx) =>
      createBucket(tx, {
        id,
        name,
        owner: caller.owner,
        ownerId: caller.ownerId,
        type: body.type ?? 'STANDARD',
        ...fields,
      }),
    );
    return c.json({ name });
  });

  app.put('/bucket/:id', async (c) => {
    const id = bucketParam(c, 'id');
    const caller = await requireCaller(c, s.deps);
    const fields = bucketFields(await jsonBody(c, updateBody));
    const updated = await asCaller(db, caller, (tx) => updateBucket(tx, id, fields));
    if (!updated) throw ERR.noSuchBucket();
    return c.json({ message: 'Successfully updated' });
  });

  app.delete('/bucket/:id', async (c) => {
    const id = bucketParam(c, 'id');
    const caller = await requireCaller(c, s.deps);
    await s.disk.lock(async () => {
      if ((await countObjects(db, id)) > 0) throw ERR.bucketNotEmpty();
      const deleted = await asCaller(db, caller, (tx) => deleteBucket(tx, id)).catch((e: unknown) => {
        // objects.bucket_id still referencing it (a foreign-key refusal) means "not empty".
        throw e instanceof StorageError && e.statusCode === '404' ? ERR.bucketNotEmpty() : e;
      });
      if (!deleted) throw ERR.noSuchBucket();
      await s.disk.removeBucket(id);
    });
    return c.json({ message: 'Successfully deleted' });
  });

  // Empties the bucket of every object the caller may delete; all or nothing.
  app.post('/bucket/:id/empty', async (c) => {
    const id = bucketParam(c, 'id');
    const caller = await requireCaller(c, s.deps);
    await s.disk.lock(async () => {
      const deleted = await asCaller(db, caller, async (tx) => {
        if (!(await findBucket(tx, id))) throw ERR.noSuchBucket();
        const visible = await tx.query<{ name: string }>('select name from storage.objects where bucket_id = $1', [id]);
        const names = visible.rows.map((r) => r.name);
        const gone = await deleteObjects(tx, id, names);
        if (gone.length !== names.length) {
          const kept = new Set(gone.map((r) => r.name));
          const remaining = names.filter((n) => !kept.has(n));
          throw ERR.accessDenied(
            `Cannot delete: ${remaining.join(' ,')}, you may have SELECT but not DELETE permissions`,
          );
        }
        return gone;
      });
      for (const row of deleted) await s.disk.remove(id, row.name).catch(() => undefined);
    });
    return c.json({ message: 'Successfully emptied' });
  });
}
