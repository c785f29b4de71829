import { ERR } from './errors';

/** Supabase's default global upload limit (50 MB). */
export const DEFAULT_FILE_SIZE_LIMIT = 50 * 1024 * 1024;

/** Bytes from a number or a string such as "20MB", "30KB", "3B" (as Supabase accepts for buckets). */
export function parseFileSize(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw ERR.invalidFileSizeLimit();
    return value;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return parseFileSize(Number(trimmed));
  const m = /^(\d+(?:\.\d+)?)(gb|mb|kb|b)$/i.exec(trimmed);
  if (!m) throw ERR.invalidFileSizeLimit();
  const n = Number(Number(m[1]).toPrecision(3));
  const unit = m[2]!.toLowerCase();
  const factor = unit === 'gb' ? 1e9 : unit === 'mb' ? 1e6 : unit === 'kb' ? 1e3 : 1;
  return Math.floor(n * factor);
}

/** The global limit from STORAGE_FILE_SIZE_LIMIT (bytes or "50MB"), default 50 MB. */
export function globalFileSizeLimit(env = process.env.STORAGE_FILE_SIZE_LIMIT): number {
  if (!env) return DEFAULT_FILE_SIZE_LIMIT;
  try {
    return parseFileSize(env);
  } catch {
    throw new Error(`STORAGE_FILE_SIZE_LIMIT must be a number of bytes or a size like 50MB, got "${env}"`);
  }
}

/** The limit for one upload: the bucket's limit when set, never above the global one. */
export function effectiveLimit(bucketLimit: number | null, globalLimit: number): number {
  return bucketLimit === null ? globalLimit : Math.min(bucketLimit, globalLimit);
}

/**
 * Supabase's allowed_mime_types check: `type/subtype` must equal an entry, or the
 * entry is `type/*`. Null or empty means every type is allowed.
 */
export function mimeTypeAllowed(mime: string, allowed: string[] | null): boolean {
  if (!allowed || allowed.length === 0) return true;
  const [type, subtype, ...rest] = mime.split('/');
  if (!type || subtype === undefined || rest.length > 0) return false;
  return allowed.some((entry) => {
    const [aType, aSub] = entry.split('/');
    return aType === type && (aSub === '*' || aSub === subtype);
  });
}

export function mustBeAllowedMimeType(mime: string, allowed: string[] | null): void {
  if (!mimeTypeAllowed(mime, allowed)) throw ERR.invalidMimeType(mime);
}

/** Entries a bucket may list in allowed_mime_types (as Supabase validates them). */
export function isValidMimeTypeEntry(entry: string): boolean {
  return (
    entry.length <= 1000 && /^([a-zA-Z0-9\-+.]+)\/([a-zA-Z0-9\-+.*]+)(;\s*charset=[a-zA-Z0-9-]+)?$|^\*$/.test(entry)
  );
}

/** RFC 5987 value-chars: percent-encode everything but attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `?download` → `attachment;`; `?download=<name>` → the name both as a plain
 * (percent-encoded, ASCII-only) filename and as UTF-8 `filename*`, so Thai names
 * survive every browser. Mirrors Supabase's header format.
 */
export function contentDisposition(download: string): string {
  if (download === '') return 'attachment;';
  const encoded = encodeRfc5987(download);
  return `attachment; filename=${encoded}; filename*=UTF-8''${encoded};`;
}

/** Served content types: HTML is never rendered from the storage origin (as on Supabase). */
export function servedContentType(mime: string | undefined): string {
  if (!mime) return 'application/octet-stream';
  return mime.toLowerCase().includes('text/html') ? 'text/plain' : mime;
}
