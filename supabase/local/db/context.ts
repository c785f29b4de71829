import type { Database, Queryable } from './database';
import type { ApiRole, JwtClaims } from '../auth/jwt';

export interface RequestContext {
  role: ApiRole;
  claims: JwtClaims;
  method: string;
  path: string;
  headers: Record<string, string>;
}

/** Request headers PostgREST exposes to SQL; secrets are never passed through. */
const HIDDEN_HEADERS = new Set(['authorization', 'apikey', 'cookie']);

/**
 * Runs `fn` the way PostgREST runs a request: one transaction, the role switched to
 * the token's role with `set local`, and the JWT claims and request details in
 * transaction-local settings. Everything resets at COMMIT/ROLLBACK, and session-level
 * settings a request made are reset before its COMMIT, so nothing carries over to the next
 * request on the same connection.
 */
export async function runAs<T>(
  db: Database,
  ctx: RequestContext,
  fn: (tx: Queryable) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.headers)) {
    if (!HIDDEN_HEADERS.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  }
  const settings: [string, string][] = [
    ['role', ctx.role],
    ['request.jwt.claims', JSON.stringify(ctx.claims)],
    ['request.method', ctx.method],
    ['request.path', ctx.path],
    ['request.headers', JSON.stringify(headers)],
    ['search_path', 'public, extensions'],
  ];
  // In-process PGlite: one simple-protocol call is ~4x cheaper than a parameterised one.
  // Values are SQL string literals (standard_conforming_strings is on; NUL can't occur in text).
  const apply = async (tx: Queryable, settings: [string, string][], prefix = '') => {
    if (db.kind === 'pglite') {
      await tx.exec(
        `${prefix}select ${settings.map(([k, v]) => `set_config(${literal(k)}, ${literal(v)}, true)`).join(', ')}`,
      );
    } else {
      if (prefix) await tx.exec(prefix);
      await tx.query(
        `select ${settings.map((_, i) => `set_config($${i * 2 + 1}, $${i * 2 + 2}, true)`).join(', ')}`,
        settings.flat(),
      );
    }
  };
  return db.transaction(async (tx) => {
    // A read-only request (GET/HEAD, like PostgREST) runs in a READ ONLY transaction: set with the rest, in
    // the same call (a separate SET TRANSACTION costs a round trip as long as the query itself on PGlite).
    await apply(tx, options.readOnly ? [...settings, ['transaction_read_only', 'on']] : settings);
    const result = await fn(tx);
    // Anything the request set for the whole session (set_config(…, false) or SET in a function —
    // even `role`) would outlive it: into the next request, and into the stack's own superuser
    // queries. Reset before COMMIT (RESET ALL leaves role and session authorization alone, hence
    // the two others); the request's own settings are put back (local, so they end at COMMIT)
    // for deferred triggers that still run as the caller.
    await apply(tx, settings, 'reset session authorization; reset role; reset all; ');
    return result;
  });
}

/** A SQL string literal; the role comes from a verified token and is one of API_ROLES, the rest is data. */
export function literal(value: string): string {
  return `'${value.replace(/\0/g, '').replace(/'/g, "''")}'`;
}
