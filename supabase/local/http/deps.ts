import type { Context } from 'hono';
import type { Database } from '../db/database';
import { verifyJwt, JwtError, type JwtClaims, type Keys } from '../auth/jwt';

export interface StackDeps {
  db: Database;
  keys: Keys;
  /** Where storage objects live on disk. */
  storageDir: string;
  /** The URL clients use to reach this server, e.g. http://127.0.0.1:54321. */
  publicUrl: string;
  /** Re-reads the schema cache after DDL (the REST layer sets it; like NOTIFY pgrst, 'reload schema'). */
  reloadSchema?: () => Promise<void>;
}

export interface Caller {
  role: JwtClaims['role'];
  claims: JwtClaims;
  /** The raw bearer token (never logged). */
  token: string;
}

export type CallerResult =
  { ok: true; caller: Caller } | { ok: false; status: 401 | 403; code: string; message: string };

/** The bearer token, or the apikey header when no Authorization is sent (as Kong + PostgREST do). */
export function bearerToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return m ? m[1]!.trim() : null;
  }
  return c.req.header('apikey') ?? c.req.query('apikey') ?? null;
}

/**
 * Who is calling: verifies the JWT and, for user tokens, that the user and session
 * still exist and the user is not banned (disabled). Hosted Supabase only checks
 * the signature and expiry; the local stack also refuses tokens of deleted or
 * disabled users at once, which is stricter and never less safe.
 */
export async function resolveCaller(c: Context, deps: StackDeps): Promise<CallerResult> {
  const token = bearerToken(c);
  if (!token) return { ok: false, status: 401, code: 'no_authorization', message: 'No API key found in request' };
  let claims: JwtClaims;
  try {
    claims = await verifyJwt(deps.keys.secret, token);
  } catch (e) {
    const msg = e instanceof JwtError ? e.message : 'invalid JWT';
    return { ok: false, status: 401, code: e instanceof JwtError ? e.code : 'bad_jwt', message: msg };
  }
  if (claims.role === 'authenticated') {
    const alive = await userIsActive(deps.db, claims);
    if (!alive)
      return {
        ok: false,
        status: 401,
        code: 'session_not_found',
        message: 'JWT refers to a user or session that no longer exists or is disabled',
      };
  }
  c.set('userId' as never, (claims.sub ?? null) as never);
  return { ok: true, caller: { role: claims.role, claims, token } };
}

async function userIsActive(db: Database, claims: JwtClaims): Promise<boolean> {
  const sub = typeof claims.sub === 'string' ? claims.sub : '';
  if (!/^[0-9a-f-]{36}$/i.test(sub)) return false;
  const sessionId = typeof claims.session_id === 'string' ? claims.session_id : null;
  if (sessionId !== null && !/^[0-9a-f-]{36}$/i.test(sessionId)) return false;
  const r = await db.query<{ ok: boolean }>(
    `select exists (
       select 1 from auth.users u
       where u.id = $1::uuid and u.deleted_at is null
         and (u.banned_until is null or u.banned_until <= now())
         and ($2::uuid is null or exists (select 1 from auth.sessions s where s.id = $2::uuid and s.user_id = u.id))
     ) as ok`,
    [sub, sessionId],
  );
  return r.rows[0]?.ok === true;
}
