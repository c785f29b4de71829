import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildImportTemplateCsv } from '../../../web/src/features/import/lib/build-import-template';
import type { ImportedPlan } from '../../../web/src/features/import/lib/imported-plan-schema';
import { startTestStack, type TestStack } from '../testing/stack';
import { main } from './import';

/** The write path of `npm run import -- --org …` against an in-process local stack (seeded with Din Daeng 2565). */

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(REPO_ROOT, 'web/src/testing/fixtures');
const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

let stack: TestStack;
let dir: string;
const saved = { secret: process.env.SUPABASE_JWT_SECRET, key: process.env.SUPABASE_SERVICE_ROLE_KEY };

beforeAll(async () => {
  stack = await startTestStack({ jwtSecret: TEST_SECRET });
  dir = await mkdtemp(path.join(os.tmpdir(), 'ita-import-write-'));
  process.env.SUPABASE_JWT_SECRET = TEST_SECRET;
  delete process.env.SUPABASE_SERVICE_ROLE_KEY;
});
afterAll(async () => {
  await stack?.close();
  for (const [k, v] of [
    ['SUPABASE_JWT_SECRET', saved.secret],
    ['SUPABASE_SERVICE_ROLE_KEY', saved.key],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
afterEach(() => vi.restoreAllMocks());

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  const code = await main([...args, '--url', stack.url]).catch((e: { exitCode?: number; message: string }) => {
    err.push(e.message);
    return e.exitCode ?? -1;
  });
  vi.restoreAllMocks();
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}

describe('npm run import -- --org', () => {
  it('creates the plan, its indicators and measures with their departments and due dates', async () => {
    const expected = JSON.parse(
      await readFile(path.join(FIXTURES, 'ita-2565-dindaeng.expected.json'), 'utf8'),
    ) as ImportedPlan;
    const plan: ImportedPlan = {
      ...expected,
      fiscal_year_be: 2566,
      title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2566',
      indicators: expected.indicators.map((ind) => ({
        ...ind,
        measure_details: ind.measures.map((_, i) => ({
          department: i % 2 ? 'ฝ่ายการคลัง' : 'ปกครอง',
          due_date: i === 0 ? '2023-03-31' : null,
        })),
      })),
    };
    const file = path.join(dir, 'plan-2566.csv');
    await writeFile(file, buildImportTemplateCsv({ plan }));

    const { code, stdout, stderr } = await run(['--org', 'เขตดินแดง', file]);
    expect(stderr).toContain('Measures without a due date get 30/09/2566');
    expect(code).toBe(0);
    const { plan_id } = JSON.parse(stdout) as { plan_id: string };

    const [row] = await stack.sql<{ fiscal_year: number; title: string; ita_score: string }>(
      'select fiscal_year, title, ita_score::text from public.plans where id = $1',
      [plan_id],
    );
    expect(row).toEqual({ fiscal_year: 2566, title: plan.title, ita_score: '75.28' });
    const indicators = await stack.sql(
      'select no, name, "group"::text as "group" from public.plan_indicators where plan_id = $1 order by no',
      [plan_id],
    );
    expect(indicators).toEqual(expected.indicators.map((i) => ({ no: i.no, name: i.name, group: i.group })));
    const measures = await stack.sql<{ title: string; department: string; due_date: string }>(
      `select m.title, d.name as department, m.due_date::text as due_date
         from public.measures m join public.plan_indicators i on i.id = m.plan_indicator_id
         join public.departments d on d.id = m.department_id
        where m.plan_id = $1 order by i.no, m.no`,
      [plan_id],
    );
    expect(measures).toEqual(
      expected.indicators.flatMap((ind) =>
        ind.measures.map((title, i) => ({
          title,
          department: i % 2 ? 'ฝ่ายการคลัง' : 'ฝ่ายปกครอง',
          due_date: i === 0 ? '2023-03-31' : '2023-09-30',
        })),
      ),
    );
  });

  it('exits 3 with the stack’s reason when the year already has a plan', async () => {
    const { code, stdout, stderr } = await run([
      '--org',
      '10000000-0000-4000-8000-000000000001',
      '--department',
      'GOV',
      path.join(FIXTURES, 'ita-2565-dindaeng.txt'),
    ]);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toContain('plan_exists');
  });

  it('exits 1 before calling the stack when measures have no department', async () => {
    const { code, stderr } = await run(['--org', 'BKK-HUAIKHWANG', path.join(FIXTURES, 'ita-2565-dindaeng.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('14 measures have no owner department; choose a default one');
  });

  it('exits 3 for an unknown organisation, listing the known ones', async () => {
    const { code, stderr } = await run(['--org', 'เขตไม่มี', path.join(FIXTURES, 'ita-2565-dindaeng.txt')]);
    expect(code).toBe(3);
    expect(stderr).toContain('No single organisation matches "เขตไม่มี" (known: สำนักงานเขตดินแดง, สำนักงานเขตห้วยขวาง)');
  });

  it('uses the service role key alone (no JWT secret at hand)', async () => {
    delete process.env.SUPABASE_JWT_SECRET;
    process.env.SUPABASE_SERVICE_ROLE_KEY = stack.keys.serviceRoleKey;
    try {
      const expected = JSON.parse(
        await readFile(path.join(FIXTURES, 'ita-2565-dindaeng.expected.json'), 'utf8'),
      ) as ImportedPlan;
      const file = path.join(dir, 'plan-2567.csv');
      await writeFile(file, buildImportTemplateCsv({ plan: { ...expected, fiscal_year_be: 2567, title: 'แผน 2567' } }));
      const { code, stdout } = await run(['--org', 'BKK-HUAIKHWANG', '--department', 'ฝ่ายการคลัง', file]);
      expect(code).toBe(0);
      const { plan_id, organization_id } = JSON.parse(stdout) as { plan_id: string; organization_id: string };
      expect(organization_id).toBe('10000000-0000-4000-8000-000000000002');
      const rows = await stack.sql<{ organization_id: string; created_by: string | null; measures: number }>(
        `select p.organization_id, p.created_by, (select count(*)::int from public.measures m where m.plan_id = p.id) as measures
           from public.plans p where p.id = $1`,
        [plan_id],
      );
      expect(rows).toEqual([{ organization_id, created_by: null, measures: 14 }]);
    } finally {
      process.env.SUPABASE_JWT_SECRET = TEST_SECRET;
      delete process.env.SUPABASE_SERVICE_ROLE_KEY;
    }
  });
});

describe('create_plan_from_import: who decides the organisation', () => {
  const DIN_DAENG = '10000000-0000-4000-8000-000000000001';
  const HUAI_KHWANG = '10000000-0000-4000-8000-000000000002';
  const payload = (organizationId: string | undefined, year: number) => ({
    ...(organizationId ? { organization_id: organizationId } : {}),
    fiscal_year_be: year,
    title: `แผนทดสอบ ${year}`,
    ita_score: null,
    ita_grade: null,
    indicators: [
      { no: 1, name: 'การปฏิบัติหน้าที่', group: 'IIT', score: null, analysis: '', agency_analysis: '', measures: [] },
    ],
  });
  const plansOf = (org: string, year: number) =>
    stack.sql('select id from public.plans where organization_id = $1 and fiscal_year = $2', [org, year]);

  it('lets the service role name the organisation', async () => {
    const { data, error } = await stack
      .service()
      .rpc('create_plan_from_import', { payload: payload(HUAI_KHWANG, 2580) });
    expect(error).toBeNull();
    expect(await plansOf(HUAI_KHWANG, 2580)).toEqual([{ id: data }]);
  });

  it('refuses the service role without an organization_id, and an unknown one', async () => {
    const missing = await stack.service().rpc('create_plan_from_import', { payload: payload(undefined, 2581) });
    expect(missing.error).toMatchObject({ code: '23514', hint: 'invalid_payload' });
    const unknown = await stack
      .service()
      .rpc('create_plan_from_import', { payload: payload('10000000-0000-4000-8000-000000000999', 2581) });
    expect(unknown.error).toMatchObject({ code: '23503', hint: 'organization_not_found' });
    expect(await stack.sql('select id from public.plans where fiscal_year = 2581')).toEqual([]);
  });

  it('imports an admin’s plan into their own organisation, with or without organization_id', async () => {
    const admin = await stack.signIn('admin@dindaeng.example');
    const own = await admin.rpc('create_plan_from_import', { payload: payload(DIN_DAENG, 2582) });
    expect(own.error).toBeNull();
    const implicit = await admin.rpc('create_plan_from_import', { payload: payload(undefined, 2583) });
    expect(implicit.error).toBeNull();
    expect(await plansOf(DIN_DAENG, 2583)).toEqual([{ id: implicit.data }]);
  });

  it('refuses an admin’s payload naming another organisation and writes nothing', async () => {
    const admin = await stack.signIn('admin@dindaeng.example');
    const { error } = await admin.rpc('create_plan_from_import', { payload: payload(HUAI_KHWANG, 2584) });
    expect(error).toMatchObject({ code: '42501', hint: 'organization_mismatch' });
    expect(await stack.sql('select id from public.plans where fiscal_year = 2584')).toEqual([]);
  });

  it('still refuses anyone who is not an admin', async () => {
    const head = await stack.signIn('head.finance@dindaeng.example');
    const { error } = await head.rpc('create_plan_from_import', { payload: payload(DIN_DAENG, 2585) });
    expect(error).toMatchObject({ code: '42501', hint: 'admin_required' });
  });
});
