import { isPgError } from '../db/database';

/** A PostgREST-shaped error: `{code, message, details, hint}` plus the HTTP status (and headers) to answer with. */
export class PgrstError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: string | null = null,
    readonly hint: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'PgrstError';
  }

  body() {
    return { code: this.code, details: this.details, hint: this.hint, message: this.message };
  }
}

/** Schema-cache misses: the caller may reload the cache once and retry. */
export class SchemaMissError extends PgrstError {}

// --- request errors (PGRST1xx) ----------------------------------------------

export const parseError = (message: string, details: string) => new PgrstError(400, 'PGRST100', message, details);

export const invalidBody = (message: string) => new PgrstError(400, 'PGRST102', message);

/** Local-only: a request body past the local stack's limit (PostgREST sets none; gateways do). */
export const bodyTooLarge = (max: number) =>
  new PgrstError(413, 'PGRST413', `The request body is larger than ${Math.round(max / 1024 / 1024)} MB`);

/** Local-only: an embed that would multiply rows without bound (see MAX_TO_MANY_NESTING in plan.ts). */
export const embedFanOut = (name: string, why: string) =>
  new PgrstError(
    400,
    'PGRST100',
    `Cannot embed '${name}' here: ${why}`,
    null,
    'Request the nested data in a separate query',
  );

/** Local-only: input nested deeper than PGlite can parse safely (see http/nesting.ts). */
export const nestedTooDeep = (where: string, max: number) =>
  new PgrstError(
    400,
    where === 'body' ? 'PGRST102' : 'PGRST100',
    `The ${where} is nested more than ${max} levels deep`,
  );

export const invalidRange = (details: string) =>
  new PgrstError(416, 'PGRST103', 'Requested range not satisfiable', details);

export const invalidRpcMethod = (method: string) =>
  new PgrstError(405, 'PGRST101', `Cannot use the ${method} method on RPC`);

export const unacceptableSchema = (schema: string) =>
  new PgrstError(406, 'PGRST106', `Invalid schema: ${schema}`, null, 'Only the following schemas are exposed: public');

export const unacceptableMedia = (types: string) =>
  new PgrstError(406, 'PGRST107', `None of these media types are available: ${types}`);

export const unsupportedContentType = (type: string) =>
  new PgrstError(415, 'PGRST107', `Content-Type not acceptable: ${type}`);

export const notEmbedded = (name: string) =>
  new PgrstError(
    400,
    'PGRST108',
    `'${name}' is not an embedded resource in this request`,
    null,
    `Verify that '${name}' is included in the 'select' query parameter.`,
  );

export const singularity = (n: number) =>
  new PgrstError(406, 'PGRST116', 'Cannot coerce the result to a single JSON object', `The result contains ${n} rows`);

export const unsupportedMethod = (method: string) =>
  new PgrstError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);

export const relatedOrderNotToOne = (origin: string, target: string) =>
  new PgrstError(
    400,
    'PGRST118',
    `A related order on '${target}' is not possible`,
    `'${origin}' and '${target}' do not form a many-to-one or one-to-one relationship`,
  );

export const unacceptableFilter = (target: string) =>
  new PgrstError(
    400,
    'PGRST120',
    `Bad operator on the '${target}' embedded resource`,
    'Only is null or not is null filters are allowed on embedded resources',
  );

export const invalidPreferences = (prefs: string[]) =>
  new PgrstError(
    400,
    'PGRST122',
    'Invalid preferences given with handling=strict',
    `Invalid preferences: ${prefs.join(', ')}`,
  );

export const maxAffectedViolation = (n: number) =>
  new PgrstError(
    400,
    'PGRST124',
    'Query result exceeds max-affected preference constraint',
    `The query affects ${n} rows`,
  );

export const notImplemented = (details: string) => new PgrstError(400, 'PGRST127', 'Feature not implemented', details);

// --- schema cache errors (PGRST2xx) ----------------------------------------

export const noRelationship = (parent: string, child: string, hint: string | undefined) =>
  new SchemaMissError(
    400,
    'PGRST200',
    `Could not find a relationship between '${parent}' and '${child}' in the schema cache`,
    `Searched for a foreign key relationship between '${parent}' and '${child}'${hint ? ` using the hint '${hint}'` : ''} in the schema 'public', but no matches were found.`,
  );

export const noFunction = (name: string, args: string[], suggestion: string | null) => {
  const sorted = [...args].sort();
  const sig = sorted.length ? `(${sorted.join(', ')})` : ' without parameters';
  const det = sorted.length
    ? ` with parameter${sorted.length > 1 ? 's' : ''} ${sorted.join(', ')}`
    : ' without parameters';
  return new SchemaMissError(
    404,
    'PGRST202',
    `Could not find the function public.${name}${sig} in the schema cache`,
    `Searched for the function public.${name}${det} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
    suggestion ? `Perhaps you meant to call the function public.${suggestion}` : null,
  );
};

export const ambiguousFunction = (signatures: string[]) =>
  new PgrstError(
    300,
    'PGRST203',
    `Could not choose the best candidate function between: ${signatures.join(', ')}`,
    null,
    'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
  );

export const columnNotFound = (table: string, column: string) =>
  new SchemaMissError(400, 'PGRST204', `Could not find the '${column}' column of '${table}' in the schema cache`);

export const tableNotFound = (name: string, suggestion: string | null) =>
  new SchemaMissError(
    404,
    'PGRST205',
    `Could not find the table 'public.${name}' in the schema cache`,
    null,
    suggestion ? `Perhaps you meant the table 'public.${suggestion}'` : null,
  );

/** What Postgres itself answers for an unknown column (PostgREST lets the database say it). */
export const undefinedColumn = (table: string, column: string) =>
  new SchemaMissError(400, '42703', `column ${table}.${column} does not exist`);

// --- JWT errors (PGRST3xx) ---------------------------------------------------

export function jwtError(kind: string, message: string, status = 401): PgrstError {
  if (kind === 'no_authorization') {
    return new PgrstError(401, 'PGRST302', message, null, 'No `apikey` request header or url param was found.', {
      'www-authenticate': 'Bearer',
    });
  }
  const code = kind === 'expired' || kind === 'session_not_found' ? 'PGRST303' : 'PGRST301';
  return new PgrstError(status, code, message, null, null, {
    'www-authenticate': `Bearer error="invalid_token", error_description=${JSON.stringify(message)}`,
  });
}

// --- errors from Postgres ----------------------------------------------------

/** PostgREST's SQLSTATE → HTTP status table; `authed` is false for the anon role (42501 → 401). */
export function statusForSqlState(code: string, message: string, authed: boolean): number {
  const two = code.slice(0, 2);
  switch (code) {
    case '23503':
    case '23505':
      return 409;
    case '25006':
      return 405;
    case '21000':
      return message.endsWith('requires a WHERE clause') ? 400 : 500;
    case '22023':
      return message.startsWith('role') && message.endsWith('does not exist') ? 401 : 400;
    case '53400':
      return 500;
    case '57P01':
      return 503;
    case 'P0001':
      return 400;
    case '42883':
      return 404;
    case '42P01':
      return 404;
    case '42P17':
      return 500;
    case '42501':
      return authed ? 403 : 401;
  }
  // Program limits (54xxx: too many columns in a select list, too many arguments, a value too big
  // for an index, stack depth) are reached through the shape of the request: the client's to fix.
  // PostgREST answers 500; the local stack answers 400 so that a 5xx always means a server fault.
  if (two === '54') return 400;
  if (two === 'PT') {
    const n = Number(code.slice(2));
    return Number.isInteger(n) && n >= 100 && n <= 599 ? n : 500;
  }
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 500,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  };
  return byClass[two] ?? 400;
}

/** `raise sqlstate 'PGRST' using message = '{"code":…}', detail = '{"status":…,"headers":{…}}'`: full control of the answer. */
function raisedPgrst(message: string, detail: string | undefined): PgrstError {
  const bad = (details: string, hint: string) =>
    new PgrstError(500, 'PGRST121', `Could not parse JSON in the "RAISE SQLSTATE 'PGRST'" error`, details, hint);
  const msgHint =
    "MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: 'details', 'hint'.";
  const detHint =
    "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.";
  let m: unknown;
  try {
    m = JSON.parse(message);
  } catch {
    return bad(`Invalid JSON value for MESSAGE: '${message}'`, msgHint);
  }
  const mo = m as Record<string, unknown> | null;
  if (!mo || typeof mo !== 'object' || typeof mo.code !== 'string' || typeof mo.message !== 'string') {
    return bad(`Invalid JSON value for MESSAGE: '${message}'`, msgHint);
  }
  if (detail === undefined) return bad('DETAIL is missing in the RAISE statement', detHint);
  let d: unknown;
  try {
    d = JSON.parse(detail);
  } catch {
    return bad(`Invalid JSON value for DETAIL: '${detail}'`, detHint);
  }
  const dobj = d as Record<string, unknown> | null;
  if (
    !dobj ||
    typeof dobj !== 'object' ||
    typeof dobj.status !== 'number' ||
    typeof dobj.headers !== 'object' ||
    !dobj.headers
  ) {
    return bad(`Invalid JSON value for DETAIL: '${detail}'`, detHint);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(dobj.headers as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
  const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? null : JSON.stringify(v));
  return new PgrstError(dobj.status, mo.code, mo.message, str(mo.details), str(mo.hint), headers);
}

/** Turns a database error into PostgREST's answer; anything that is not a Postgres error is returned as is. */
export function fromDatabaseError(e: unknown, authed: boolean): PgrstError | null {
  if (e instanceof PgrstError) return e;
  if (!isPgError(e) || !e.code || !/^[0-9A-Z]{5}$/.test(e.code)) return null;
  if (e.code === 'PGRST') return raisedPgrst(e.message, e.detail);
  const headers: Record<string, string> = {};
  const status = statusForSqlState(e.code, e.message, authed);
  if (status === 401) headers['www-authenticate'] = 'Bearer';
  return new PgrstError(status, e.code, e.message, e.detail ?? null, e.hint ?? null, headers);
}
