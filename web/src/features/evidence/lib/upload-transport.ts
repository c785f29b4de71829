/**
 * How the bytes of one file reach a signed upload URL (`PUT /storage/v1/object/upload/sign/<bucket>/<key>?token=…`),
 * reporting the bytes sent. supabase-js's own upload uses fetch, which has no upload progress in browsers,
 * hence XMLHttpRequest in the app. The fetch transport streams the body in chunks (Node: tests, scripts).
 * Both send the same request, which the local stack and hosted Supabase Storage accept alike.
 */

export interface UploadRequest {
  /** The signed upload URL (absolute), token included. */
  url: string;
  body: Blob;
  contentType: string;
  signal?: AbortSignal;
  /** Bytes sent so far, of `total`. */
  onProgress?: (loaded: number, total: number) => void;
}

export type UploadTransport = (request: UploadRequest) => Promise<void>;

/**
 * The server refused the upload, or never answered (`status` 0). `statusCode` is Storage's own code from
 * the error body (Supabase answers 400 with `{ statusCode: "413" | "415" | "403" … }`), else the HTTP status.
 */
export class UploadHttpError extends Error {
  override name = 'UploadHttpError';

  constructor(
    readonly status: number,
    readonly statusCode: string,
    message: string,
  ) {
    super(message);
  }
}

const HEADERS = (contentType: string) => ({
  'content-type': contentType,
  // Objects are never overwritten: a new version is a new key.
  'x-upsert': 'false',
  // Keys never change content, so caches may keep them.
  'cache-control': 'max-age=3600',
});

function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

/** Turns a non-2xx answer into an `UploadHttpError`, reading Storage's JSON error body when there is one. */
export function uploadHttpError(status: number, bodyText: string): UploadHttpError {
  let statusCode = String(status);
  let message = `Upload failed with HTTP ${status}`;
  try {
    const body = JSON.parse(bodyText) as { statusCode?: unknown; message?: unknown; error?: unknown };
    if (typeof body.statusCode === 'string' || typeof body.statusCode === 'number')
      statusCode = String(body.statusCode);
    if (typeof body.message === 'string') message = body.message;
  } catch {
    // a proxy's HTML page or an empty body: keep the HTTP status
  }
  return new UploadHttpError(status, statusCode, message);
}

/** The browser transport: XMLHttpRequest, whose `upload.onprogress` reports the bytes really sent. */
export const xhrTransport: UploadTransport = ({ url, body, contentType, signal, onProgress }) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const handleAbort = () => xhr.abort();
    const cleanUp = () => signal?.removeEventListener('abort', handleAbort);
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(HEADERS(contentType))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : body.size);
    xhr.onload = () => {
      cleanUp();
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(body.size, body.size);
        resolve();
      } else {
        reject(uploadHttpError(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => {
      cleanUp();
      reject(new UploadHttpError(0, '0', 'Network error during upload'));
    };
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => {
      cleanUp();
      reject(abortError());
    };
    signal?.addEventListener('abort', handleAbort, { once: true });
    onProgress?.(0, body.size);
    xhr.send(body);
  });

/**
 * A fetch transport that streams the body in chunks and reports each chunk as it is handed to the
 * connection. Needs streaming request bodies (`duplex: 'half'`): Node 18+, not every browser.
 */
export function createFetchTransport({
  fetch: fetchImpl = globalThis.fetch,
  chunkBytes = 64 * 1024,
}: { fetch?: typeof fetch; chunkBytes?: number } = {}): UploadTransport {
  return async ({ url, body, contentType, signal, onProgress }) => {
    signal?.throwIfAborted();
    const bytes = new Uint8Array(await body.arrayBuffer());
    const total = bytes.length;
    let offset = 0;
    onProgress?.(0, total);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= total) {
          controller.close();
          return;
        }
        const chunk = bytes.slice(offset, offset + chunkBytes);
        offset += chunk.length;
        controller.enqueue(chunk);
        onProgress?.(offset, total);
      },
    });
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'PUT',
        headers: HEADERS(contentType),
        body: stream,
        signal: signal ?? null,
        duplex: 'half',
      } as RequestInit);
    } catch (error) {
      if (signal?.aborted) throw abortError();
      throw new UploadHttpError(0, '0', error instanceof Error ? error.message : 'Network error during upload');
    }
    if (!response.ok) throw uploadHttpError(response.status, await response.text());
    await response.body?.cancel();
  };
}
