/**
 * Role escape: no request can change its role, run SQL of its own, or leave settings behind for
 * the next request. Probes every entry point (identifiers, values, RPC names, profiles headers, JWT
 * claims, request headers) and then proves, with a request sequence that alternates users, that
 * each request sees exactly its own role and claims and nothing left by the one before.
 *
 * Two test-only functions are created as the superuser: `hostile_whoami()` reports what the
 * request's session looks like from inside SQL, and `hostile_leave_setting(name, value)` stands
 * for a (buggy) function that sets a session-level setting (set_config(…, false)).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/stack';
import { call, JSON_HEADERS, mintToken, PERSONAS, signInToken, type Reply } from './helpers';
import { recordFigures } from './figures';

let stack: TestStack;
let tokens: Record<'admin' | 'head' | 'staff' | 'hk', string>;
let probes = 0;

interface WhoAmI {
  current_user: string;
  session_user: string;
  uid: string | null;
  claims_sub: string | null;
  claims_role: string | null;
  leak: string | null;
  search_path: string;
  is_superuser: string;
}

beforeAll(async () => {
  stack = await startTestStack({ auth: { emailFailureLimit: 1000, ipFailureLimit: 100_000 } });
  await stack.db.exec(`
    create function public.hostile_whoami() returns json language sql volatile as $$
      select json_build_object(
        'current_user', current_user::text,
        'session_user', session_user::text,
        'uid', auth.uid(),
        'claims_sub', nullif(current_setting('request.jwt.claims', true), '')::json ->> 'sub',
        'claims_role', nullif(current_setting('request.jwt.claims', true), '')::json ->> 'role',
        'leak', nullif(current_setting('hostile.leak', true), ''),
        'search_path', current_setting('search_path'),
        'is_superuser', current_setting('is_superuser'))
    $$;
    create function public.hostile_leave_setting(name text, value text) returns text language sql volatile as $$
      select set_config(name, value, false)
    $$;
    grant execute on function public.hostile_whoami(), public.hostile_leave_setting(text, text) to anon, authenticated, service_role;
  `);
  await stack.deps.reloadSchema!();
  tokens = {
    admin: await signInToken(stack, 'admin_dindaeng'),
    head: await signInToken(stack, 'head_dindaeng_finance'),
    staff: await signInToken(stack, 'staff_dindaeng_finance'),
    hk: await signInToken(stack, 'staff_huaikhwang_finance'),
  };
});
afterAll(async () => {
  recordFigures('role-escape', { role_escape_probes: probes });
  await stack?.close();
});

async function whoami(token: string | null, method: 'GET' | 'POST' = 'POST'): Promise<WhoAmI> {
  const r = await call(stack, '/rest/v1/rpc/hostile_whoami', {
    method,
    token,
    ...(method === 'POST' ? { headers: JSON_HEADERS, body: '{}' } : {}),
  });
  expect(r.status, r.text).toBe(200);
  return r.json as WhoAmI;
}

/** The superuser connection itself is as it was: no role, claims or settings left on the session. */
async function expectCleanSession() {
  const [s] = await stack.sql<{ u: string; claims: string | null; leak: string | null; role: string }>(
    `select current_user::text as u, nullif(current_setting('request.jwt.claims', true), '') as claims,
            nullif(current_setting('hostile.leak', true), '') as leak, current_setting('role') as role`,
  );
  expect(s).toEqual({ u: 'postgres', claims: null, leak: null, role: 'none' });
}

const expectNoData = (r: Reply) => {
  expect(r.status).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  expect(Array.isArray(r.json)).toBe(false);
};

describe('no request changes its role or runs its own SQL', () => {
  it('functions outside the exposed schema cannot be called, however they are named', async () => {
    const names = [
      'set_config',
      'pg_catalog.set_config',
      'pg_catalog%2Eset_config',
      'current_setting',
      'pg_sleep',
      'pg_read_file',
      'pg_terminate_backend',
      'lo_import',
      'private.current_org_id',
      'auth.uid',
      'private.transition_measure',
      'private.record_activity',
      'query_to_xml',
      'dblink_exec',
    ];
    for (const name of names) {
      for (const token of [null, tokens.staff, stack.keys.serviceRoleKey]) {
        const r = await call(stack, `/rest/v1/rpc/${name}`, {
          method: 'POST',
          token,
          headers: JSON_HEADERS,
          body: JSON.stringify({ setting_name: 'role', new_value: 'postgres', is_local: false, query: 'select 1' }),
        });
        probes++;
        expectNoData(r);
      }
    }
    await expectCleanSession();
  });

  it('profile headers cannot reach other schemas', async () => {
    for (const schema of ['pg_catalog', 'private', 'auth', 'storage', 'local_stack', 'information_schema']) {
      const read = await call(stack, '/rest/v1/pg_authid?select=*', {
        token: tokens.admin,
        headers: { 'accept-profile': schema },
      });
      probes++;
      expect(read.status).toBe(406);
      const rpc = await call(stack, '/rest/v1/rpc/set_config', {
        method: 'POST',
        token: tokens.admin,
        headers: { ...JSON_HEADERS, 'content-profile': schema },
        body: JSON.stringify({ setting_name: 'role', new_value: 'postgres', is_local: false }),
      });
      probes++;
      expect(rpc.status).toBe(406);
    }
  });

  it('SQL in identifiers, values, order, embeds and headers stays data', async () => {
    const attacks = [
      `/rest/v1/measures?select=id,"title;set role postgres;--"`,
      `/rest/v1/measures?select=id&order=title;set%20role%20postgres`,
      `/rest/v1/measures?select=id&title=eq.x'%3Bset%20role%20postgres%3B--`,
      `/rest/v1/measures?select=id&or=(title.eq.a),set_config('role','postgres',false)`,
      `/rest/v1/measures?select=id,${encodeURIComponent('departments!inner(id)),pg_authid(rolname')}`,
      `/rest/v1/measures?select=id::text;select%20set_config('role','postgres',false)`,
      `/rest/v1/measures?${encodeURIComponent("title=eq.x') or true; --")}`,
      `/rest/v1/measures?select=${encodeURIComponent('id,t:title->>"a\'; set role postgres; --"')}`,
    ];
    for (const path of attacks) {
      const r = await call(stack, path, {
        token: tokens.staff,
        headers: { prefer: "tx=commit, count=exact'; set role postgres; --", 'x-evil': "'); set role postgres; --" },
      });
      probes++;
      expect(r.status, `${path}: ${r.text}`).toBeLessThan(500);
      const me = await whoami(tokens.staff);
      expect(me.current_user).toBe('authenticated');
      expect(me.uid).toBe(PERSONAS.staff_dindaeng_finance.id);
    }
    await expectCleanSession();
  });

  it('JWT claims with SQL in them are data (signed with the real secret)', async () => {
    const evil = "x'); select set_config('role', 'postgres', false); --";
    const token = await mintToken(stack, {
      sub: PERSONAS.staff_dindaeng_finance.id,
      role: 'authenticated',
      email: evil,
      app_metadata: { role: 'postgres', evil },
      "'); set role postgres; --": evil,
    });
    const me = await whoami(token);
    probes++;
    expect(me.current_user).toBe('authenticated');
    expect(me.is_superuser).toBe('off');
    const next = await whoami(tokens.head);
    expect(next.current_user).toBe('authenticated');
    expect(next.uid).toBe(PERSONAS.head_dindaeng_finance.id);
    await expectCleanSession();
  });

  it('a function cannot switch the session to a role of its choosing', async () => {
    for (const role of ['postgres', 'service_role', 'supabase_admin']) {
      const r = await call(stack, '/rest/v1/rpc/hostile_leave_setting', {
        method: 'POST',
        token: tokens.staff,
        headers: JSON_HEADERS,
        body: JSON.stringify({ name: 'role', value: role }),
      });
      probes++;
      // Either refused, or (for a role the session user may take) undone before the next request.
      const me = await whoami(tokens.head);
      expect(me.current_user, `${role}: ${r.status} ${r.text}`).toBe('authenticated');
      expect(me.uid).toBe(PERSONAS.head_dindaeng_finance.id);
    }
    await expectCleanSession();
  });
});

describe('nothing carries over to the next request', () => {
  it('an alternating sequence of users, anon and service_role each sees only itself', async () => {
    const seq: { name: string; token: string | null; role: string; uid: string | null }[] = [
      { name: 'staff', token: tokens.staff, role: 'authenticated', uid: PERSONAS.staff_dindaeng_finance.id },
      { name: 'hk', token: tokens.hk, role: 'authenticated', uid: PERSONAS.staff_huaikhwang_finance.id },
      { name: 'anon', token: null, role: 'anon', uid: null },
      { name: 'service', token: stack.keys.serviceRoleKey, role: 'service_role', uid: null },
      { name: 'admin', token: tokens.admin, role: 'authenticated', uid: PERSONAS.admin_dindaeng.id },
      { name: 'head', token: tokens.head, role: 'authenticated', uid: PERSONAS.head_dindaeng_finance.id },
    ];
    for (let round = 0; round < 20; round++) {
      for (const [i, who] of seq.entries()) {
        // Each request first tries to leave something behind for whoever comes next…
        const leave = await call(stack, '/rest/v1/rpc/hostile_leave_setting', {
          method: 'POST',
          token: who.token,
          headers: JSON_HEADERS,
          body: JSON.stringify({
            name: round % 2 ? 'hostile.leak' : 'request.jwt.claims',
            value: JSON.stringify({ sub: who.uid, role: 'service_role', by: who.name }),
          }),
        });
        probes++;
        expect(leave.status).toBeLessThan(500);
        // …and the next one in the sequence (another user) must not see it.
        const next = seq[(i + 1) % seq.length]!;
        const me = await whoami(next.token, round % 3 ? 'POST' : 'GET');
        probes++;
        expect(me.current_user, `${who.name} → ${next.name}`).toBe(next.role);
        expect(me.session_user).toBe('postgres');
        expect(me.uid).toBe(next.uid);
        expect(me.claims_sub ?? null).toBe(next.uid);
        expect(me.claims_role).toBe(next.role);
        expect(me.leak, `${who.name} → ${next.name}`).toBeNull();
        expect(me.search_path).toBe('public, extensions');
        // A read as that user still returns exactly what its policies allow.
        if (next.name === 'staff') {
          const rows = await call(stack, '/rest/v1/measures?select=department_id', { token: next.token });
          const depts = new Set((rows.json as { department_id: string }[]).map((r) => r.department_id));
          expect([...depts]).toEqual([PERSONAS.staff_dindaeng_finance.dept]);
        }
      }
    }
    await expectCleanSession();
  });

  it('a failed request (error mid-transaction) leaves nothing behind either', async () => {
    for (let i = 0; i < 10; i++) {
      const bad = await call(stack, '/rest/v1/rpc/start_measure', {
        method: 'POST',
        token: tokens.staff,
        headers: JSON_HEADERS,
        body: JSON.stringify({ measure_id: 'not-a-uuid', expected_version: 1 }),
      });
      expect(bad.status).toBe(400);
      const me = await whoami(i % 2 ? null : tokens.hk);
      expect(me.current_user).toBe(i % 2 ? 'anon' : 'authenticated');
      expect(me.uid).toBe(i % 2 ? null : PERSONAS.staff_huaikhwang_finance.id);
    }
    await expectCleanSession();
  });
});
