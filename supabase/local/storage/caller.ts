import type { Context } from 'hono';
import type { JwtClaims } from '../auth/jwt';
import type { RequestContext } from '../db/context';
import { bearerToken, resolveCaller, type StackDeps } from '../http/deps';
import { ERR } from './errors';

/** Who a storage request acts as: the verified caller, or nobody (public routes). */
export interface StorageCaller {
  ctx: RequestContext;
  /** `owner` for new objects: the token's `sub` when it is a uuid (as Supabase stores it). */
  owner: string | null;
  /** `owner_id`: the token's `sub` as text, whatever it is. */
  ownerId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function callerFromClaims(c: Context, claims: JwtClaims): StorageCaller {
  const sub = typeof claims.sub === 'string' ? claims.sub : null;
  return {
    ctx: { role: claims.role, claims, method: c.req.method, path: c.req.path, headers: c.req.header() },
    owner: sub && UUID.test(sub) ? sub : null,
    ownerId: sub,
  };
}

/** A verified JWT is required (Supabase answers 400 with statusCode 403 otherwise). */
export async function requireCaller(c: Context, deps: StackDeps): Promise<StorageCaller> {
  const r = await resolveCaller(c, deps);
  if (!r.ok) throw ERR.accessDenied(r.message);
  return callerFromClaims(c, r.caller.claims);
}

/**
 * For routes Supabase serves with `allowInvalidJwt` (GET/HEAD /object/:bucket/*,
 * /object/info/…): no token, or a token that does not verify, means "not
 * authenticated" and only public buckets are reachable.
 */
export async function optionalCaller(c: Context, deps: StackDeps): Promise<StorageCaller | null> {
  if (!bearerToken(c)) return null;
  const r = await resolveCaller(c, deps);
  return r.ok ? callerFromClaims(c, r.caller.claims) : null;
}

/** The service role, for writes a signed upload token has already authorised. */
export function serviceCaller(c: Context): StorageCaller {
  return callerFromClaims(c, { role: 'service_role' });
}
