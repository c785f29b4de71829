import { Hono, type Context } from 'hono';
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isPgError, type Queryable } from '../db/database';
import { resolveCaller, type StackDeps } from '../http/deps';
import { tooDeep } from '../http/nesting';
import { remoteAddress } from '../http/remote';
import { signJwt } from './jwt';
import { FailureLimiter } from './rate-limit';
import { findUserByEmail, findUserById, parseBanDuration, passwordMatches, USER_JSON, type UserRow } from './users';

export interface AuthOptions {
  /** Access token lifetime in seconds (GoTrue's JWT_EXP). */
  jwtExpiry?: number;
  /** Failed password attempts per email before 429, and the window. */
  emailFailureLimit?: number;
  ipFailureLimit?: number;
  failureWindowMs?: number;
}

const API_VERSION = '2024-01-01';
const MIN_PASSWORD = 6;

/** GoTrue's error shape; supabase-js reads `code` (with the API version header), `msg` and the status. */
function authError(c: Context, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  c.header('x-supabase-api-version', API_VERSION);
  return c.json({ code, error_code: code, msg: message, message }, status as 400);
}

/** The JSON body, or null when it is not JSON or nested too deeply for Postgres (http/nesting.ts). */
async function readJson(c: Context): Promise<unknown> {
  try {
    const text = await c.req.text();
    return tooDeep(text, true) ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

const passwordGrant = z.object({ email: z.string().min(1).max(255), password: z.string().min(1).max(1024) });
const refreshGrant = z.object({ refresh_token: z.string().min(1).max(255) });
const metadata = z.record(z.string(), z.unknown());
const adminCreate = z.object({
  email: z.string().email().max(255),
  password: z.string().max(1024).optional(),
  email_confirm: z.boolean().optional(),
  user_metadata: metadata.optional(),
  app_metadata: metadata.optional(),
  ban_duration: z.string().optional(),
  id: z.string().uuid().optional(),
});
const adminUpdate = z.object({
  email: z.string().email().max(255).optional(),
  password: z.string().max(1024).optional(),
  email_confirm: z.boolean().optional(),
  user_metadata: metadata.optional(),
  app_metadata: metadata.optional(),
  ban_duration: z.string().optional(),
});
const userUpdate = z.object({
  password: z.string().max(1024).optional(),
  data: metadata.optional(),
});

/**
 * Input Postgres cannot store (a NUL character, a malformed value in a uuid or JSON field) is the
 * client's mistake: 400 in GoTrue's shape, never a 500. Anything else is a real fault.
 */
function onAuthError(err: Error, c: Context) {
  if (isPgError(err) && err.code?.startsWith('22')) return authError(c, 400, 'validation_failed', 'Invalid input');
  console.error(`[local-stack] auth ${c.req.method} ${c.req.path}:`, err);
  return authError(c, 500, 'unexpected_failure', 'Internal server error');
}

export function authRoutes(deps: StackDeps, options: AuthOptions = {}) {
  const app = new Hono();
  app.onError(onAuthError);
  const expiry = options.jwtExpiry ?? Number(process.env.JWT_EXPIRY ?? 3600);
  const windowMs = options.failureWindowMs ?? 5 * 60_000;
  const byEmail = new FailureLimiter(options.emailFailureLimit ?? 5, windowMs);
  const byIp = new FailureLimiter(options.ipFailureLimit ?? 60, windowMs);
  const { db } = deps;

  async function issueSession(tx: Queryable, user: UserRow, sessionId: string, refreshToken: string) {
    const now = Math.floor(Date.now() / 1000);
    const accessToken = await signJwt(
      deps.keys.secret,
      {
        aud: 'authenticated',
        iss: `${deps.publicUrl}/auth/v1`,
        sub: user.id,
        email: user.email ?? '',
        phone: user.phone ?? '',
        app_metadata: user.app_metadata,
        user_metadata: user.user_metadata,
        role: 'authenticated',
        aal: 'aal1',
        amr: [{ method: 'password', timestamp: now }],
        session_id: sessionId,
        is_anonymous: user.is_anonymous,
      },
      expiry,
    );
    const fresh = await findUserById(tx, user.id);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: expiry,
      expires_at: now + expiry,
      refresh_token: refreshToken,
      user: JSON.parse((fresh ?? user).user_json),
    };
  }

  const newRefreshToken = () => randomBytes(24).toString('base64url');

  app.get('/health', (c) =>
    c.json({ version: 'local', name: 'GoTrue', description: 'ITA Action Tracker local stack (GoTrue-compatible)' }),
  );

  app.get('/settings', (c) =>
    c.json({
      external: { email: true, phone: false, anonymous_users: false },
      disable_signup: true,
      mailer_autoconfirm: true,
      phone_autoconfirm: false,
      sms_provider: '',
      saml_enabled: false,
    }),
  );

  app.get('/.well-known/jwks.json', (c) => c.json({ keys: [] }));

  app.post('/signup', (c) => authError(c, 422, 'signup_disabled', 'Signups not allowed for this instance'));

  // No mailer in the local stack: the ITA coordinator resets passwords. Same answer for every email, as GoTrue does.
  app.post('/recover', (c) => c.json({}));

  app.post('/token', async (c) => {
    const grant = c.req.query('grant_type');
    const body = await readJson(c);
    if (grant === 'password') {
      const parsed = passwordGrant.safeParse(body);
      if (!parsed.success) return authError(c, 400, 'validation_failed', 'missing email or phone');
      const email = parsed.data.email.trim().toLowerCase();
      const ip = remoteAddress(c);
      const wait = Math.max(byEmail.retryAfterMs(`email:${email}`), byIp.retryAfterMs(`ip:${ip}`));
      if (wait > 0) {
        return authError(
          c,
          429,
          'over_request_rate_limit',
          'Too many failed sign-in attempts. Please try again later.',
          {
            'retry-after': String(Math.ceil(wait / 1000)),
          },
        );
      }
      // Counted before the (slow) password check, so parallel guesses cannot all slip past the limit.
      const undoEmail = byEmail.attempt(`email:${email}`);
      const undoIp = byIp.attempt(`ip:${ip}`);
      const user = await findUserByEmail(db, email);
      const ok = user !== null && (await passwordMatches(db, user.id, parsed.data.password));
      if (!user || !ok) return authError(c, 400, 'invalid_credentials', 'Invalid login credentials');
      undoEmail();
      undoIp();
      if (user.banned) return authError(c, 400, 'user_banned', 'User is banned');
      if (!user.confirmed) return authError(c, 400, 'email_not_confirmed', 'Email not confirmed');
      byEmail.reset(`email:${email}`);
      const session = await db.transaction(async (tx) => {
        const sessionId = randomUUID();
        const refreshToken = newRefreshToken();
        await tx.query(
          `insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
           values ($1::uuid, $2::uuid, now(), now(), 'aal1', $3, $4::inet)`,
          [sessionId, user.id, c.req.header('user-agent') ?? null, /^[0-9a-f.:]+$/i.test(ip) ? ip : null],
        );
        await tx.query(
          `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, session_id)
           values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3::uuid)`,
          [refreshToken, user.id, sessionId],
        );
        await tx.query(`update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1::uuid`, [
          user.id,
        ]);
        return issueSession(tx, user, sessionId, refreshToken);
      });
      return c.json(session);
    }

    if (grant === 'refresh_token') {
      const parsed = refreshGrant.safeParse(body);
      if (!parsed.success) return authError(c, 400, 'validation_failed', 'refresh_token required');
      const outcome = await db.transaction(async (tx) => {
        const r = await tx.query<{ id: string; user_id: string; revoked: boolean; session_id: string | null }>(
          `select id::text, user_id, revoked, session_id::text from auth.refresh_tokens where token = $1 for update`,
          [parsed.data.refresh_token],
        );
        const row = r.rows[0];
        if (!row || !row.session_id)
          return { error: ['refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found'] as const };
        if (row.revoked) {
          // Reuse of a rotated token: someone else may hold the family. Revoke it all.
          await tx.query(`delete from auth.sessions where id = $1::uuid`, [row.session_id]);
          return {
            error: ['refresh_token_already_used', 'Invalid Refresh Token: Already Used'] as const,
            commit: true,
          };
        }
        const user = await findUserById(tx, row.user_id);
        if (!user || user.deleted)
          return { error: ['user_not_found', 'User from sub claim in JWT does not exist'] as const };
        if (user.banned) return { error: ['user_banned', 'User is banned'] as const };
        const next = newRefreshToken();
        await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1::bigint`, [
          row.id,
        ]);
        await tx.query(
          `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
           values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4::uuid)`,
          [next, row.user_id, parsed.data.refresh_token, row.session_id],
        );
        await tx.query(`update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1::uuid`, [
          row.session_id,
        ]);
        return { session: await issueSession(tx, user, row.session_id, next) };
      });
      if ('session' in outcome) return c.json(outcome.session);
      const [code, msg] = outcome.error;
      return authError(c, code === 'user_banned' ? 400 : code === 'user_not_found' ? 403 : 400, code, msg);
    }

    return authError(c, 400, 'unsupported_grant_type', 'unsupported_grant_type');
  });

  /** Resolves the caller as a signed-in user, or answers 401/403 in GoTrue's shape. */
  async function requireUser(c: Context) {
    const res = await resolveCaller(c, deps);
    if (!res.ok) return { response: authError(c, 401, res.code === 'expired' ? 'bad_jwt' : res.code, res.message) };
    const { claims } = res.caller;
    if (claims.role !== 'authenticated' || typeof claims.sub !== 'string') {
      return { response: authError(c, 403, 'bad_jwt', 'invalid claim: missing sub claim') };
    }
    return { claims, sub: claims.sub };
  }

  app.get('/user', async (c) => {
    const who = await requireUser(c);
    if ('response' in who) return who.response;
    const user = await findUserById(db, who.sub);
    if (!user) return authError(c, 403, 'user_not_found', 'User from sub claim in JWT does not exist');
    return c.json(JSON.parse(user.user_json));
  });

  app.put('/user', async (c) => {
    const who = await requireUser(c);
    if ('response' in who) return who.response;
    const parsed = userUpdate.safeParse(await readJson(c));
    if (!parsed.success) return authError(c, 400, 'validation_failed', 'Invalid request body');
    const { password, data } = parsed.data;
    if (password !== undefined && password.length < MIN_PASSWORD) {
      return authError(c, 422, 'weak_password', `Password should be at least ${MIN_PASSWORD} characters.`);
    }
    await db.transaction(async (tx) => {
      if (password !== undefined) {
        await tx.query(
          `update auth.users set encrypted_password = extensions.crypt($2, extensions.gen_salt('bf', 10)), updated_at = now() where id = $1::uuid`,
          [who.sub, password],
        );
      }
      if (data !== undefined) {
        await tx.query(
          `update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || $2::jsonb, updated_at = now() where id = $1::uuid`,
          [who.sub, JSON.stringify(data)],
        );
      }
    });
    const user = await findUserById(db, who.sub);
    return c.json(JSON.parse(user!.user_json));
  });

  app.post('/logout', async (c) => {
    const who = await requireUser(c);
    if ('response' in who) return who.response;
    const scope = c.req.query('scope') ?? 'global';
    const sessionId = typeof who.claims.session_id === 'string' ? who.claims.session_id : null;
    if (scope === 'local' && sessionId) {
      await db.query(`delete from auth.sessions where id = $1::uuid`, [sessionId]);
    } else if (scope === 'others' && sessionId) {
      await db.query(`delete from auth.sessions where user_id = $1::uuid and id <> $2::uuid`, [who.sub, sessionId]);
    } else {
      await db.query(`delete from auth.sessions where user_id = $1::uuid`, [who.sub]);
    }
    return c.body(null, 204);
  });

  // --- admin API: service_role only ---------------------------------------
  const admin = new Hono();
  admin.onError(onAuthError);
  admin.use('*', async (c, next) => {
    const res = await resolveCaller(c, deps);
    if (!res.ok) return authError(c, 401, res.code, res.message);
    if (res.caller.role !== 'service_role') return authError(c, 403, 'not_admin', 'User not allowed');
    await next();
  });

  admin.get('/users', async (c) => {
    const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
    const perPage = Math.min(1000, Math.max(1, Number.parseInt(c.req.query('per_page') ?? '50', 10) || 50));
    const r = await db.query<{ users: string; total: number }>(
      `select coalesce(json_agg(x.u order by x.created_at), '[]'::json)::text as users,
              (select count(*) from auth.users where deleted_at is null)::int as total
       from (select ${USER_JSON} as u, u.created_at from auth.users u where u.deleted_at is null
             order by u.created_at, u.id limit $1 offset $2) x`,
      [perPage, (page - 1) * perPage],
    );
    const total = r.rows[0]?.total ?? 0;
    c.header('x-total-count', String(total));
    return c.json({ users: JSON.parse(r.rows[0]?.users ?? '[]'), aud: 'authenticated' });
  });

  admin.get('/users/:id', async (c) => {
    const user = await findUserById(db, c.req.param('id'));
    if (!user || user.deleted) return authError(c, 404, 'user_not_found', 'User not found');
    return c.json(JSON.parse(user.user_json));
  });

  admin.post('/users', async (c) => {
    const parsed = adminCreate.safeParse(await readJson(c));
    if (!parsed.success)
      return authError(c, 400, 'validation_failed', 'Unable to validate email address: invalid format');
    const body = parsed.data;
    if (body.password !== undefined && body.password.length < MIN_PASSWORD) {
      return authError(c, 422, 'weak_password', `Password should be at least ${MIN_PASSWORD} characters.`);
    }
    const ban = body.ban_duration ? parseBanDuration(body.ban_duration) : 'none';
    if (ban === null) return authError(c, 400, 'validation_failed', 'invalid format for ban duration');
    if (await findUserByEmail(db, body.email)) {
      return authError(c, 422, 'email_exists', 'A user with this email address has already been registered');
    }
    const id = body.id ?? randomUUID();
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
           raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until,
           confirmation_token, recovery_token, email_change_token_new, email_change)
         values ('00000000-0000-0000-0000-000000000000', $1::uuid, 'authenticated', 'authenticated', lower($2),
           case when $3::text is null then null else extensions.crypt($3, extensions.gen_salt('bf', 10)) end,
           case when $4 then now() end,
           $5::jsonb, $6::jsonb, now(), now(), $7::timestamptz, '', '', '', '')`,
        [
          id,
          body.email,
          body.password ?? null,
          body.email_confirm === true,
          JSON.stringify({ provider: 'email', providers: ['email'], ...(body.app_metadata ?? {}) }),
          JSON.stringify(body.user_metadata ?? {}),
          typeof ban === 'number' ? new Date(Date.now() + ban).toISOString() : null,
        ],
      );
      await tx.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
         values ($1::text, $1::text::uuid, jsonb_build_object('sub', $1::text, 'email', lower($2::text), 'email_verified', $3::boolean), 'email', now(), now())`,
        [id, body.email, body.email_confirm === true],
      );
    });
    const user = await findUserById(db, id);
    return c.json(JSON.parse(user!.user_json));
  });

  admin.put('/users/:id', async (c) => {
    const id = c.req.param('id');
    const existing = await findUserById(db, id);
    if (!existing || existing.deleted) return authError(c, 404, 'user_not_found', 'User not found');
    const parsed = adminUpdate.safeParse(await readJson(c));
    if (!parsed.success) return authError(c, 400, 'validation_failed', 'Invalid request body');
    const body = parsed.data;
    if (body.password !== undefined && body.password.length < MIN_PASSWORD) {
      return authError(c, 422, 'weak_password', `Password should be at least ${MIN_PASSWORD} characters.`);
    }
    const ban = body.ban_duration !== undefined ? parseBanDuration(body.ban_duration) : undefined;
    if (ban === null) return authError(c, 400, 'validation_failed', 'invalid format for ban duration');
    if (body.email !== undefined) {
      const other = await findUserByEmail(db, body.email);
      if (other && other.id !== existing.id) {
        return authError(c, 422, 'email_exists', 'A user with this email address has already been registered');
      }
    }
    await db.transaction(async (tx) => {
      await tx.query(
        `update auth.users set
           email = coalesce(lower($2), email),
           encrypted_password = case when $3::text is null then encrypted_password
                                     else extensions.crypt($3, extensions.gen_salt('bf', 10)) end,
           email_confirmed_at = case when $4::boolean is true then coalesce(email_confirmed_at, now())
                                     when $4::boolean is false then null else email_confirmed_at end,
           raw_user_meta_data = case when $5::jsonb is null then raw_user_meta_data
                                     else coalesce(raw_user_meta_data, '{}'::jsonb) || $5::jsonb end,
           raw_app_meta_data = case when $6::jsonb is null then raw_app_meta_data
                                    else coalesce(raw_app_meta_data, '{}'::jsonb) || $6::jsonb end,
           banned_until = case when $7::text is null then banned_until
                               when $7 = 'none' then null else $7::timestamptz end,
           updated_at = now()
         where id = $1::uuid`,
        [
          id,
          body.email ?? null,
          body.password ?? null,
          body.email_confirm ?? null,
          body.user_metadata ? JSON.stringify(body.user_metadata) : null,
          body.app_metadata ? JSON.stringify(body.app_metadata) : null,
          ban === undefined ? null : ban === 'none' ? 'none' : new Date(Date.now() + ban).toISOString(),
        ],
      );
      // A ban signs the user out everywhere at once.
      if (typeof ban === 'number') await tx.query(`delete from auth.sessions where user_id = $1::uuid`, [id]);
    });
    const user = await findUserById(db, id);
    return c.json(JSON.parse(user!.user_json));
  });

  admin.delete('/users/:id', async (c) => {
    const id = c.req.param('id');
    const existing = await findUserById(db, id);
    if (!existing || existing.deleted) return authError(c, 404, 'user_not_found', 'User not found');
    const body = (await readJson(c)) as { should_soft_delete?: boolean } | null;
    try {
      if (body?.should_soft_delete) {
        await db.transaction(async (tx) => {
          await tx.query(`delete from auth.sessions where user_id = $1::uuid`, [id]);
          await tx.query(
            `update auth.users set deleted_at = now(), encrypted_password = '', updated_at = now() where id = $1::uuid`,
            [id],
          );
        });
      } else {
        await db.query(`delete from auth.users where id = $1::uuid`, [id]);
      }
    } catch (e) {
      return authError(c, 422, 'unexpected_failure', `Database error deleting user: ${(e as Error).message}`);
    }
    return c.json(JSON.parse(existing.user_json));
  });

  app.route('/admin', admin);
  return app;
}
