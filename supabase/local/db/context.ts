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
 * transaction-local settings. Everything resets at COMMIT/ROLLBACK, so nothing
 * carries over to the next request on the same connection.
 */
export async function runAs<T>(db: Database, ctx: RequestContext, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.headers)) {
    if (!HIDDEN_HEADERS.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  }
  return db.transaction(async (tx) => {
    // The role comes from a verified token and is one of API_ROLES; set_config takes it as a value, never as SQL.
    await tx.query(
      `select set_config('role', $1, true),
              set_config('request.jwt.claims', $2, true),
              set_config('request.method', $3, true),
              set_config('request.path', $4, true),
              set_config('request.headers', $5, true),
              set_config('search_path', 'public, extensions', true)`,
      [ctx.role, JSON.stringify(ctx.claims), ctx.method, ctx.path, JSON.stringify(headers)],
    );
    return fn(tx);
  });
}
