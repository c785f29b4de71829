import type { Context } from 'hono';
import { isPgError } from '../db/database';

/**
 * A Storage API error as Supabase Storage renders it: the body always carries
 * `{ statusCode, error, message }` with statusCode as a string. Like Supabase, the
 * HTTP status is 400 for every client error (the "real" status is the body's
 * statusCode) and 500 only for server faults.
 */
export class StorageError extends Error {
  constructor(
    readonly statusCode: string,
    readonly error: string,
    message: string,
    readonly httpStatus: 400 | 404 | 416 | 500 = statusCode === '500' ? 500 : 400,
  ) {
    super(message);
    this.name = 'StorageError';
  }

  body() {
    return { statusCode: this.statusCode, error: this.error, message: this.message };
  }
}

export const ERR = {
  noSuchBucket: () => new StorageError('404', 'Bucket not found', 'Bucket not found'),
  noSuchKey: () => new StorageError('404', 'not_found', 'Object not found'),
  invalidKey: (key: string) => new StorageError('400', 'InvalidKey', `Invalid key: ${key}`),
  invalidBucketName: () => new StorageError('400', 'Invalid Input', 'Bucket name invalid'),
  duplicate: () => new StorageError('409', 'Duplicate', 'The resource already exists'),
  entityTooLarge: () => new StorageError('413', 'Payload too large', 'The object exceeded the maximum allowed size'),
  invalidMimeType: (mime: string) => new StorageError('415', 'invalid_mime_type', `mime type ${mime} is not supported`),
  rlsDenied: () => new StorageError('403', 'Unauthorized', 'new row violates row-level security policy'),
  accessDenied: (message: string) => new StorageError('403', 'Unauthorized', message),
  invalidJwt: (message: string) => new StorageError('400', 'InvalidJWT', message),
  invalidSignature: () => new StorageError('400', 'InvalidSignature', 'Invalid signature'),
  bodyTooLarge: () => new StorageError('413', 'Payload Too Large', 'Request body is too large'),
  invalidRequest: (message: string) => new StorageError('400', 'InvalidRequest', message),
  noContent: (message = 'No content provided') => new StorageError('400', 'InvalidRequest', message),
  invalidFileSizeLimit: () =>
    new StorageError('400', 'InvalidRequest', 'Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B'),
  bucketNotEmpty: () => new StorageError('409', 'ResourceNotEmpty', 'The bucket you tried to delete is not empty'),
  /** Local-only: the on-disk layout cannot hold both a file and a folder of the same name. */
  diskConflict: (key: string) =>
    new StorageError('409', 'KeyConflict', `Key ${key} conflicts with an existing object or folder of the same name`),
  routeNotFound: (method: string, path: string) =>
    new StorageError('404', 'Not Found', `Route ${method}:${path} not found`, 404),
  internal: () => new StorageError('500', 'internal', 'Internal Server Error'),
};

/**
 * Maps what Postgres says about a write made under the caller's role to the
 * Storage error Supabase returns for it; anything else is rethrown (a real fault).
 */
export function fromPgError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isPgError(e)) {
    switch (e.code) {
      case '42501': // RLS refused the row, or no privilege on the table
        return ERR.rlsDenied();
      case '23505': // unique (bucket_id, name) / bucket id
        return ERR.duplicate();
      case '23503': // objects.bucket_id → buckets.id
        return ERR.noSuchBucket();
      case '22P02': // invalid text representation (e.g. a malformed uuid in a policy)
      case '22001':
      case '22023':
        return ERR.invalidRequest(e.message);
      default:
        break;
    }
  }
  throw e;
}

export function renderError(c: Context, err: StorageError) {
  if (err.statusCode === '404') c.header('cache-control', 'no-store');
  return c.json(err.body(), err.httpStatus);
}
