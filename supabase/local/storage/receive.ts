import busboy from 'busboy';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ERR, StorageError } from './errors';
import { tooDeep } from '../http/nesting';
import { mustBeAllowedMimeType } from './limits';

export interface ReceiveOptions {
  tempFile: string;
  /** Bytes allowed; one more and the upload fails with 413. */
  limit: number;
  allowedMimeTypes: string[] | null;
  checkMimeType: boolean;
}

export interface ReceivedFile {
  tempFile: string;
  size: number;
  /** Hex md5 of the content, computed while streaming. */
  md5: string;
  mimetype: string;
  cacheControl: string;
  userMetadata: Record<string, unknown> | null;
}

/**
 * Past the limit the rest of the body is still read (and dropped) up to this many
 * bytes, so that the client receives the 413 answer instead of a reset connection.
 */
const DRAIN_CAP = 64 * 1024 * 1024;
const MAX_METADATA = 1024 * 1024;

class TooMuchToDrain extends Error {}

/**
 * Leading bytes of programs: Windows/DOS (MZ), ELF, Mach-O (both byte orders, universal) and
 * scripts (#!). Local-only strictness: Supabase Storage trusts the declared type, so an
 * executable renamed to .pdf and sent as application/pdf would pass there.
 */
const EXECUTABLE_MAGIC = [
  Buffer.from('MZ'),
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]),
  Buffer.from([0xfe, 0xed, 0xfa, 0xce]),
  Buffer.from([0xfe, 0xed, 0xfa, 0xcf]),
  Buffer.from([0xce, 0xfa, 0xed, 0xfe]),
  Buffer.from([0xcf, 0xfa, 0xed, 0xfe]),
  Buffer.from([0xca, 0xfe, 0xba, 0xbe]),
  Buffer.from('#!'),
];
const SNIFF_BYTES = 4;

export function looksExecutable(head: Buffer): boolean {
  return EXECUTABLE_MAGIC.some((m) => head.length >= m.length && head.subarray(0, m.length).equals(m));
}

/**
 * Counts and hashes what passes; beyond the limit, or once the content turns out to be a program
 * where the bucket restricts types, it drops bytes and remembers why.
 */
class Meter extends Transform {
  size = 0;
  exceeded = false;
  executable = false;
  private head: Buffer = Buffer.alloc(0);
  private sniffed: boolean;
  readonly hash = createHash('md5');

  constructor(
    private readonly limit: number,
    refuseExecutables: boolean,
  ) {
    super();
    this.sniffed = !refuseExecutables;
  }

  private sniff(chunk: Buffer | null) {
    if (this.sniffed) return;
    if (chunk) this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
    if (chunk && this.head.length < SNIFF_BYTES) return;
    this.sniffed = true;
    this.executable = looksExecutable(this.head);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.size += chunk.length;
    this.sniff(chunk);
    if (this.size > this.limit || this.executable) {
      this.exceeded ||= this.size > this.limit;
      cb(this.size > this.limit + DRAIN_CAP ? new TooMuchToDrain() : null);
      return;
    }
    this.hash.update(chunk);
    cb(null, chunk);
  }

  override _flush(cb: TransformCallback) {
    this.sniff(null);
    cb();
  }
}

/** Streams `source` into the temp file (never buffering it); any failure removes the temp file. */
async function writeTemp(source: Readable, tempFile: string, limit: number, refuseExecutables: boolean, mime: string) {
  const meter = new Meter(limit, refuseExecutables);
  const out = createWriteStream(tempFile, { flags: 'wx', mode: 0o600 });
  try {
    await pipeline(source, meter, out);
  } catch (e) {
    out.destroy();
    await removeQuietly(tempFile);
    throw e;
  }
  if (meter.exceeded) {
    await removeQuietly(tempFile);
    throw ERR.entityTooLarge();
  }
  if (meter.executable) {
    await removeQuietly(tempFile);
    throw ERR.invalidMimeType(`${mime} (the content is a program)`);
  }
  return { size: meter.size, md5: meter.hash.digest('hex') };
}

/** Programs are refused wherever a bucket lists the types it takes. */
const restricted = (o: ReceiveOptions) => o.checkMimeType && !!o.allowedMimeTypes && o.allowedMimeTypes.length > 0;

async function removeQuietly(file: string) {
  await rm(file, { force: true }).catch(() => undefined);
}

function parseJsonObject(text: string | undefined): Record<string, unknown> | null {
  // Too big or too deeply nested for Postgres (http/nesting.ts): ignored like unparseable metadata.
  if (!text || Buffer.byteLength(text) > MAX_METADATA || tooDeep(text, true)) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null; // Supabase ignores metadata it cannot parse
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The failure to report for a body that ended badly (client gone, malformed form, overflow). */
function bodyError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (e instanceof TooMuchToDrain) return ERR.entityTooLarge();
  return ERR.noContent(e instanceof Error && e.message ? e.message : undefined);
}

/**
 * Reads an upload the way Supabase Storage does: multipart/form-data (first file part;
 * `cacheControl`, `contentType` and `metadata` fields sent before it) or a raw body
 * (Content-Type, Cache-Control and base64 `x-metadata` headers).
 */
export async function receiveUpload(req: IncomingMessage, o: ReceiveOptions): Promise<ReceivedFile> {
  const contentType = header(req, 'content-type') ?? '';
  if (/^multipart\/form-data/i.test(contentType)) return receiveMultipart(req, o);

  const mimetype = contentType || 'application/octet-stream';
  if (o.checkMimeType) mustBeAllowedMimeType(mimetype, o.allowedMimeTypes);
  const xMetadata = header(req, 'x-metadata');
  const userMetadata = xMetadata ? parseJsonObject(Buffer.from(xMetadata, 'base64').toString('utf8')) : null;
  try {
    const { size, md5 } = await writeTemp(req, o.tempFile, o.limit, restricted(o), mimetype);
    return {
      tempFile: o.tempFile,
      size,
      md5,
      mimetype,
      cacheControl: header(req, 'cache-control') ?? 'no-cache',
      userMetadata,
    };
  } catch (e) {
    throw bodyError(e);
  }
}

async function receiveMultipart(req: IncomingMessage, o: ReceiveOptions): Promise<ReceivedFile> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { files: 1, fields: 10, parts: 20, fieldSize: MAX_METADATA, headerPairs: 100 },
    });
  } catch (e) {
    throw bodyError(e);
  }
  const fields = new Map<string, string>();
  const state: { file: Promise<ReceivedFile> | null } = { file: null };

  parser.on('field', (name, value) => {
    if (!state.file) fields.set(name, value);
  });
  parser.on('file', (_name, stream, info) => {
    if (state.file) {
      stream.resume();
      return;
    }
    const mimetype = fields.get('contentType') || info.mimeType || 'application/octet-stream';
    const cacheTime = fields.get('cacheControl');
    const file = (async (): Promise<ReceivedFile> => {
      if (o.checkMimeType) mustBeAllowedMimeType(mimetype, o.allowedMimeTypes);
      const { size, md5 } = await writeTemp(stream, o.tempFile, o.limit, restricted(o), mimetype);
      return {
        tempFile: o.tempFile,
        size,
        md5,
        mimetype,
        cacheControl: cacheTime ? `max-age=${cacheTime}` : 'no-cache',
        userMetadata: parseJsonObject(fields.get('metadata') ?? fields.get('userMetadata')),
      };
    })();
    file.catch((e: unknown) => {
      if (e instanceof TooMuchToDrain) req.destroy();
      else stream.resume(); // keep the form flowing so the answer can be sent
    });
    state.file = file;
  });

  try {
    await pipeline(req, parser);
  } catch (e) {
    // Client gone or malformed form: wait for the file part to clean up its temp file.
    const fileError = await state.file?.then(
      () => null,
      (err: unknown) => err,
    );
    throw bodyError(fileError ?? e);
  }
  if (!state.file) throw ERR.noContent();
  try {
    return await state.file;
  } catch (e) {
    throw bodyError(e);
  }
}
