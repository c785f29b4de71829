import { EvidenceFileError, isRetryableUploadError } from '@/features/evidence/lib/evidence-errors';
import { checkEvidenceFile } from '@/features/evidence/lib/evidence-file-rules';
import { newUuid } from '@/features/evidence/lib/new-uuid';
import { isAbortError } from '@/lib/errors';

export type UploadItemStatus =
  /** Checked and waiting for the person to press "upload". */
  | 'ready'
  /** Refused before sending (type, size, empty): `error` says why. */
  | 'rejected'
  | 'queued'
  | 'uploading'
  /** The bytes are stored; the evidence row is being saved (no longer cancellable). */
  | 'saving'
  | 'done'
  | 'failed'
  | 'cancelled';

export interface UploadItem {
  key: string;
  file: File;
  status: UploadItemStatus;
  /** Bytes sent so far. */
  loaded: number;
  total: number;
  error: unknown;
  /** Whether trying again may help (network trouble, server fault, cancelled). */
  canRetry: boolean;
}

export interface UploadJobContext {
  signal: AbortSignal;
  onProgress: (loaded: number, total: number) => void;
  onStage: (stage: 'uploading' | 'saving') => void;
}

/** Uploads one file; the batch's settings (date, description, submission id) are in its closure. */
export type UploadJob = (file: File, context: UploadJobContext) => Promise<void>;

const FINISHED: ReadonlySet<UploadItemStatus> = new Set(['done']);
const ACTIVE: ReadonlySet<UploadItemStatus> = new Set(['queued', 'uploading', 'saving']);

export const isActiveUpload = (item: UploadItem) => ACTIVE.has(item.status);

/**
 * The files of one uploader and their progress, outside React (the component subscribes with
 * `useSyncExternalStore`). At most `concurrency` files are sent at once; each can be cancelled
 * while its bytes are being sent, and retried after a network failure or a cancel.
 */
export class UploadQueue {
  private items: readonly UploadItem[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly jobs = new Map<string, UploadJob>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly waiting: string[] = [];
  private running = 0;

  constructor(private readonly concurrency = 2) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly UploadItem[] => this.items;

  /** Adds files, each checked against the bucket's rules (refused ones stay listed with the reason). */
  add(files: Iterable<File>) {
    const added = Array.from(files, (file): UploadItem => {
      const check = checkEvidenceFile(file);
      return {
        key: newUuid(),
        file,
        status: check.ok ? 'ready' : 'rejected',
        loaded: 0,
        total: file.size,
        error: check.ok ? null : new EvidenceFileError(check.problem),
        canRetry: false,
      };
    });
    if (added.length > 0) this.set([...this.items, ...added]);
  }

  /** Starts every ready file with `job`. */
  start(job: UploadJob) {
    const ready = this.items.filter((item) => item.status === 'ready');
    for (const item of ready) this.enqueue(item.key, job);
  }

  /** Sends a failed or cancelled file again, with the job it was started with. */
  retry(key: string) {
    const job = this.jobs.get(key);
    const item = this.find(key);
    if (job && item && (item.status === 'failed' || item.status === 'cancelled')) this.enqueue(key, job);
  }

  /** Cancels a waiting file, or the sending of one; a file whose row is being saved goes on. */
  cancel(key: string) {
    const item = this.find(key);
    if (!item) return;
    if (item.status === 'queued') {
      this.waiting.splice(this.waiting.indexOf(key), 1);
      this.update(key, { status: 'cancelled', canRetry: true });
    } else if (item.status === 'uploading') {
      this.controllers.get(key)?.abort();
    }
  }

  /** Takes a file off the list (not while it is being sent). */
  remove(key: string) {
    const item = this.find(key);
    if (!item || isActiveUpload(item)) return;
    this.jobs.delete(key);
    this.set(this.items.filter((i) => i.key !== key));
  }

  clearFinished() {
    this.set(this.items.filter((item) => !FINISHED.has(item.status)));
  }

  /** Cancels everything in flight (the uploader is going away). */
  abortAll() {
    this.waiting.length = 0;
    for (const controller of this.controllers.values()) controller.abort();
  }

  private enqueue(key: string, job: UploadJob) {
    this.jobs.set(key, job);
    this.update(key, { status: 'queued', loaded: 0, error: null, canRetry: false });
    this.waiting.push(key);
    this.pump();
  }

  private pump() {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const key = this.waiting.shift()!;
      this.running += 1;
      void this.run(key).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async run(key: string) {
    const item = this.find(key);
    const job = this.jobs.get(key);
    if (!item || !job) return;
    const controller = new AbortController();
    this.controllers.set(key, controller);
    let lastPercent = -1;
    this.update(key, { status: 'uploading', loaded: 0 });
    try {
      await job(item.file, {
        signal: controller.signal,
        onProgress: (loaded, total) => {
          // One update per whole percent: progress events can come every few milliseconds.
          const percent = total > 0 ? Math.floor((loaded / total) * 100) : 0;
          if (percent === lastPercent) return;
          lastPercent = percent;
          this.update(key, { loaded, total });
        },
        onStage: (stage) => this.update(key, { status: stage }),
      });
      this.update(key, { status: 'done', loaded: item.file.size, error: null });
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) {
        this.update(key, { status: 'cancelled', canRetry: true });
      } else {
        this.update(key, { status: 'failed', error, canRetry: isRetryableUploadError(error) });
      }
    } finally {
      this.controllers.delete(key);
    }
  }

  private find(key: string) {
    return this.items.find((item) => item.key === key);
  }

  private update(key: string, patch: Partial<UploadItem>) {
    this.set(this.items.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }

  private set(items: readonly UploadItem[]) {
    this.items = items;
    for (const listener of this.listeners) listener();
  }
}
