import type { TFunction } from 'i18next';

/**
 * Errors the UI understands, and the one place that turns any error into a message for people.
 *
 * Fetchers and mutations throw what supabase-js gives them (wrapped by `unwrap` so the HTTP status survives);
 * `toUserMessage(error, t)` is used by the default mutation toast, `ErrorState` and forms.
 */

/** A PostgREST/Storage failure with the HTTP status kept (0 = the request never got an answer). */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly hint: string;
  readonly details: string;

  constructor(init: {
    message: string;
    status: number;
    code?: string | null;
    hint?: string | null;
    details?: string | null;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code ?? '';
    this.hint = init.hint ?? '';
    this.details = init.details ?? '';
  }
}

/** Too many attempts; `retryAfterSeconds` comes from the server's Retry-After header when it sent one. */
export class RateLimitError extends Error {
  override name = 'RateLimitError';
  readonly status = 429;

  constructor(
    readonly retryAfterSeconds: number | null,
    options?: { cause?: unknown },
  ) {
    super('Too many requests', options);
  }
}

export type AppErrorCode = 'forbidden' | 'profile_missing' | 'profile_inactive' | 'not_found';

/** Errors raised by the app itself (route guards, missing data). */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}

interface SupabaseResult<T> {
  data: T;
  error: { message: string; code?: string | null; hint?: string | null; details?: string | null } | null;
  status: number;
}

/**
 * Returns the data of a supabase-js query result, or throws an `ApiError` that keeps its status.
 * `return unwrap(await supabase.from('x').select('a, b').abortSignal(signal))`
 */
export function unwrap<T>(result: SupabaseResult<T>): T {
  if (result.error) {
    throw new ApiError({ ...result.error, status: result.status });
  }
  return result.data;
}

/** Hints the database raises (`raise exception … using hint = '<key>'`), and their message keys. */
const DOMAIN_HINTS = {
  evidence_required: 'errors.evidenceRequired',
  reason_required: 'errors.reasonRequired',
  transition_not_allowed: 'errors.transitionNotAllowed',
  measure_locked: 'errors.measureLocked',
  version_conflict: 'errors.versionConflict',
  assignee_not_in_department: 'errors.assigneeNotInDepartment',
  plan_exists: 'errors.planExists',
  framework_exists: 'errors.frameworkExists',
  invalid_fiscal_year: 'errors.invalidFiscalYear',
  email_exists: 'errors.emailExists',
  weak_password: 'errors.weakPassword',
  invalid_email: 'errors.invalidEmail',
  department_required: 'errors.departmentRequired',
  cannot_change_own_role: 'errors.cannotChangeOwnRole',
  measure_not_deletable: 'errors.measureNotDeletable',
  invalid_payload: 'errors.invalidImport',
  organization_mismatch: 'errors.organizationMismatch',
  already_superseded: 'evidence.errors.alreadySuperseded',
} as const;
type DomainHint = keyof typeof DOMAIN_HINTS;
const DOMAIN_HINT_PATTERN = new RegExp(`\\b(${Object.keys(DOMAIN_HINTS).join('|')})\\b`);

const AUTH_CODES = {
  invalid_credentials: 'errors.invalidCredentials',
  user_banned: 'errors.userBanned',
  email_not_confirmed: 'errors.emailNotConfirmed',
  session_not_found: 'errors.sessionExpired',
  refresh_token_not_found: 'errors.sessionExpired',
  refresh_token_already_used: 'errors.sessionExpired',
  session_expired: 'errors.sessionExpired',
  bad_jwt: 'errors.sessionExpired',
  PGRST301: 'errors.sessionExpired',
  PGRST303: 'errors.sessionExpired',
  PGRST116: 'errors.notFound',
} as const;

type ErrorLike = {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  statusCode?: unknown;
  code?: unknown;
  hint?: unknown;
  details?: unknown;
};

const asRecord = (error: unknown): ErrorLike =>
  typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function statusOf(e: ErrorLike): number | null {
  const raw = e.status ?? e.statusCode;
  const n = typeof raw === 'string' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

const NETWORK_MESSAGE = /failed to fetch|fetch failed|networkerror|network request failed|load failed|econnrefused/i;

/** The request never got an answer (offline, DNS, refused, CORS). */
export function isNetworkError(error: unknown): boolean {
  const e = asRecord(error);
  if (e.name === 'AuthRetryableFetchError' && (statusOf(e) ?? 0) === 0) return true;
  if (error instanceof ApiError) return error.status === 0 && error.code === '';
  return (e.name === 'TypeError' || e.name === 'FetchError') && NETWORK_MESSAGE.test(str(e.message));
}

/** Whether trying again may help: network failures and server errors, never client errors. */
export function isRetryableError(error: unknown): boolean {
  if (isAbortError(error)) return false;
  if (isNetworkError(error)) return true;
  const status = statusOf(asRecord(error));
  return status !== null && (status >= 500 || status === 408);
}

export function isAbortError(error: unknown): boolean {
  const e = asRecord(error);
  return e.name === 'AbortError' || str(e.code) === 'ABORT_ERR';
}

/** The database's domain hint carried by an error, if any. */
export function domainHintOf(error: unknown): DomainHint | null {
  const e = asRecord(error);
  for (const text of [e.hint, e.message, e.details]) {
    const match = DOMAIN_HINT_PATTERN.exec(str(text));
    if (match) return match[1] as DomainHint;
  }
  return null;
}

function formatWait(seconds: number, t: TFunction): string {
  return seconds < 60 ? t('wait.seconds', { count: seconds }) : t('wait.minutes', { count: Math.ceil(seconds / 60) });
}

/** A Thai (or English) sentence for any error, never a raw technical message. */
export function toUserMessage(error: unknown, t: TFunction): string {
  if (error instanceof AppError) {
    switch (error.code) {
      case 'forbidden':
        return t('errors.permissionDenied');
      case 'profile_missing':
        return t('auth.profileMissing');
      case 'profile_inactive':
        return t('auth.profileInactive');
      case 'not_found':
        return t('errors.notFound');
    }
  }
  if (error instanceof RateLimitError) {
    return error.retryAfterSeconds
      ? t('errors.rateLimited', { wait: formatWait(error.retryAfterSeconds, t) })
      : t('errors.rateLimitedNoWait');
  }

  const hint = domainHintOf(error);
  if (hint) return t(DOMAIN_HINTS[hint]);

  const e = asRecord(error);
  const code = str(e.code);
  if (code in AUTH_CODES) return t(AUTH_CODES[code as keyof typeof AUTH_CODES]);
  if (code === '42501') return t('errors.permissionDenied');
  if (code === '23505') return t('errors.duplicate');
  if (e.name === 'AuthSessionMissingError') return t('errors.sessionExpired');
  if (isNetworkError(error)) return t('errors.network');

  const status = statusOf(e);
  if (status === 429 || code === 'over_request_rate_limit') return t('errors.rateLimitedNoWait');
  if (status === 401) return t('errors.sessionExpired');
  if (status === 403) return t('errors.permissionDenied');
  if (status === 404) return t('errors.notFound');
  if (status !== null && status >= 500) return t('errors.server');
  return t('errors.unknown');
}
