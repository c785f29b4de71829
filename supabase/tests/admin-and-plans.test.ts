import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../local/server';
import { startTestStack, type TestStack } from '../local/testing/stack';
import { actorsFor, type ApiError } from './helpers/actors';
import { DEPT, ORG, PERSONAS, PLAN } from './helpers/personas';

let stack: TestStack;
let actors: Awaited<ReturnType<typeof actorsFor>>;
beforeAll(async () => {
  stack = await startTestStack();
  actors = await actorsFor(stack);
});
afterAll(async () => {
  await stack?.close();
});

const expectError = (error: ApiError | null, code: string, hint: string) => {
  expect(error, 'expected an error').not.toBeNull();
  expect({ code: error!.code, hint: error!.hint }).toEqual({ code, hint });
};
let n = 0;
const email = () => `new.user.${++n}.${Date.now()}@dindaeng.example`;

async function signInError(address: string, password: string) {
  const { error } = await stack.anon().auth.signInWithPassword({ email: address, password });
  return error;
}

describe('admin user management RPCs', () => {
  it('the admin creates a confirmed user who can sign in and sees their department', async () => {
    const address = email();
    const { data, error } = await actors.as('admin_dindaeng').rpc<{ id: string; role: string }>('admin_create_user', {
      email: address,
      password: 'ผ่าน-password-1',
      full_name: 'นางสาวทดสอบ ระบบ',
      position: 'เจ้าหน้าที่',
      role: 'staff',
      department_id: DEPT.dindaeng_registry,
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({
      role: 'staff',
      organization_id: ORG.dindaeng,
      department_id: DEPT.dindaeng_registry,
      email: address,
    });
    const client = await stack.signIn(address, 'ผ่าน-password-1');
    const { data: user } = await client.auth.getUser();
    expect(user.user?.id).toBe(data!.id);
    const identities = await stack.sql(`select provider, provider_id from auth.identities where user_id = $1`, [
      data!.id,
    ]);
    expect(identities).toEqual([{ provider: 'email', provider_id: data!.id }]);
  });

  it('refuses everyone but an active admin, and admins of another organisation act only there', async () => {
    for (const who of ['head_dindaeng_finance', 'director_dindaeng', 'staff_dindaeng_finance'] as const) {
      const { error } = await actors.as(who).rpc('admin_create_user', {
        email: email(),
        password: 'long-enough',
        full_name: 'x',
        position: null,
        role: 'admin',
        department_id: null,
      });
      expectError(error, '42501', 'admin_required');
    }
    // A disabled admin-to-be: refused in SQL (42501) or already at the door over REST (token of a banned user).
    const disabled = await actors.as('disabled_dindaeng_finance').rpc('admin_create_user', {
      email: email(),
      password: 'long-enough',
      full_name: 'x',
      position: null,
      role: 'admin',
      department_id: null,
    });
    expect(disabled.error?.code).toBe(actors.driver === 'rest' ? 'PGRST303' : '42501');
    const { error } = await actors.as('admin_huaikhwang').rpc('admin_create_user', {
      email: email(),
      password: 'long-enough',
      full_name: 'x',
      position: null,
      role: 'staff',
      department_id: DEPT.dindaeng_finance,
    });
    expectError(error, '23503', 'department_not_found');
    const anon = await actors.as('anon').rpc('admin_create_user', {
      email: email(),
      password: 'long-enough',
      full_name: 'x',
      position: null,
      role: 'admin',
      department_id: null,
    });
    expect(anon.error?.code).toBe('42501');
  });

  it('validates e-mail, password and duplicates', async () => {
    const base = { full_name: 'ทดสอบ', position: null, role: 'staff', department_id: DEPT.dindaeng_finance };
    expectError(
      (
        await actors
          .as('admin_dindaeng')
          .rpc('admin_create_user', { ...base, email: 'not-an-email', password: 'long-enough' })
      ).error,
      '23514',
      'invalid_email',
    );
    expectError(
      (await actors.as('admin_dindaeng').rpc('admin_create_user', { ...base, email: email(), password: 'short' }))
        .error,
      '23514',
      'weak_password',
    );
    expectError(
      (
        await actors
          .as('admin_dindaeng')
          .rpc('admin_create_user', { ...base, email: 'HEAD.finance@dindaeng.example', password: 'long-enough' })
      ).error,
      '23505',
      'email_exists',
    );
  });

  it('updates role and department of others, never their own', async () => {
    const { data: created } = await actors.as('admin_dindaeng').rpc<{ id: string }>('admin_create_user', {
      email: email(),
      password: 'long-enough',
      full_name: 'ผู้ใช้ ย้ายฝ่าย',
      position: null,
      role: 'staff',
      department_id: DEPT.dindaeng_finance,
    });
    const { data, error } = await actors.as('admin_dindaeng').rpc('admin_update_user', {
      user_id: created!.id,
      role: 'head',
      department_id: DEPT.dindaeng_revenue,
      full_name: null,
      position: 'หัวหน้าฝ่ายรายได้',
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ role: 'head', department_id: DEPT.dindaeng_revenue, position: 'หัวหน้าฝ่ายรายได้' });
    const self = await actors
      .as('admin_dindaeng')
      .rpc('admin_update_user', { user_id: PERSONAS.admin_dindaeng.id, role: 'staff' });
    expectError(self.error, '42501', 'cannot_change_own_role');
    const other = await actors
      .as('admin_dindaeng')
      .rpc('admin_update_user', { user_id: PERSONAS.staff_huaikhwang_finance.id, role: 'admin' });
    expectError(other.error, 'P0002', 'user_not_found');
  });

  it('users cannot change their own role, department or organisation by a direct update', async () => {
    for (const patch of [{ role: 'admin' }, { department_id: DEPT.dindaeng_governance }, { is_active: false }]) {
      const { error } = await actors
        .as('staff_dindaeng_finance')
        .update('profiles', patch, { id: PERSONAS.staff_dindaeng_finance.id });
      expectError(error, '42501', 'cannot_change_own_role');
    }
    const org = await actors
      .as('admin_dindaeng')
      .update('profiles', { organization_id: ORG.huaikhwang }, { id: PERSONAS.staff_dindaeng_finance.id });
    expect(org.error?.code).toBe('42501');
    const own = await actors
      .as('staff_dindaeng_finance')
      .update('profiles', { full_name: 'นายธนากร แก้วมณี' }, { id: PERSONAS.staff_dindaeng_finance.id });
    expect(own.error).toBeNull();
    expect(own.rows).toHaveLength(1);
  });

  it('disabling a user ends their sessions and refuses sign-in; enabling restores it; history stays', async () => {
    const address = email();
    const { data: created } = await actors.as('admin_dindaeng').rpc<{ id: string }>('admin_create_user', {
      email: address,
      password: 'long-enough',
      full_name: 'ผู้ใช้ ชั่วคราว',
      position: null,
      role: 'staff',
      department_id: DEPT.dindaeng_finance,
    });
    await stack.signIn(address, 'long-enough');
    expect(await stack.sql(`select 1 from auth.sessions where user_id = $1`, [created!.id])).toHaveLength(1);
    const { data, error } = await actors
      .as('admin_dindaeng')
      .rpc('admin_set_user_active', { user_id: created!.id, active: false });
    expect(error).toBeNull();
    expect(data).toMatchObject({ is_active: false });
    expect(await stack.sql(`select 1 from auth.sessions where user_id = $1`, [created!.id])).toHaveLength(0);
    expect((await signInError(address, 'long-enough'))?.message).toMatch(/banned/i);
    expect(await stack.sql(`select 1 from public.profiles where id = $1`, [created!.id])).toHaveLength(1);
    await actors.as('admin_dindaeng').rpc('admin_set_user_active', { user_id: created!.id, active: true });
    expect(await signInError(address, 'long-enough')).toBeNull();
    const self = await actors
      .as('admin_dindaeng')
      .rpc('admin_set_user_active', { user_id: PERSONAS.admin_dindaeng.id, active: false });
    expectError(self.error, '42501', 'cannot_change_own_role');
  });

  it('resets a password', async () => {
    const address = email();
    const { data: created } = await actors.as('admin_dindaeng').rpc<{ id: string }>('admin_create_user', {
      email: address,
      password: 'first-password',
      full_name: 'ลืม รหัสผ่าน',
      position: null,
      role: 'staff',
      department_id: DEPT.dindaeng_finance,
    });
    const { error } = await actors
      .as('admin_dindaeng')
      .rpc('admin_reset_password', { user_id: created!.id, new_password: 'second-password' });
    expect(error).toBeNull();
    expect(await signInError(address, 'first-password')).not.toBeNull();
    expect(await signInError(address, 'second-password')).toBeNull();
    const foreign = await actors
      .as('admin_huaikhwang')
      .rpc('admin_reset_password', { user_id: created!.id, new_password: 'hijacked-password' });
    expectError(foreign.error, 'P0002', 'user_not_found');
  });
});

describe('plan_clone', () => {
  it('copies indicators and open measures into a draft plan for the new year', async () => {
    const { data: id, error } = await actors
      .as('admin_dindaeng')
      .rpc<string>('plan_clone', { source_plan_id: PLAN.dindaeng_2565, fiscal_year: 2566 });
    expect(error).toBeNull();
    const [plan] = await stack.sql<Record<string, unknown>>(
      `select fiscal_year, status::text, ita_score, title, framework_id, source_plan_id from public.plans where id = $1`,
      [id],
    );
    expect(plan).toMatchObject({
      fiscal_year: 2566,
      status: 'draft',
      ita_score: null,
      source_plan_id: PLAN.dindaeng_2565,
      framework_id: '40000000-0000-4000-8000-000000000166',
    });
    expect(String(plan!.title)).toContain('2566');
    const indicators = await stack.sql(
      `select no, score, analysis from public.plan_indicators where plan_id = $1 order by no`,
      [id],
    );
    expect(indicators).toHaveLength(8);
    expect(indicators.every((i) => i.score === null && i.analysis === '')).toBe(true);
    const measures = await stack.sql<{
      status: string;
      version: number;
      percent_complete: number;
      due_date: string;
      source_due: string;
    }>(
      `select m.status::text, m.version, m.percent_complete, m.due_date::text, s.due_date::text as source_due
       from public.measures m join public.measures s on s.id = m.source_measure_id where m.plan_id = $1`,
      [id],
    );
    expect(measures).toHaveLength(14);
    for (const m of measures) {
      expect(m).toMatchObject({ status: 'not_started', version: 1, percent_complete: 0 });
      expect(Number(m.due_date.slice(0, 4))).toBe(Number(m.source_due.slice(0, 4)) + 1);
    }
    expect(
      await stack.sql(
        `select 1 from public.evidence e join public.measures m on m.id = e.measure_id where m.plan_id = $1`,
        [id],
      ),
    ).toHaveLength(0);
    const assignees = await stack.sql<{ user_id: string }>(
      `select a.user_id from public.measure_assignees a join public.measures m on m.id = a.measure_id where m.plan_id = $1`,
      [id],
    );
    expect(assignees.length).toBeGreaterThan(0);
    expect(assignees.map((a) => a.user_id)).not.toContain(PERSONAS.disabled_dindaeng_finance.id);
    const again = await actors
      .as('admin_dindaeng')
      .rpc('plan_clone', { source_plan_id: PLAN.dindaeng_2565, fiscal_year: 2566 });
    expectError(again.error, '23505', 'plan_exists');
  });

  it('is admin-only and stays within the organisation', async () => {
    expectError(
      (
        await actors
          .as('head_dindaeng_finance')
          .rpc('plan_clone', { source_plan_id: PLAN.dindaeng_2565, fiscal_year: 2570 })
      ).error,
      '42501',
      'admin_required',
    );
    // Another organisation's admin cannot even see the plan.
    expectError(
      (await actors.as('admin_huaikhwang').rpc('plan_clone', { source_plan_id: PLAN.dindaeng_2565, fiscal_year: 2570 }))
        .error,
      'P0002',
      'not_found',
    );
  });
});

describe('create_plan_from_import', () => {
  const fixture = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'web/src/testing/fixtures/ita-2565-dindaeng.expected.json'), 'utf8'),
  ) as {
    indicators: { measures: string[] }[];
  } & Record<string, unknown>;
  const payload = (year: number, dept: string) => ({
    ...fixture,
    fiscal_year_be: year,
    indicators: fixture.indicators.map((i) => ({
      ...i,
      measures: i.measures.map((title) => ({ title, department_id: dept, due_date: '2022-09-30' })),
    })),
  });

  it('creates the plan, its 8 indicators and 14 measures in one go', async () => {
    const { data: id, error } = await actors.as('admin_huaikhwang').rpc<string>('create_plan_from_import', {
      payload: payload(2564, '20000000-0000-4000-8000-000000000203'),
    });
    expect(error).toBeNull();
    const [plan] = await stack.sql(
      `select organization_id, ita_score::float8 as ita_score, ita_grade from public.plans where id = $1`,
      [id],
    );
    expect(plan).toEqual({ organization_id: ORG.huaikhwang, ita_score: 75.28, ita_grade: 'B' });
    expect(await stack.sql(`select 1 from public.plan_indicators where plan_id = $1`, [id])).toHaveLength(8);
    expect(
      await stack.sql(`select 1 from public.measures where plan_id = $1 and status = 'not_started'`, [id]),
    ).toHaveLength(14);
  });

  it('is atomic: a bad measure rolls everything back with the path of the problem', async () => {
    const bad = payload(2563, DEPT.dindaeng_finance);
    (bad.indicators[3]!.measures[0] as { department_id: string }).department_id = DEPT.huaikhwang_finance;
    const { error } = await actors.as('admin_dindaeng').rpc('create_plan_from_import', { payload: bad });
    expectError(error, '23514', 'invalid_payload');
    expect(error!.message).toContain('indicators[3].measures[0].department_id');
    expect(
      await stack.sql(`select 1 from public.plans where organization_id = $1 and fiscal_year = 2563`, [ORG.dindaeng]),
    ).toHaveLength(0);
  });

  it('rejects non-admins and an existing year', async () => {
    expectError(
      (
        await actors
          .as('head_dindaeng_finance')
          .rpc('create_plan_from_import', { payload: payload(2562, DEPT.dindaeng_finance) })
      ).error,
      '42501',
      'admin_required',
    );
    expectError(
      (
        await actors
          .as('admin_dindaeng')
          .rpc('create_plan_from_import', { payload: payload(2565, DEPT.dindaeng_finance) })
      ).error,
      '23505',
      'plan_exists',
    );
  });
});
