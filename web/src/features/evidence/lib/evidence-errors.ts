import type { TFunction } from 'i18next';
import { ApiError, isAbortError, isNetworkError, toUserMessage } from '@/lib/errors';
import { EVIDENCE_MAX_BYTES, type EvidenceFileProblem } from '@/features/evidence/lib/evidence-file-rules';
import { formatFileSize } from '@/features/evidence/lib/format-file-size';
import { UploadHttpError } from '@/features/evidence/lib/upload-transport';

/** A file the bucket would refuse, found before anything was sent. */
export class EvidenceFileError extends Error {
  override name = 'EvidenceFileError';

  constructor(readonly problem: EvidenceFileProblem) {
    super(`Evidence file refused: ${problem}`);
  }
}

interface StorageErrorLike {
  message?: unknown;
  status?: unknown;
  statusCode?: unknown;
}

/**
 * A supabase-js Storage error as an `ApiError` with its real status: Storage answers HTTP 400 for every
 * client error and puts the real one in the body's `statusCode` ("403", "404", "413"…).
 */
export function fromStorageError(error: unknown): ApiError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as StorageErrorLike;
  const code = Number(e.statusCode);
  const status = Number.isFinite(code) && code > 0 ? code : typeof e.status === 'number' ? e.status : 0;
  return new ApiError({ message: typeof e.message === 'string' ? e.message : 'Storage error', status });
}

/** Whether trying the same upload again may help (network trouble, server faults). */
export function isRetryableUploadError(error: unknown): boolean {
  if (error instanceof EvidenceFileError || isAbortError(error)) return false;
  if (error instanceof UploadHttpError) return error.status === 0 || error.status >= 500 || error.statusCode === '500';
  if (isNetworkError(error)) return true;
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** A Thai (or English) sentence for a failed upload, naming the bucket's limits when they were the problem. */
export function uploadErrorMessage(error: unknown, t: TFunction, locale: 'th' | 'en' = 'th'): string {
  const maxSize = formatFileSize(EVIDENCE_MAX_BYTES, locale);
  let problem: EvidenceFileProblem | 'network' | 'forbidden' | null = null;
  if (error instanceof EvidenceFileError) problem = error.problem;
  else if (error instanceof UploadHttpError) {
    if (error.status === 0) problem = 'network';
    else if (error.statusCode === '413' || error.status === 413) problem = 'size';
    else if (error.statusCode === '415' || error.status === 415) problem = 'type';
    else if (error.statusCode === '403' || error.status === 403) problem = 'forbidden';
  } else if (error instanceof ApiError && error.status === 403) problem = 'forbidden';
  switch (problem) {
    case 'type':
      return t('evidence.errors.type');
    case 'size':
      return t('evidence.errors.size', { max: maxSize });
    case 'empty':
      return t('evidence.errors.empty');
    case 'network':
      return t('evidence.errors.network');
    case 'forbidden':
      return t('evidence.errors.uploadForbidden');
    case null:
      return toUserMessage(error, t);
  }
}
