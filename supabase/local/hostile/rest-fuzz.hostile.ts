/**
 * REST fuzzing: at least 5,000 generated requests (grammar-based and random) as each role against
 * the running stack. Counts 5xx answers (and requests that got no answer), and rows in 2xx answers
 * that the role's policies forbid, judged by the superuser oracle (oracle.ts). Then checks that the
 * server still answers correctly.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchemaCache } from '../rest/schema-cache';
import { startTestStack, type TestStack } from '../testing/stack';
import { hasPg15, startPg15, type ThrowawayCluster } from '../../tests/helpers/pg15';
import { recordFigures } from './figures';
import { Grammar, NASTY_VALUES, OPERATORS, Rng, type FuzzRequest } from './grammar';
import { call, mintToken, PERSONAS, pool, signInToken, type PersonaName } from './helpers';
import { KNOWN_TABLES, Oracle, parseCsv, type Principal, type Violation } from './oracle';

const TARGET_REQUESTS = Number(process.env.HOSTILE_FUZZ_REQUESTS ?? 5200);
const TIME_BUDGET_MS = Number(process.env.HOSTILE_FUZZ_SECONDS ?? 240) * 1000;
const IN_FLIGHT = 4;
const SEED = Number(process.env.HOSTILE_FUZZ_SEED ?? 20261126);
const PG15_REQUESTS = Number(process.env.HOSTILE_FUZZ_PG15_REQUESTS ?? 2000);

interface Role {
  name: string;
  principal: Principal;
  token: string | null;
}

let stack: TestStack;
let oracle: Oracle;
let roles: Role[];
const figures = {
  fuzz_requests: 0,
  fuzz_5xx: 0,
  fuzz_forbidden_rows: 0,
  fuzz_no_answer: 0,
  fuzz_2xx: 0,
  fuzz_rows_checked: 0,
};
const samples5xx: string[] = [];
const samplesForbidden: string[] = [];

/** A stack (PGlite, or PostgreSQL when a URL is given), the oracle on it, and a token per role. */
async function setUp(databaseUrl?: string) {
  stack = await startTestStack({
    auth: { emailFailureLimit: 1000, ipFailureLimit: 100_000 },
    // On a server: keep the storage folder in a temp dir, not in the repo's .local-stack.
    ...(databaseUrl ? { databaseUrl, data: 'memory' } : {}),
  });
  oracle = new Oracle(stack);
  await oracle.install();
  const personas: PersonaName[] = [
    'admin_dindaeng',
    'director_dindaeng',
    'head_dindaeng_finance',
    'staff_dindaeng_finance',
    'staff_dindaeng_governance',
    'admin_huaikhwang',
    'staff_huaikhwang_finance',
  ];
  roles = [
    { name: 'anon', principal: { kind: 'anon' }, token: null },
    { name: 'service_role', principal: { kind: 'service' }, token: stack.keys.serviceRoleKey },
    {
      name: 'disabled_dindaeng_finance',
      principal: { kind: 'user', id: PERSONAS.disabled_dindaeng_finance.id },
      token: await mintToken(stack, { sub: PERSONAS.disabled_dindaeng_finance.id, role: 'authenticated' }, 3600),
    },
  ];
  for (const p of personas) {
    roles.push({ name: p, principal: { kind: 'user', id: PERSONAS[p].id }, token: await signInToken(stack, p) });
  }
}

afterAll(() => {
  recordFigures('rest-fuzz', figures);
  if (samples5xx.length) console.error(`5xx samples:\n${samples5xx.join('\n')}`);
  if (samplesForbidden.length) console.error(`forbidden-row samples:\n${samplesForbidden.join('\n')}`);
});

/** `count` generated requests from `seed`, spread over the roles, 4 in flight, within `budgetMs`. */
async function fuzz(count: number, seed: number, budgetMs: number): Promise<number> {
  const cache = await loadSchemaCache(stack.db);
  const grammar = new Grammar(cache, new Rng(seed));
  grammar.ids = (
    await stack.sql<{ k: string }>(`select k from hostile_oracle.registry where k ~ '^[0-9a-f-]{36}$'`)
  ).map((r) => r.k);
  const deadline = Date.now() + budgetMs;
  let i = 0;
  const worker = async () => {
    while (i < count && Date.now() < deadline) {
      const n = i++;
      const role = roles[n % roles.length]!;
      const req = grammar.next();
      figures.fuzz_requests++;
      let reply: Awaited<ReturnType<typeof send>>;
      try {
        reply = await send(role, req);
      } catch (e) {
        figures.fuzz_no_answer++;
        figures.fuzz_5xx++;
        if (samples5xx.length < 20) samples5xx.push(`${describeRequest(role, req)} → no answer: ${String(e)}`);
        continue;
      }
      if (reply.status >= 500) {
        figures.fuzz_5xx++;
        if (samples5xx.length < 20)
          samples5xx.push(`${describeRequest(role, req)} → ${reply.status} ${reply.text.slice(0, 300)}`);
      }
      await judge(role, req, reply);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return i;
}

/** After fuzzing: the server answers, correctly, and the database is not stuck in a transaction. */
async function expectStillSound() {
  expect((await call(stack, '/auth/v1/health')).status).toBe(200);
  const head = roles.find((r) => r.name === 'head_dindaeng_finance')!;
  const r = await call(stack, '/rest/v1/measures?select=id', {
    token: head.token,
    headers: { prefer: 'count=exact' },
  });
  expect(r.status).toBe(200);
  expect(Number(r.headers.get('content-range')?.split('/')[1])).toBe(
    await oracle.visibleCount(head.principal, 'measures'),
  );
  expect(await oracle.violations(head.principal, r.json)).toEqual([]);
  expect((await signInToken(stack, 'staff_dindaeng_finance')).length).toBeGreaterThan(20);
  expect(await stack.sql(`select 1 as ok`)).toEqual([{ ok: 1 }]);
}

function describeRequest(role: Role, r: FuzzRequest): string {
  const body = r.body === undefined ? '' : ` body=${JSON.stringify(r.body.slice(0, 300))}`;
  return `${role.name} ${r.method} ${r.path.slice(0, 600)} headers=${JSON.stringify(r.headers)}${body}`;
}

async function send(role: Role, r: FuzzRequest) {
  const headers: Record<string, string> = { apikey: stack.keys.anonKey, ...r.headers };
  if (role.token) headers.authorization = `Bearer ${role.token}`;
  const res = await fetch(`${stack.url}${r.path}`, {
    method: r.method,
    headers,
    ...(r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD' ? { body: r.body } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text };
}

/** The rows of a 2xx answer, whatever its media type. */
function rowsOf(contentType: string, text: string): unknown {
  if (text === '') return null;
  if (contentType.startsWith('text/csv')) return parseCsv(text);
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function judge(role: Role, r: FuzzRequest, reply: { status: number; contentType: string; text: string }) {
  if (reply.status < 200 || reply.status >= 300) return;
  // A committed write may have changed someone's profile (role, department, active): ask again.
  if (r.method !== 'GET' && r.method !== 'HEAD' && !/tx=rollback/.test(r.headers.prefer ?? '')) oracle.forget();
  figures.fuzz_2xx++;
  const body = rowsOf(reply.contentType, reply.text);
  if (body === null) return;
  const keys = Oracle.keysIn(body);
  figures.fuzz_rows_checked += keys.size;
  const bad: Violation[] = await oracle.violations(role.principal, body);
  if (bad.length) {
    figures.fuzz_forbidden_rows += bad.length;
    if (samplesForbidden.length < 20)
      samplesForbidden.push(`${describeRequest(role, r)} → ${reply.status}: ${JSON.stringify(bad.slice(0, 3))}`);
  }
}

describe('REST fuzzing', () => {
  beforeAll(() => setUp());
  afterAll(async () => {
    await stack?.close();
  });

  it('each role sees exactly the rows its policies allow (count=exact, per known table)', async () => {
    for (const role of roles) {
      for (const table of KNOWN_TABLES) {
        const r = await call(stack, `/rest/v1/${table}?select=*`, {
          token: role.token,
          headers: { prefer: 'count=exact' },
        });
        const allowed = await oracle.visibleCount(role.principal, table);
        if (role.principal.kind === 'anon' || role.name.startsWith('disabled')) {
          // Anon has no grants (401) or sees nothing; the disabled user's token is refused (401).
          if (r.status === 200) expect(r.json).toEqual([]);
          else expect(r.status).toBe(401);
          continue;
        }
        expect(r.status, `${role.name} ${table}: ${r.text.slice(0, 200)}`).toBe(200);
        const total = Number(r.headers.get('content-range')?.split('/')[1]);
        expect(total, `${role.name} ${table}`).toBe(allowed);
        expect((r.json as unknown[]).length, `${role.name} ${table}`).toBe(allowed);
        const bad = await oracle.violations(role.principal, r.json);
        expect(bad, `${role.name} ${table}`).toEqual([]);
      }
    }
  });

  it('control: the oracle does notice rows a role may not see', async () => {
    const all = await call(stack, '/rest/v1/measures?select=id', { token: stack.keys.serviceRoleKey });
    const staff = roles.find((r) => r.name === 'staff_dindaeng_finance')!;
    const every = await oracle.visibleCount({ kind: 'service' }, 'measures');
    const own = await oracle.visibleCount(staff.principal, 'measures');
    expect((all.json as unknown[]).length).toBe(every);
    expect(own).toBeGreaterThan(0);
    expect((await oracle.violations(staff.principal, all.json)).length).toBe(every - own);
    expect((await oracle.violations({ kind: 'anon' }, all.json)).length).toBe(every);
    expect(await oracle.violations({ kind: 'service' }, all.json)).toEqual([]);
  });

  it('input nested thousands of levels deep is refused before it reaches Postgres, and the engine stays sound', async () => {
    const service = roles.find((r) => r.name === 'service_role')!;
    const head = roles.find((r) => r.name === 'head_dindaeng_finance')!;
    const deepObj = (d: number) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`;
    const deepArr = (d: number) => `${'['.repeat(d)}${']'.repeat(d)}`;
    const cases: { role: Role; req: FuzzRequest }[] = [
      {
        role: service,
        req: {
          kind: 'deep',
          method: 'POST',
          path: '/rest/v1/activity_log',
          headers: { 'content-type': 'application/json' },
          body: `{"snapshot":${deepObj(100_000)}}`,
        },
      },
      {
        role: service,
        req: {
          kind: 'deep',
          method: 'POST',
          path: '/rest/v1/rpc/create_plan_from_import',
          headers: { 'content-type': 'application/json' },
          body: `{"payload":${deepArr(8000)}}`,
        },
      },
      {
        role: head,
        req: {
          kind: 'deep',
          method: 'POST',
          path: '/rest/v1/comments',
          headers: { 'content-type': 'text/csv' },
          body: `measure_id,body\nx,"${'('.repeat(9000)}"`,
        },
      },
      {
        role: head,
        req: {
          kind: 'deep',
          method: 'GET',
          path: `/rest/v1/measures?title=match.${'('.repeat(4000)}${')'.repeat(4000)}`,
          headers: {},
        },
      },
      {
        role: head,
        req: {
          kind: 'deep',
          method: 'GET',
          path: `/rest/v1/activity_log?snapshot=cs.${deepArr(6000)}`,
          headers: {},
        },
      },
      {
        role: head,
        req: {
          kind: 'deep',
          method: 'GET',
          path: `/rest/v1/measures?title=fts.${'('.repeat(5000)}a${')'.repeat(5000)}`,
          headers: {},
        },
      },
    ];
    for (const { role, req } of cases) {
      figures.fuzz_requests++;
      const reply = await send(role, req);
      if (reply.status >= 500) figures.fuzz_5xx++;
      expect(reply.status, `${req.method} ${req.path.slice(0, 60)}: ${reply.text.slice(0, 200)}`).toBe(400);
      expect(reply.text).toMatch(/nested more than 128 levels/);
    }
    // A comment whose text merely contains brackets is fine.
    const measure = (
      await stack.sql<{ id: string }>(`select id from public.measures where department_id = $1 limit 1`, [
        PERSONAS.head_dindaeng_finance.dept,
      ])
    )[0]!.id;
    const ok = await send(head, {
      kind: 'deep',
      method: 'POST',
      path: '/rest/v1/comments',
      headers: { 'content-type': 'application/json', prefer: 'tx=rollback' },
      body: JSON.stringify({ measure_id: measure, body: '('.repeat(5000) }),
    });
    expect(ok.status).toBe(201);
    // Storage metadata and auth user metadata are guarded too.
    const meta = Buffer.from(`{"x":${deepArr(5000)}}`).toString('base64');
    const [open] = await stack.sql<{ id: string; org: string; dept: string }>(
      `select id, organization_id::text as org, department_id::text as dept from public.measures
        where department_id = $1 and status not in ('approved', 'cancelled') limit 1`,
      [PERSONAS.head_dindaeng_finance.dept],
    );
    const key = `${open!.org}/${open!.dept}/${open!.id}/${randomUUID()}.pdf`;
    const up = await call(stack, `/storage/v1/object/evidence/${key}`, {
      method: 'POST',
      token: head.token,
      headers: { 'content-type': 'application/pdf', 'x-metadata': meta },
      body: '%PDF-1.4 deep metadata',
    });
    expect(up.status, up.text).toBe(200);
    expect(await stack.sql(`select user_metadata from storage.objects where name = $1`, [key])).toEqual([
      { user_metadata: null },
    ]);
    const upd = await call(stack, '/auth/v1/user', {
      method: 'PUT',
      token: head.token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: {} }).replace('{}', deepObj(20_000)),
    });
    expect(upd.status).toBe(400);
    // The engine still gives right answers.
    expect(await stack.sql(`select jsonb_typeof('[[1]]'::jsonb) as t, 'abc' ~ '(b)' as m`)).toEqual([
      { t: 'array', m: true },
    ]);
    const r = await call(stack, '/rest/v1/measures?select=id', {
      token: head.token,
      headers: { prefer: 'count=exact' },
    });
    expect(Number(r.headers.get('content-range')?.split('/')[1])).toBe(
      await oracle.visibleCount(head.principal, 'measures'),
    );
  });

  it('embeds that would fan out without bound are refused at once; hierarchies still work', async () => {
    const service = roles.find((r) => r.name === 'service_role')!;
    let sel = 'id';
    for (let i = 0; i < 31; i++) sel = `id,${i % 2 ? 'measures' : 'plans'}(${sel})`;
    for (const path of [
      `/rest/v1/measures?select=${sel}`,
      '/rest/v1/measures?select=id,plans(id,measures(id))',
      '/rest/v1/plans?select=id,measures(id,plans(id,measures(id)))',
      '/rest/v1/organizations?select=id,plans(id,plan_indicators(id,measures(id,evidence!evidence_measure_id_organization_id_fkey(id))))',
    ]) {
      const started = Date.now();
      const r = await send(service, { kind: 'fan-out', method: 'GET', path, headers: {} });
      figures.fuzz_requests++;
      expect(r.status, r.text).toBe(400);
      expect(r.text).toMatch(/Cannot embed/);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    // A body past the limit is refused without being read whole.
    const huge = await send(service, {
      kind: 'fan-out',
      method: 'POST',
      path: '/rest/v1/comments',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'x'.repeat(21 * 1024 * 1024) }),
    });
    figures.fuzz_requests++;
    expect(huge.status).toBe(413);
    // Postgres's own program limits (here: 1664 columns in a select list) are the client's too.
    const wide = await send(service, {
      kind: 'fan-out',
      method: 'GET',
      path: `/rest/v1/measures?select=${'id,'.repeat(2000)}id`,
      headers: {},
    });
    figures.fuzz_requests++;
    expect(wide.status, wide.text).toBe(400);
    expect((JSON.parse(wide.text) as { code: string }).code).toBe('54011');
    const ok = await send(service, {
      kind: 'fan-out',
      method: 'GET',
      path: '/rest/v1/plans?select=id,plan_indicators(id,measures(id,evidence!evidence_measure_id_organization_id_fkey(id),plans(id)))&limit=1',
      headers: {},
    });
    figures.fuzz_requests++;
    expect(ok.status, ok.text).toBe(200);
  });

  it('RPCs called with ids that do not exist answer 404 (P0002), as any role', async () => {
    const missing = '00000000-0000-4000-8000-00000000dead';
    const calls: [string, Record<string, unknown>][] = [
      ['start_measure', { measure_id: missing, expected_version: 1 }],
      ['approve_measure', { measure_id: missing, expected_version: 1 }],
      ['reopen_measure', { measure_id: PERSONAS.head_dindaeng_finance.id, expected_version: 20, reason: 'x' }],
      ['admin_update_user', { user_id: missing, full_name: 'x' }],
      ['admin_set_user_active', { user_id: missing, active: false }],
      ['admin_reset_password', { user_id: missing, new_password: 'long-enough-password' }],
      ['plan_clone', { source_plan_id: missing, fiscal_year: 2570 }],
      ['framework_clone', { source_framework_id: missing, fiscal_year: 2570 }],
    ];
    for (const role of roles.filter((r) => r.name === 'admin_dindaeng' || r.name === 'staff_dindaeng_finance')) {
      for (const [fn, args] of calls) {
        const r = await send(role, {
          kind: 'not-found',
          method: 'POST',
          path: `/rest/v1/rpc/${fn}`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(args),
        });
        figures.fuzz_requests++;
        if (r.status >= 500) figures.fuzz_5xx++;
        expect(r.status, `${role.name} ${fn}: ${r.text}`).toBeLessThan(500);
        // The staff member is refused admin RPCs before the lookup (403); everything else is a clean 404.
        if (r.status !== 403) {
          expect(r.status, `${role.name} ${fn}: ${r.text}`).toBe(404);
          expect(JSON.parse(r.text)).toMatchObject({ code: 'P0002', hint: expect.stringMatching(/not_found$/) });
        }
      }
    }
  });

  it('HEAD refuses what GET refuses, and counts where GET would answer', async () => {
    const service = roles.find((r) => r.name === 'service_role')!;
    for (const [select, status] of [
      ['id,profiles(id,id->0)', 200],
      ['id,profiles(id,snapshot->>a)', 400],
      ['id,profiles(nope)', 400],
      ['id,nope(id)', 400],
    ] as const) {
      for (const accept of ['application/json', 'text/csv']) {
        const r = await send(service, {
          kind: 'head',
          method: 'HEAD',
          path: `/rest/v1/reviews?select=${select}`,
          headers: { accept },
        });
        figures.fuzz_requests++;
        if (r.status >= 500) figures.fuzz_5xx++;
        expect(r.status, `${select} ${accept}`).toBe(status);
      }
    }
  });

  it('PATCH with an empty object and filters touches nothing and answers 2xx', async () => {
    const admin = roles.find((r) => r.name === 'admin_dindaeng')!;
    for (const path of [
      '/rest/v1/profiles?full_name=fts(english).x',
      '/rest/v1/measure_assignees?department_id=eq.20000000-0000-4000-8000-000000000103&order=user_id',
      '/rest/v1/measures?title=like.*a*&limit=1&order=id',
    ]) {
      const r = await send(admin, {
        kind: 'empty-patch',
        method: 'PATCH',
        path,
        headers: { 'content-type': 'application/json', prefer: 'return=representation' },
        body: '{}',
      });
      figures.fuzz_requests++;
      if (r.status >= 500) figures.fuzz_5xx++;
      expect(r.status, `${path}: ${r.text}`).toBe(200);
      expect(JSON.parse(r.text)).toEqual([]);
    }
  });

  it('sweeps every column of every exposed table with every operator and hostile values', async () => {
    const cache = await loadSchemaCache(stack.db);
    const service = roles.find((r) => r.name === 'service_role')!;
    const staff = roles.find((r) => r.name === 'staff_dindaeng_finance')!;
    const values = ['xyz', '', "'", '\u0000', '1e400', '-1', '{', 'ก', '2022-13-45', '(', 'null'];
    const requests: { role: Role; req: FuzzRequest }[] = [];
    let n = 0;
    for (const [table, rel] of [...cache.relations].sort(([a], [b]) => a.localeCompare(b))) {
      for (const col of rel.columns) {
        for (const v of values) {
          const op = OPERATORS[n++ % OPERATORS.length]!;
          const path = `/rest/v1/${table}?select=*&${encodeURIComponent(col.name)}=${encodeURIComponent(`${op}.${v}`)}`;
          requests.push({
            role: n % 2 ? service : staff,
            req: { kind: 'sweep', method: 'GET', path, headers: {}, table },
          });
        }
        const nasty = NASTY_VALUES[n % NASTY_VALUES.length]!.replace(/[\ud800-\udfff]/g, '?');
        requests.push({
          role: staff,
          req: {
            kind: 'sweep',
            method: 'PATCH',
            path: `/rest/v1/${table}?${encodeURIComponent(col.name)}=eq.${encodeURIComponent(nasty)}`,
            headers: { 'content-type': 'application/json', prefer: 'tx=rollback' },
            body: JSON.stringify({ [col.name]: nasty }),
          },
        });
      }
    }
    await pool(requests, IN_FLIGHT, async ({ role, req }) => {
      figures.fuzz_requests++;
      const reply = await send(role, req).catch((e: unknown) => ({ status: 599, contentType: '', text: String(e) }));
      if (reply.status >= 500) {
        figures.fuzz_5xx++;
        if (samples5xx.length < 20)
          samples5xx.push(`${describeRequest(role, req)} → ${reply.status} ${reply.text.slice(0, 300)}`);
      }
      await judge(role, req, reply);
    });
    expect(samples5xx, samples5xx.join('\n')).toEqual([]);
    expect(samplesForbidden, samplesForbidden.join('\n')).toEqual([]);
  });

  it(
    `sends ${TARGET_REQUESTS} hostile requests: no 5xx, no forbidden rows`,
    { timeout: TIME_BUDGET_MS + 60_000 },
    async () => {
      await fuzz(TARGET_REQUESTS, SEED, TIME_BUDGET_MS);
      expect(figures.fuzz_requests).toBeGreaterThanOrEqual(5000);
      expect(figures.fuzz_no_answer).toBe(0);
      expect(samples5xx, samples5xx.join('\n')).toEqual([]);
      expect(samplesForbidden, samplesForbidden.join('\n')).toEqual([]);
    },
  );

  it('the server still answers, correctly, afterwards', expectStillSound);
});

// The same grammar against a real PostgreSQL 15 server (the major version of hosted Supabase) behind
// the same HTTP layer, where installed (CI installs it): errors the WASM build never raises show here.
describe.runIf(hasPg15())('REST fuzzing on PostgreSQL 15', () => {
  let cluster: ThrowawayCluster | undefined;
  beforeAll(async () => {
    cluster = await startPg15();
    await setUp(cluster.url);
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    await cluster?.stop();
  });

  it(`sends ${PG15_REQUESTS} more hostile requests: no 5xx, no forbidden rows`, { timeout: 180_000 }, async () => {
    const sent = await fuzz(PG15_REQUESTS, SEED + 1, 120_000);
    expect(sent).toBe(PG15_REQUESTS);
    expect(samples5xx, samples5xx.join('\n')).toEqual([]);
    expect(samplesForbidden, samplesForbidden.join('\n')).toEqual([]);
  });

  it('the server still answers, correctly, afterwards', expectStillSound);
});
