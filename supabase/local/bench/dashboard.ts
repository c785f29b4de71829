/**
 * Dashboard cost: one organisation's plan (50 measures, a head of one department) inside databases holding
 * 1k and 100k measures in total (the rest belong to other organisations). Reports the median of
 * `public.plan_dashboard` for the head
 * - through RLS (role authenticated, as the REST layer runs it) against the same SQL as the superuser
 *   (same JWT claims, so auth.uid() resolves, but policies bypassed): dashboard_rls_vs_superuser_ratio;
 * - at 100k against 1k measures in total: dashboard_100k_vs_1k_ratio (cost should follow the org's own rows);
 * and, for scale, the whole HTTP call through supabase-js at 100k.
 *
 * The ratios use the median CPU time of this process per call: PGlite runs in-process, so that is the
 * database's work, and it stays meaningful on a shared machine where wall-clock medians swing with other
 * people's load. The wall-clock medians and ratios are printed too (`_wall`).
 */
import { runAs } from '../db/context';
import type { Database } from '../db/database';
import { startTestStack } from '../testing/stack';

const ROUNDS = 10;
const BLOCK = 25;
const BLOCK_WARMUP = 5;
const MEASURES_PER_ORG = 50;
const ORGS_PER_CHUNK = 200;
const AS_OF = '2022-06-25';
const PASSWORD = 'bench-password';

const BENCH_ORG = 0;
const HEAD_EMAIL = 'head.bench@bench.example';
const id = (kind: string, ...parts: (number | string)[]) => `md5('${kind}-' || ${parts.join(" || '-' || ")})::uuid`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * Organisations `from`..`to` (inclusive), each with 5 departments, a head and a staff member per department,
 * a FY 2565 plan with 10 indicators and 50 measures in mixed states, one assignee each. Loaded as the
 * superuser with triggers off (bulk data, ids derived with md5 so rows link without lookups).
 */
async function addOrganisations(db: Database, from: number, to: number) {
  const g = `generate_series(${from}, ${to}) g`;
  await db.exec(`
    set session_replication_role = replica;
    insert into public.organizations (id, name, code)
      select ${id('o', 'g')}, 'หน่วยงานทดสอบ ' || g, 'BENCH-' || g from ${g};
    insert into public.departments (id, organization_id, name, code, sort_order)
      select ${id('d', 'g', 'k')}, ${id('o', 'g')}, 'ฝ่ายที่ ' || k, 'D' || k, k
      from ${g}, generate_series(1, 5) k;
    insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data,
        raw_user_meta_data, created_at, updated_at, confirmation_token, recovery_token, email_change_token_new, email_change)
      select '00000000-0000-0000-0000-000000000000', ${id('u', 'g', 'k', 'r')}, 'authenticated', 'authenticated',
        'u' || g || '-' || k || '-' || r || '@bench.example', '', now(), '{"provider": "email"}', '{}', now(), now(),
        '', '', '', ''
      from ${g}, generate_series(1, 5) k, generate_series(1, 2) r;
    insert into public.profiles (id, organization_id, department_id, email, full_name, role)
      select ${id('u', 'g', 'k', 'r')}, ${id('o', 'g')}, ${id('d', 'g', 'k')},
        'u' || g || '-' || k || '-' || r || '@bench.example', 'ผู้ใช้ทดสอบ ' || g || '-' || k || '-' || r,
        (case r when 1 then 'head' else 'staff' end)::public.user_role
      from ${g}, generate_series(1, 5) k, generate_series(1, 2) r;
    insert into public.plans (id, organization_id, fiscal_year, title, status)
      select ${id('p', 'g')}, ${id('o', 'g')}, 2565, 'แผนทดสอบ ' || g, 'active' from ${g};
    insert into public.plan_indicators (id, plan_id, organization_id, no, name, "group", score)
      select ${id('pi', 'g', 'i')}, ${id('p', 'g')}, ${id('o', 'g')}, i, 'ตัวชี้วัดที่ ' || i,
        (case when i <= 5 then 'IIT' when i <= 8 then 'EIT' else 'OIT' end)::public.indicator_group, 60 + (i * 3 + g) % 40
      from ${g}, generate_series(1, 10) i;
    insert into public.measures (id, organization_id, plan_id, plan_indicator_id, department_id, no, title, start_date,
        due_date, status, percent_complete, approved_at, status_changed_at)
      select ${id('m', 'g', 'j')}, ${id('o', 'g')}, ${id('p', 'g')}, ${id('pi', 'g', '1 + j % 10')},
        ${id('d', 'g', '1 + j % 5')}, j, 'มาตรการทดสอบที่ ' || j, date '2021-10-01',
        date '2021-10-31' + ((j * 37 + g) % 330), s.status,
        case s.status when 'approved' then 100 when 'submitted' then 100 when 'not_started' then 0 else (j * 13) % 100 end,
        case s.status when 'approved' then timestamptz '2021-11-01 10:00+07' + ((j * 37 + g) % 300) * interval '1 day' end,
        now()
      from ${g}, generate_series(1, ${MEASURES_PER_ORG}) j,
        lateral (select (array['not_started', 'in_progress', 'submitted', 'returned', 'approved', 'approved',
                               'cancelled', 'in_progress'])[1 + (j + g) % 8]::public.measure_status as status) s;
    insert into public.measure_assignees (measure_id, user_id, organization_id, department_id)
      select ${id('m', 'g', 'j')}, ${id('u', 'g', '1 + j % 5', '2')}, ${id('o', 'g')}, ${id('d', 'g', '1 + j % 5')}
      from ${g}, generate_series(1, ${MEASURES_PER_ORG}) j;
    set session_replication_role = origin;
  `);
}

/** The bench organisation gets the 2565 framework (weights, bands) and a head who can sign in. */
async function finishBenchOrganisation(db: Database): Promise<string> {
  await db.exec(`
    set session_replication_role = replica;
    insert into public.frameworks (id, organization_id, fiscal_year, name, iit_weight, eit_weight, oit_weight, pass_score)
      select ${id('f', BENCH_ORG)}, ${id('o', BENCH_ORG)}, 2565, f.name, f.iit_weight, f.eit_weight, f.oit_weight, f.pass_score
      from public.frameworks f where f.id = '40000000-0000-4000-8000-000000000165';
    insert into public.framework_indicators (id, framework_id, organization_id, no, name, "group", weight)
      select ${id('fi', BENCH_ORG, 'fi.no')}, ${id('f', BENCH_ORG)}, ${id('o', BENCH_ORG)}, fi.no, fi.name, fi."group", fi.weight
      from public.framework_indicators fi where fi.framework_id = '40000000-0000-4000-8000-000000000165';
    insert into public.framework_grade_bands (framework_id, organization_id, label, min_score, max_score, conditions, sort_order)
      select ${id('f', BENCH_ORG)}, ${id('o', BENCH_ORG)}, b.label, b.min_score, b.max_score, b.conditions, b.sort_order
      from public.framework_grade_bands b where b.framework_id = '40000000-0000-4000-8000-000000000165';
    update public.plans set framework_id = ${id('f', BENCH_ORG)} where id = ${id('p', BENCH_ORG)};
    update public.plan_indicators set framework_indicator_id = ${id('fi', BENCH_ORG, 'no')} where plan_id = ${id('p', BENCH_ORG)};
    update auth.users set email = '${HEAD_EMAIL}', encrypted_password = extensions.crypt('${PASSWORD}', extensions.gen_salt('bf', 4))
      where id = ${id('u', BENCH_ORG, 1, 1)};
    set session_replication_role = origin;
  `);
  const rows = await db.query<{ id: string }>(`select ${id('u', BENCH_ORG, 1, 1)} as id`);
  return rows.rows[0]!.id;
}

async function measureTotal(db: Database): Promise<number> {
  return Number((await db.query<{ n: string }>('select count(*) as n from public.measures')).rows[0]!.n);
}

async function growTo(db: Database, total: number, nextOrg: number): Promise<number> {
  let org = nextOrg;
  while ((await measureTotal(db)) + MEASURES_PER_ORG <= total) {
    const missing = Math.floor((total - (await measureTotal(db))) / MEASURES_PER_ORG);
    const chunk = Math.min(ORGS_PER_CHUNK, missing);
    await addOrganisations(db, org, org + chunk - 1);
    org += chunk;
  }
  await db.exec('analyze');
  return org;
}

const SQL = `select public.plan_dashboard(2565, '${AS_OF}'::date) as d`;

type Call = () => Promise<unknown>;

/** The head's dashboard call through RLS and the same SQL as the superuser, checked to agree. */
async function dashboardCalls(db: Database, headId: string): Promise<{ rls: Call; superuser: Call }> {
  const claims = { role: 'authenticated' as const, sub: headId, aud: 'authenticated' };
  type Row = { d: { totals: { measures: number; cancelled: number } } | null };
  const rls = () =>
    runAs(
      db,
      { role: 'authenticated', claims, method: 'POST', path: '/rest/v1/rpc/plan_dashboard', headers: {} },
      (tx) => tx.query<Row>(SQL),
    );
  // The same statement and settings, but the role stays the superuser: row-level security does not apply.
  const superuser = () =>
    db.transaction(async (tx) => {
      await tx.exec(`select set_config('request.jwt.claims', '${JSON.stringify(claims)}', true)`);
      return tx.query<Row>(SQL);
    });
  const a = await rls();
  const b = await superuser();
  // The head's department holds 10 of the 50 measures (one of them cancelled, so not counted).
  const totals = a.rows[0]?.d?.totals;
  if (
    JSON.stringify(a.rows[0]?.d) !== JSON.stringify(b.rows[0]?.d) ||
    totals?.measures !== 9 ||
    totals.cancelled !== 1
  ) {
    throw new Error(`RLS and superuser disagree, or the scope is wrong: ${JSON.stringify(totals)}`);
  }
  return { rls, superuser };
}

/** A seeded database holding the bench organisation's plan and other organisations up to `total` measures. */
async function prepare(total: number) {
  const stack = await startTestStack({ seed: true });
  await addOrganisations(stack.db, BENCH_ORG, BENCH_ORG);
  const headId = await finishBenchOrganisation(stack.db);
  await growTo(stack.db, total, BENCH_ORG + 1);
  return { stack, headId, total: await measureTotal(stack.db) };
}

interface Timing {
  /** Median CPU time of the process per call (ms): the in-process database's work, whatever else the machine runs. */
  cpu: number;
  /** Median wall-clock time per call (ms). */
  wall: number;
}

/**
 * Medians of several calls, measured in blocks: ROUNDS rounds, each running every call BLOCK times in a row
 * (the first few of a block discarded: switching between databases or between the RLS role and the superuser
 * makes PostgreSQL re-plan the function's cached statement, which a real server, where every API request runs
 * as `authenticated`, does not). Rounds alternate so that the load of a shared machine falls on all alike.
 */
async function medians(calls: Record<string, Call>): Promise<Record<string, Timing>> {
  const names = Object.keys(calls);
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) {
      for (let i = 0; i < BLOCK; i++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await calls[name]!();
        const t = performance.now() - t0;
        const c = process.cpuUsage(c0);
        if (i < BLOCK_WARMUP) continue;
        wall[name]!.push(t);
        cpu[name]!.push((c.user + c.system) / 1000);
      }
    }
  }
  return Object.fromEntries(names.map((n) => [n, { cpu: median(cpu[n]!), wall: median(wall[n]!) }]));
}

export async function benchDashboard() {
  const small = await prepare(1_000);
  try {
    const large = await prepare(100_000);
    try {
      const s = await dashboardCalls(small.stack.db, small.headId);
      const l = await dashboardCalls(large.stack.db, large.headId);
      const client = await large.stack.signIn(HEAD_EMAIL, PASSWORD);
      const http = async () => {
        const { data, error } = await client.rpc('plan_dashboard', { p_fiscal_year: 2565, p_as_of: AS_OF });
        if (error || !data) throw new Error(`dashboard over HTTP failed: ${error?.message}`);
      };
      const m = await medians({ rls1k: s.rls, su1k: s.superuser, rls100k: l.rls, su100k: l.superuser, http100k: http });
      const r = (x: number) => Number(x.toFixed(3));
      const { rls1k, su1k, rls100k, su100k, http100k } = m as Record<string, Timing>;
      return {
        dashboard_rls_vs_superuser_ratio: r(rls100k!.cpu / su100k!.cpu),
        dashboard_100k_vs_1k_ratio: r(rls100k!.cpu / rls1k!.cpu),
        dashboard_rls_vs_superuser_ratio_1k: r(rls1k!.cpu / su1k!.cpu),
        dashboard_rls_vs_superuser_ratio_wall: r(rls100k!.wall / su100k!.wall),
        dashboard_100k_vs_1k_ratio_wall: r(rls100k!.wall / rls1k!.wall),
        dashboard_rls_cpu_ms_1k: r(rls1k!.cpu),
        dashboard_superuser_cpu_ms_1k: r(su1k!.cpu),
        dashboard_rls_cpu_ms_100k: r(rls100k!.cpu),
        dashboard_superuser_cpu_ms_100k: r(su100k!.cpu),
        dashboard_rls_wall_ms_1k: r(rls1k!.wall),
        dashboard_rls_wall_ms_100k: r(rls100k!.wall),
        dashboard_http_wall_ms_100k: r(http100k!.wall),
        dashboard_measures_total_small: small.total,
        dashboard_measures_total_large: large.total,
      };
    } finally {
      await large.stack.close();
    }
  } finally {
    await small.stack.close();
  }
}

/** For ad-hoc experiments. */
export const benchInternals = { prepare, dashboardCalls };

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchDashboard().then((r) => console.log(JSON.stringify(r)));
}
