/**
 * Tokens: every forged, stale or revoked credential is refused with the status Supabase gives it,
 * and no response to it carries data — on /rest/v1, /storage/v1 and /auth/v1 alike.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretBytes, signJwt } from '../auth/jwt';
import { startTestStack, type TestStack } from '../testing/stack';
import { Fixtures, SCOPES } from '../../tests/helpers/fixtures';
import { call, JSON_HEADERS, mintToken, passwordGrant, PERSONAS, type Reply, type Session } from './helpers';
import { recordFigures } from './figures';

let stack: TestStack;
let fixtures: Fixtures;
let evidencePath: string;
let refused = 0;

const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const HEAD = PERSONAS.head_dindaeng_finance;

beforeAll(async () => {
  stack = await startTestStack({ auth: { emailFailureLimit: 1000, ipFailureLimit: 100_000 } });
  fixtures = new Fixtures(stack);
  // A real evidence object, so that a refused download is refused and not merely missing.
  const ev = await fixtures.evidence(SCOPES.fin);
  evidencePath = ev.path;
  const token = await mintToken(stack, { sub: PERSONAS.staff_dindaeng_finance.id, role: 'authenticated' });
  const up = await call(stack, `/storage/v1/object/evidence/${ev.path}`, {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/pdf' },
    body: '%PDF-1.4 hostile token test',
  });
  expect(up.status, up.text).toBe(200);
});
afterAll(async () => {
  recordFigures('tokens', { token_cases_refused: refused });
  await stack?.close();
});

/** The token is refused everywhere, with the expected statuses, and nothing readable comes back. */
async function expectRefusedEverywhere(token: string, restCode: RegExp = /^PGRST30[123]$/) {
  const rest = await call(stack, '/rest/v1/measures?select=id,title', { token });
  expect(rest.status, rest.text).toBe(401);
  expect(Array.isArray(rest.json)).toBe(false);
  expect((rest.json as { code: string }).code).toMatch(restCode);
  expect(rest.headers.get('www-authenticate')).toMatch(/^Bearer/);

  const rpc = await call(stack, '/rest/v1/rpc/start_measure', {
    method: 'POST',
    token,
    headers: JSON_HEADERS,
    body: JSON.stringify({ measure_id: '00000000-0000-4000-8000-000000000000', expected_version: 1 }),
  });
  expect(rpc.status).toBe(401);

  const user = await call(stack, '/auth/v1/user', { token });
  expect(user.status).toBe(401);
  expect((user.json as { id?: string }).id).toBeUndefined();

  const admin = await call(stack, '/auth/v1/admin/users', { token });
  expect([401, 403]).toContain(admin.status);
  expect((admin.json as { users?: unknown }).users).toBeUndefined();

  // Storage answers HTTP 400 with statusCode 403 for a bad token (as Supabase Storage does), or 404 for
  // the routes that treat a bad token as "not signed in" (a private bucket is then invisible).
  const dl = await call(stack, `/storage/v1/object/authenticated/evidence/${evidencePath}`, { token });
  expect([400, 404]).toContain(dl.status);
  expect(dl.text).not.toContain('PDF');
  const list = await call(stack, '/storage/v1/object/list/evidence', {
    method: 'POST',
    token,
    headers: JSON_HEADERS,
    body: JSON.stringify({ prefix: '', limit: 100 }),
  });
  expect(list.status).toBe(400);
  expect((list.json as { statusCode: string }).statusCode).toBe('403');
  refused++;
}

async function validHeadToken() {
  const r = await passwordGrant(stack, HEAD.email);
  expect(r.status).toBe(200);
  return r.json as Session;
}

describe('forged and stale access tokens', () => {
  it('a control: the real token of the same user reads data', async () => {
    const s = await validHeadToken();
    const r = await call(stack, '/rest/v1/measures?select=id&limit=1', { token: s.access_token });
    expect(r.status).toBe(200);
    expect((r.json as unknown[]).length).toBe(1);
  });

  it('refuses a token signed with the wrong secret', async () => {
    const forged = await signJwt(
      'not-the-secret-not-the-secret-not-the-secret',
      { sub: HEAD.id, role: 'authenticated' },
      600,
    );
    await expectRefusedEverywhere(forged, /^PGRST301$/);
  });

  it('refuses alg: none, with and without a signature part, and other algorithms', async () => {
    const claims = { sub: HEAD.id, role: 'service_role', exp: now() + 600 };
    await expectRefusedEverywhere(`${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}.`);
    await expectRefusedEverywhere(`${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}`);
    await expectRefusedEverywhere(`${enc({ alg: 'NONE' })}.${enc(claims)}.`);
    const hs512 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS512' }).sign(secretBytes(stack.keys.secret));
    await expectRefusedEverywhere(hs512);
  });

  it('refuses an expired token (PGRST303)', async () => {
    const past = now() - 3600;
    const expired = await new SignJWT({ sub: HEAD.id, role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(past - 60)
      .setExpirationTime(past)
      .sign(secretBytes(stack.keys.secret));
    await expectRefusedEverywhere(expired, /^PGRST303$/);
  });

  it('refuses a token that is not valid yet (nbf in the future)', async () => {
    const early = await new SignJWT({ sub: HEAD.id, role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setNotBefore(now() + 3600)
      .setExpirationTime(now() + 7200)
      .sign(secretBytes(stack.keys.secret));
    await expectRefusedEverywhere(early);
  });

  it('refuses a user token whose role claim was edited to service_role or postgres', async () => {
    const s = await validHeadToken();
    const [h, p, sig] = s.access_token.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const role of ['service_role', 'postgres', 'supabase_admin', 'authenticator']) {
      await expectRefusedEverywhere(`${h}.${enc({ ...payload, role })}.${sig}`, /^PGRST301$/);
    }
  });

  it('refuses roles outside anon/authenticated/service_role even when correctly signed', async () => {
    for (const role of ['postgres', 'supabase_admin', 'authenticator', 'pg_read_all_data', 'pg_write_all_data', '']) {
      const t = await mintToken(stack, { sub: HEAD.id, role });
      await expectRefusedEverywhere(t);
    }
    const noRole = await mintToken(stack, { sub: HEAD.id });
    await expectRefusedEverywhere(noRole);
    const arrayRole = await mintToken(stack, { sub: HEAD.id, role: ['service_role'] });
    await expectRefusedEverywhere(arrayRole);
  });

  it('refuses malformed tokens of every shape', async () => {
    for (const junk of [
      'x',
      'a.b.c',
      '...',
      `${'A'.repeat(4000)}.${'B'.repeat(4000)}.C`,
      'eyJhbGciOiJIUzI1NiJ9.e30.',
      '\u0e01.\u0e02.\u0e03',
    ]) {
      const safe = /^[\x20-\x7e]*$/.test(junk) ? junk : encodeURIComponent(junk);
      await expectRefusedEverywhere(safe);
    }
  });

  it('refuses the valid token of a disabled user, and their sign-in', async () => {
    const staff = PERSONAS.staff2_dindaeng_finance;
    const r = await passwordGrant(stack, staff.email);
    expect(r.status).toBe(200);
    const token = (r.json as Session).access_token;
    expect((await call(stack, '/rest/v1/measures?select=id&limit=1', { token })).status).toBe(200);
    await stack.sql(`update public.profiles set is_active = false where id = $1`, [staff.id]);
    try {
      await expectRefusedEverywhere(token, /^PGRST303$/);
      // A freshly minted token for the disabled user (no session) is refused too.
      await expectRefusedEverywhere(await mintToken(stack, { sub: staff.id, role: 'authenticated' }), /^PGRST303$/);
      const again = await passwordGrant(stack, staff.email);
      expect(again.status).toBe(400);
      expect((again.json as { code: string }).code).toBe('user_banned');
    } finally {
      await stack.sql(`update public.profiles set is_active = true where id = $1`, [staff.id]);
    }
  });

  it('refuses the seeded disabled user everywhere', async () => {
    const t = await mintToken(stack, { sub: PERSONAS.disabled_dindaeng_finance.id, role: 'authenticated' });
    await expectRefusedEverywhere(t, /^PGRST303$/);
  });

  it('refuses the valid token of a deleted user', async () => {
    const email = `deleted-${Date.now()}@example.test`;
    const created = await call(stack, '/auth/v1/admin/users', {
      method: 'POST',
      token: stack.keys.serviceRoleKey,
      headers: JSON_HEADERS,
      body: JSON.stringify({ email, password: 'correct-horse-1', email_confirm: true }),
    });
    expect(created.status).toBe(200);
    const id = (created.json as { id: string }).id;
    const session = (await passwordGrant(stack, email, 'correct-horse-1')).json as Session;
    expect((await call(stack, '/auth/v1/user', { token: session.access_token })).status).toBe(200);
    const del = await call(stack, `/auth/v1/admin/users/${id}`, { method: 'DELETE', token: stack.keys.serviceRoleKey });
    expect(del.status).toBe(200);
    await expectRefusedEverywhere(session.access_token, /^PGRST303$/);
    await expectRefusedEverywhere(await mintToken(stack, { sub: id, role: 'authenticated' }), /^PGRST303$/);
    const refresh = await call(stack, '/auth/v1/token?grant_type=refresh_token', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ refresh_token: session.refresh_token }),
    });
    expect(refresh.status).toBe(400);
    expect(refresh.text).not.toContain('access_token');
  });
});

describe('refresh-token rotation', () => {
  async function refresh(token: string): Promise<Reply> {
    return call(stack, '/auth/v1/token?grant_type=refresh_token', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ refresh_token: token }),
    });
  }

  it('a reused (rotated) refresh token revokes the whole family: every token of it stops working', async () => {
    const first = await validHeadToken();
    const second = (await refresh(first.refresh_token)).json as Session;
    const third = (await refresh(second.refresh_token)).json as Session;
    expect(third.access_token).toBeTruthy();
    expect((await call(stack, '/rest/v1/measures?select=id&limit=1', { token: third.access_token })).status).toBe(200);

    // An attacker replays the first (rotated) token.
    const reuse = await refresh(first.refresh_token);
    expect(reuse.status).toBe(400);
    expect((reuse.json as { code: string }).code).toBe('refresh_token_already_used');
    expect(reuse.text).not.toContain('access_token');

    // The legitimate holder's newest tokens are dead too.
    const latest = await refresh(third.refresh_token);
    expect(latest.status).toBe(400);
    expect(latest.text).not.toContain('access_token');
    for (const t of [first.access_token, second.access_token, third.access_token]) {
      await expectRefusedEverywhere(t, /^PGRST303$/);
    }
    // Other sessions of the same user are untouched.
    const other = await validHeadToken();
    expect((await call(stack, '/rest/v1/measures?select=id&limit=1', { token: other.access_token })).status).toBe(200);
  });

  it('two concurrent refreshes with one token: at most one succeeds', async () => {
    const s = await validHeadToken();
    const [a, b] = await Promise.all([refresh(s.refresh_token), refresh(s.refresh_token)]);
    const ok = [a, b].filter((r) => r.status === 200);
    expect(ok.length).toBeLessThanOrEqual(1);
  });

  it('refuses unknown, empty and oversized refresh tokens without a 5xx', async () => {
    for (const t of ['', 'x', 'A'.repeat(10_000), "' or 1=1 --", '\u0000']) {
      const r = await refresh(t);
      expect(r.status).toBe(400);
    }
  });
});
