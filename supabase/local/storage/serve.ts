import type { Context } from 'hono';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { ObjectRow } from './db';
import type { Disk } from './disk';
import { ERR } from './errors';
import { contentDisposition, servedContentType } from './limits';

export interface OpenedObject {
  row: ObjectRow;
  handle: FileHandle;
  size: number;
  mtime: Date;
}

/**
 * Looks the row up (with whatever visibility `lookup` applies) and opens its file
 * under the disk lock, so the bytes always belong to the row that was read.
 */
export async function openObject(
  disk: Disk,
  bucket: string,
  key: string,
  lookup: () => Promise<ObjectRow | null>,
): Promise<OpenedObject> {
  return disk.lock(async () => {
    const row = await lookup();
    if (!row) throw ERR.noSuchKey();
    const { handle, size, mtime } = await disk.open(bucket, key);
    return { row, handle, size, mtime };
  });
}

function lastModified(o: OpenedObject): string {
  const meta = o.row.metadata?.lastModified ?? o.row.updated_at;
  const d = meta ? new Date(meta) : o.mtime;
  return (Number.isNaN(d.getTime()) ? o.mtime : d).toUTCString();
}

/**
 * Streams an object with the headers Supabase sends: Content-Type, Content-Length
 * (the file's real size), ETag, Cache-Control (or Expires for signed URLs),
 * Last-Modified, and Content-Disposition for `?download`. HEAD sends headers only;
 * a matching If-None-Match gets 304.
 */
export async function sendObject(
  c: Context,
  o: OpenedObject,
  options: { download?: string | undefined; expires?: number | undefined } = {},
): Promise<Response> {
  const meta = o.row.metadata ?? {};
  const headers: Record<string, string> = {
    'content-type': servedContentType(meta.mimetype),
    'content-length': String(o.size),
    'last-modified': lastModified(o),
    'cache-control': meta.cacheControl || 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (meta.eTag) headers.etag = meta.eTag;
  if (options.expires !== undefined) headers.expires = new Date(options.expires * 1000).toUTCString();
  if (options.download !== undefined) headers['content-disposition'] = contentDisposition(options.download);

  const ifNoneMatch = c.req.header('if-none-match');
  if (c.req.method === 'HEAD' || (meta.eTag && ifNoneMatch === meta.eTag)) {
    await o.handle.close();
    if (c.req.method !== 'HEAD') {
      delete headers['content-length'];
      return c.body(null, 304, headers);
    }
    return c.body(null, 200, headers);
  }
  const nodeStream = o.handle.createReadStream();
  const body = Readable.toWeb(nodeStream) as WebReadableStream<Uint8Array>;
  return c.body(body as unknown as ReadableStream<Uint8Array>, 200, headers);
}

/** Supabase's object info JSON (GET /object/info/…); supabase-js camel-cases it. */
export function objectInfo(row: ObjectRow) {
  const m = row.metadata ?? {};
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    bucket_id: row.bucket_id,
    size: m.size ?? null,
    content_type: m.mimetype ?? null,
    cache_control: m.cacheControl ?? null,
    etag: m.eTag ?? null,
    metadata: row.user_metadata,
    last_modified: row.updated_at,
    created_at: row.created_at,
  };
}
