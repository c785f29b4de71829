import type { Context } from 'hono';
import { routePath } from 'hono/route';
import path from 'node:path';
import { ERR } from './errors';

/**
 * Object keys and bucket names, validated like Supabase Storage: only S3-safe ASCII
 * characters (so a Thai filename is refused with InvalidKey, in production too),
 * plus what the on-disk layout needs: no leading slash, no empty, "." or ".."
 * segments, at most 1024 characters.
 */
const KEY_CHARS = /^[A-Za-z0-9_/!\-.*'() &$@=;:+,?]+$/;
const BUCKET_CHARS = /^[A-Za-z0-9_!\-.*'() &$@=;:+,?]+$/;
export const MAX_KEY_LENGTH = 1024;
const MAX_BUCKET_LENGTH = 63;

export function isValidKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !KEY_CHARS.test(key)) return false;
  return key.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

export function mustBeValidKey(key: string): string {
  if (!isValidKey(key)) throw ERR.invalidKey(key);
  return key;
}

export function isValidBucketName(name: string): boolean {
  return (
    name.length > 0 && name.length <= MAX_BUCKET_LENGTH && BUCKET_CHARS.test(name) && name !== '.' && name !== '..'
  );
}

export function mustBeValidBucketName(name: string): string {
  if (!isValidBucketName(name)) throw ERR.invalidBucketName();
  return name;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The bucket and object key of a `…/:bucket/*` route, decoded from the raw request
 * path segment by segment (so `%2F` and `..%2F` reach validation instead of being
 * lost to URL normalisation). Both are validated.
 */
export function bucketAndKey(c: Context): { bucket: string; key: string } {
  const routeSegments = routePath(c).split('/');
  const rawSegments = new URL(c.req.url).pathname.split('/');
  const bucketAt = routeSegments.indexOf(':bucket');
  const keyAt = routeSegments.indexOf('*');
  const bucket = decodeSegment(rawSegments[bucketAt] ?? '');
  if (bucket === null) throw ERR.invalidBucketName();
  mustBeValidBucketName(bucket);
  const tail = keyAt < 0 ? [] : rawSegments.slice(keyAt);
  const decoded = tail.map(decodeSegment);
  if (decoded.some((s) => s === null)) throw ERR.invalidKey(tail.join('/'));
  return { bucket, key: mustBeValidKey(decoded.join('/')) };
}

/** The decoded `:bucket` (or `:id`) parameter of a route without a wildcard. */
export function bucketParam(c: Context, name = 'bucket'): string {
  return mustBeValidBucketName(c.req.param(name) ?? '');
}

/** `<storageDir>/<bucket>`, confirmed to stay inside storageDir. */
export function bucketDir(storageDir: string, bucket: string): string {
  mustBeValidBucketName(bucket);
  const root = path.resolve(storageDir);
  const dir = path.resolve(root, bucket);
  if (path.dirname(dir) !== root) throw ERR.invalidBucketName();
  return dir;
}

/** `<storageDir>/<bucket>/<key>`, confirmed to stay inside the bucket's folder. */
export function objectFile(storageDir: string, bucket: string, key: string): string {
  mustBeValidKey(key);
  const dir = bucketDir(storageDir, bucket);
  const file = path.resolve(dir, ...key.split('/'));
  if (!file.startsWith(dir + path.sep)) throw ERR.invalidKey(key);
  return file;
}
