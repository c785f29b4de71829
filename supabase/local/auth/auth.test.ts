import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/stack';
import { secretBytes, signJwt } from './jwt';

let stack: TestStack;
let n = 0;
const PASSWORD = 'correct-horse-1';

async function newUser(extra: Record<string, unknown> = {}) {
  const email = `auth-user-${++n}-${Date.now()}@example.test`;
  const { data, error } = await stack.service().auth.admin.createUser({
    email,
    password: PASSWORD,
    email_confirm: true,
    ...extra,
  });
  if (error) throw error;
  return { email, id: data.user.id };
}

async function rawToken(body: Record<string, unknown>, grant: string) {
  return fetch(`${stack.url}/auth/v1/token?grant_type=${grant}`, {
    method: 'POST',
    headers: { apikey: stack.keys.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function getUserWith(token: string) {
  return fetch(`${stack.url}/auth/v1/user`, {
    headers: { apikey: stack.keys.anonKey, authorization: `Bearer ${token}` },
  });
}

beforeAll(async () => {
  stack = await startTestStack({ seed: false, auth: { emailFailureLimit: 5, ipFailureLimit: 1000 } });
});
afterAll(async () => {
  await stack?.close();
});

describe('password sign-in', () => {
  it('returns a session whose access token identifies the user', async () => {
    const user = await newUser();
    const client = stack.anon();
    const { data, error } = await client.auth.signInWithPassword({ email: user.email, password: PASSWORD });
    expect(error).toBeNull();
    expect(data.session?.token_type).toBe('bearer');
    expect(data.session?.expires_in).toBe(3600);
    expect(data.user?.id).toBe(user.id);
    const me = await client.auth.getUser();
    expect(me.data.user?.email).toBe(user.email);
  });

  it('accepts the email in any letter case', async () => {
    const user = await newUser();
    const { error } = await stack
      .anon()
      .auth.signInWithPassword({ email: user.email.toUpperCase(), password: PASSWORD });
    expect(error).toBeNull();
  });

  it('refuses a wrong password with invalid_credentials', async () => {
    const user = await newUser();
    const { data, error } = await stack
      .anon()
      .auth.signInWithPassword({ email: user.email, password: 'wrong-password' });
    expect(data.session).toBeNull();
    expect(error?.status).toBe(400);
    expect(error?.code).toBe('invalid_credentials');
    expect(error?.message).toBe('Invalid login credentials');
  });

  it('refuses an unknown email exactly like a wrong password', async () => {
    const { error } = await stack.anon().auth.signInWithPassword({ email: 'nobody@example.test', password: PASSWORD });
    expect(error?.code).toBe('invalid_credentials');
  });

  it('throttles repeated failures for one email without locking out another account', async () => {
    const victim = await newUser();
    const other = await newUser();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await rawToken({ email: victim.email, password: 'nope' }, 'password')).status);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const throttled = await rawToken({ email: victim.email, password: PASSWORD }, 'password');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    const { error } = await stack.anon().auth.signInWithPassword({ email: other.email, password: PASSWORD });
    expect(error).toBeNull();
  });

  it('refuses a banned (disabled) user and their existing tokens', async () => {
    const user = await newUser();
    const client = stack.anon();
    const { data } = await client.auth.signInWithPassword({ email: user.email, password: PASSWORD });
    const token = data.session!.access_token;
    expect((await getUserWith(token)).status).toBe(200);

    await stack.service().auth.admin.updateUserById(user.id, { ban_duration: '876000h' });
    const { error } = await stack.anon().auth.signInWithPassword({ email: user.email, password: PASSWORD });
    expect(error?.code).toBe('user_banned');
    expect((await getUserWith(token)).status).toBe(401);

    await stack.service().auth.admin.updateUserById(user.id, { ban_duration: 'none' });
    const again = await stack.anon().auth.signInWithPassword({ email: user.email, password: PASSWORD });
    expect(again.error).toBeNull();
  });

  it('does not allow self sign-up', async () => {
    const { error } = await stack.anon().auth.signUp({ email: 'self@example.test', password: PASSWORD });
    expect(error?.status).toBe(422);
    expect(error?.code).toBe('signup_disabled');
  });
});

describe('refresh tokens', () => {
  it('rotates: a refresh gives a new refresh token and a working access token', async () => {
    const user = await newUser();
    const first = await (await rawToken({ email: user.email, password: PASSWORD }, 'password')).json();
    const res = await rawToken({ refresh_token: first.refresh_token }, 'refresh_token');
    expect(res.status).toBe(200);
    const second = await res.json();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await getUserWith(second.access_token)).status).toBe(200);
  });

  it('revokes the whole family when a rotated token is reused', async () => {
    const user = await newUser();
    const first = await (await rawToken({ email: user.email, password: PASSWORD }, 'password')).json();
    const second = await (await rawToken({ refresh_token: first.refresh_token }, 'refresh_token')).json();

    const reuse = await rawToken({ refresh_token: first.refresh_token }, 'refresh_token');
    expect(reuse.status).toBe(400);
    expect((await reuse.json()).code).toBe('refresh_token_already_used');

    const descendant = await rawToken({ refresh_token: second.refresh_token }, 'refresh_token');
    expect(descendant.status).toBe(400);
    expect((await getUserWith(second.access_token)).status).toBe(401);
  });

  it('rejects an unknown refresh token', async () => {
    const res = await rawToken({ refresh_token: 'made-up-token' }, 'refresh_token');
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('refresh_token_not_found');
  });

  it('works through supabase-js refreshSession', async () => {
    const user = await newUser();
    const client = stack.anon();
    const { data } = await client.auth.signInWithPassword({ email: user.email, password: PASSWORD });
    const refreshed = await client.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session?.refresh_token).not.toBe(data.session?.refresh_token);
  });
});

describe('sign-out', () => {
  it('local scope ends only that session', async () => {
    const user = await newUser();
    const a = stack.anon();
    const b = stack.anon();
    const sa = (await a.auth.signInWithPassword({ email: user.email, password: PASSWORD })).data.session!;
    const sb = (await b.auth.signInWithPassword({ email: user.email, password: PASSWORD })).data.session!;
    await a.auth.signOut({ scope: 'local' });
    expect((await getUserWith(sa.access_token)).status).toBe(401);
    expect((await getUserWith(sb.access_token)).status).toBe(200);
  });

  it('global scope ends every session of the user', async () => {
    const user = await newUser();
    const a = stack.anon();
    const b = stack.anon();
    await a.auth.signInWithPassword({ email: user.email, password: PASSWORD });
    const sb = (await b.auth.signInWithPassword({ email: user.email, password: PASSWORD })).data.session!;
    const { error } = await a.auth.signOut({ scope: 'global' });
    expect(error).toBeNull();
    expect((await getUserWith(sb.access_token)).status).toBe(401);
    expect((await rawToken({ refresh_token: sb.refresh_token }, 'refresh_token')).status).toBe(400);
  });
});

describe('tokens', () => {
  it('refuses a token signed with another secret', async () => {
    const user = await newUser();
    const forged = await signJwt(
      'another-secret-another-secret-another-secret',
      { sub: user.id, role: 'authenticated' },
      600,
    );
    expect((await getUserWith(forged)).status).toBe(401);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const user = await newUser();
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const none = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: user.id, role: 'authenticated', exp: now + 600 })}.`;
    expect((await getUserWith(none)).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const user = await newUser();
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({ sub: user.id, role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(past - 60)
      .setExpirationTime(past)
      .sign(secretBytes(stack.keys.secret));
    const res = await getUserWith(expired);
    expect(res.status).toBe(401);
  });

  it('refuses a role the platform does not know', async () => {
    const user = await newUser();
    const escalated = await signJwt(stack.keys.secret, { sub: user.id, role: 'postgres' }, 600);
    expect((await getUserWith(escalated)).status).toBe(401);
  });

  it('accepts a token signed with the project secret for an existing user', async () => {
    const user = await newUser();
    const token = await signJwt(stack.keys.secret, { sub: user.id, role: 'authenticated' }, 600);
    expect((await getUserWith(token)).status).toBe(200);
  });

  it('refuses a valid token of a deleted user', async () => {
    const user = await newUser();
    const token = await signJwt(stack.keys.secret, { sub: user.id, role: 'authenticated' }, 600);
    await stack.service().auth.admin.deleteUser(user.id);
    expect((await getUserWith(token)).status).toBe(401);
  });
});

describe('user updates', () => {
  it('lets a user change their own password', async () => {
    const user = await newUser();
    const client = await stack.signIn(user.email, PASSWORD);
    const { error } = await client.auth.updateUser({ password: 'a-new-password' });
    expect(error).toBeNull();
    expect((await stack.anon().auth.signInWithPassword({ email: user.email, password: PASSWORD })).error?.code).toBe(
      'invalid_credentials',
    );
    expect(
      (await stack.anon().auth.signInWithPassword({ email: user.email, password: 'a-new-password' })).error,
    ).toBeNull();
  });

  it('rejects a short password', async () => {
    const user = await newUser();
    const client = await stack.signIn(user.email, PASSWORD);
    const { error } = await client.auth.updateUser({ password: '123' });
    expect(error?.code).toBe('weak_password');
  });
});

describe('admin API', () => {
  it('is for the service role only', async () => {
    const user = await newUser();
    const client = await stack.signIn(user.email, PASSWORD);
    const res = await fetch(`${stack.url}/auth/v1/admin/users`, {
      headers: {
        apikey: stack.keys.anonKey,
        authorization: `Bearer ${(await client.auth.getSession()).data.session!.access_token}`,
      },
    });
    expect(res.status).toBe(403);
    const anonRes = await fetch(`${stack.url}/auth/v1/admin/users`, {
      headers: { apikey: stack.keys.anonKey, authorization: `Bearer ${stack.keys.anonKey}` },
    });
    expect(anonRes.status).toBe(403);
  });

  it('creates, lists, updates and deletes users', async () => {
    const admin = stack.service().auth.admin;
    const email = `crud-${Date.now()}@example.test`;
    const created = await admin.createUser({
      email,
      password: PASSWORD,
      email_confirm: true,
      user_metadata: { full_name: 'สมชาย ใจดี' },
    });
    expect(created.error).toBeNull();
    expect(created.data.user?.user_metadata).toEqual({ full_name: 'สมชาย ใจดี' });

    const dup = await admin.createUser({ email, password: PASSWORD });
    expect(dup.error?.code).toBe('email_exists');

    const list = await admin.listUsers({ page: 1, perPage: 1000 });
    expect(list.data.users.some((u) => u.email === email)).toBe(true);

    const updated = await admin.updateUserById(created.data.user!.id, { user_metadata: { position: 'นักวิชาการ' } });
    expect(updated.data.user?.user_metadata).toEqual({ full_name: 'สมชาย ใจดี', position: 'นักวิชาการ' });

    const deleted = await admin.deleteUser(created.data.user!.id);
    expect(deleted.error).toBeNull();
    expect((await admin.getUserById(created.data.user!.id)).error?.status).toBe(404);
  });

  it('an unconfirmed user cannot sign in', async () => {
    const email = `unconfirmed-${Date.now()}@example.test`;
    await stack.service().auth.admin.createUser({ email, password: PASSWORD });
    const { error } = await stack.anon().auth.signInWithPassword({ email, password: PASSWORD });
    expect(error?.code).toBe('email_not_confirmed');
  });
});

describe('health and settings', () => {
  it('answers health and says sign-up is closed', async () => {
    expect((await fetch(`${stack.url}/auth/v1/health`)).status).toBe(200);
    const settings = await (await fetch(`${stack.url}/auth/v1/settings`)).json();
    expect(settings.disable_signup).toBe(true);
  });
});
