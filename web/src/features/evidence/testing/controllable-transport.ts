import { waitFor } from '@testing-library/react';
import {
  createFetchTransport,
  type UploadRequest,
  type UploadTransport,
} from '@/features/evidence/lib/upload-transport';

export interface PendingUpload {
  request: UploadRequest;
  /** Reports `loaded` bytes sent. */
  progress(loaded: number): void;
  /** Sends the bytes for real (to the signed URL) and finishes the upload. */
  succeed(): Promise<void>;
  fail(error: unknown): void;
}

/**
 * An upload transport the test drives: each upload waits until the test reports progress and then lets it
 * succeed (really storing the bytes through `real`) or fail. A cancelled upload rejects with AbortError.
 */
export function controllableTransport(real: UploadTransport = createFetchTransport()) {
  const uploads: PendingUpload[] = [];
  const transport: UploadTransport = (request) =>
    new Promise<void>((resolve, reject) => {
      const total = request.body.size;
      request.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')), {
        once: true,
      });
      request.onProgress?.(0, total);
      uploads.push({
        request,
        progress: (loaded) => request.onProgress?.(loaded, total),
        succeed: () =>
          real({ url: request.url, body: request.body, contentType: request.contentType }).then(() => {
            request.onProgress?.(total, total);
            resolve();
          }, reject),
        fail: reject,
      });
    });
  /** The n-th upload (0-based) once the component has started it. */
  const upload = async (index: number) => {
    await waitFor(() => expect(uploads.length).toBeGreaterThan(index));
    return uploads[index]!;
  };
  return { transport, uploads, upload };
}
