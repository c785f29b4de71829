/**
 * public.plan_dashboard as personas through supabase-js (RLS applies), against hand-computed figures from
 * supabase/seed.sql. As of 2022-06-25 (FY 2565), Din Daeng's 14 measures are:
 *
 *   id   ind dept status       due         %    approved
 *   101   1  REG  returned     2022-03-31   80
 *   102   1  GOV  approved     2021-12-31  100  2021-12-31
 *   103   1  GOV  in_progress  2022-06-30   40
 *   104   2  FIN  approved     2022-03-31  100  2022-03-31
 *   105   3  GOV  submitted    2022-03-31  100
 *   106   4  FIN  submitted    2022-06-30  100
 *   107   5  GOV  approved     2021-12-31  100  2021-12-31
 *   108   5  GOV  in_progress  2022-06-30   60
 *   109   5  GOV  not_started  2022-09-30    0
 *   110   6  PW   not_started  2022-06-30    0
 *   111   6  REV  approved     2022-03-31  100  2022-03-31
 *   112   7  COM  not_started  2022-09-30    0
 *   113   7  GOV  in_progress  2022-09-30   50
 *   114   8  REG  in_progress  2022-09-30   30
 *
 * Overdue = due before 2022-06-25 and not approved/cancelled: 101 and 105.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../local/testing/stack';
import type { Dashboard, DashboardFigures, OverdueMeasure } from '../../web/src/features/dashboard/lib/dashboard-data';
import { assessDashboard } from '../../web/src/features/dashboard/lib/dashboard-data';
import { pointsAtStake, whatIf } from '../../web/src/features/dashboard/lib/score-model';
import { runAs } from '../local/db/context';
import { DEPT, PERSONAS } from './helpers/personas';

const AS_OF = '2022-06-25';
let stack: TestStack;
const clients = new Map<string, SupabaseClient>();

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

async function as(email: string) {
  let c = clients.get(email);
  if (!c) {
    c = await stack.signIn(email);
    clients.set(email, c);
  }
  return c;
}

async function dashboard(email: string, fiscalYear = 2565, asOf: string | null = AS_OF): Promise<Dashboard | null> {
  const { data, error } = await (
    await as(email)
  ).rpc('plan_dashboard', asOf ? { p_fiscal_year: fiscalYear, p_as_of: asOf } : { p_fiscal_year: fiscalYear });
  if (error) throw new Error(error.message);
  return data as Dashboard | null;
}

const figures = (
  measures: number,
  counts: Partial<Record<'not_started' | 'in_progress' | 'submitted' | 'returned' | 'approved' | 'cancelled', number>>,
  rest: { percent_approved: number | null; percent_complete: number | null; overdue: number; next_due: string | null },
): DashboardFigures => ({
  measures,
  not_started: 0,
  in_progress: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  cancelled: 0,
  ...counts,
  ...rest,
});

describe('the dashboard', () => {
  describe('for the director (the organisation)', () => {
    let d: Dashboard;
    beforeAll(async () => {
      d = (await dashboard(PERSONAS.director_dindaeng.email))!;
    });

    it('names the plan, the scope and the as-of date', () => {
      expect(d.as_of).toBe(AS_OF);
      expect(d.scope).toEqual({ role: 'director', department_id: null, kind: 'organization' });
      expect(d.plan).toMatchObject({ fiscal_year: 2565, ita_score: 75.28, ita_grade: 'B', status: 'active' });
    });

    it('totals the 14 measures', () => {
      // approved 102, 104, 107, 111 = 4 → 4 / 14 = 28.57 %
      // complete (80 + 100 + 40 + 100 + 100 + 100 + 100 + 60 + 0 + 0 + 100 + 0 + 50 + 30) / 14 = 860 / 14 = 61.43
      expect(d.totals).toEqual(
        figures(
          14,
          { not_started: 3, in_progress: 4, submitted: 2, returned: 1, approved: 4 },
          { percent_approved: 28.57, percent_complete: 61.43, overdue: 2, next_due: '2022-06-30' },
        ),
      );
    });

    it('gives each indicator its figures, score and group', () => {
      const rows = d.indicators.map((i) => [i.no, i.group, i.score, i.figures]);
      expect(rows).toEqual([
        // 1: 101 returned 80, 102 approved 100, 103 in progress 40 → 1/3 = 33.33 %, 220/3 = 73.33, overdue 101
        [
          1,
          'IIT',
          86.39,
          figures(
            3,
            { returned: 1, approved: 1, in_progress: 1 },
            {
              percent_approved: 33.33,
              percent_complete: 73.33,
              overdue: 1,
              next_due: '2022-06-30',
            },
          ),
        ],
        [
          2,
          'IIT',
          67.63,
          figures(
            1,
            { approved: 1 },
            {
              percent_approved: 100,
              percent_complete: 100,
              overdue: 0,
              next_due: null,
            },
          ),
        ],
        // 3: 105 submitted, due 2022-03-31: overdue, and nothing due after the as-of date
        [
          3,
          'IIT',
          80.09,
          figures(
            1,
            { submitted: 1 },
            {
              percent_approved: 0,
              percent_complete: 100,
              overdue: 1,
              next_due: null,
            },
          ),
        ],
        [
          4,
          'IIT',
          68.22,
          figures(
            1,
            { submitted: 1 },
            {
              percent_approved: 0,
              percent_complete: 100,
              overdue: 0,
              next_due: '2022-06-30',
            },
          ),
        ],
        // 5: 107 approved 100, 108 in progress 60, 109 not started 0 → 33.33 %, 160/3 = 53.33
        [
          5,
          'IIT',
          73.81,
          figures(
            3,
            { approved: 1, in_progress: 1, not_started: 1 },
            {
              percent_approved: 33.33,
              percent_complete: 53.33,
              overdue: 0,
              next_due: '2022-06-30',
            },
          ),
        ],
        [
          6,
          'EIT',
          64.15,
          figures(
            2,
            { not_started: 1, approved: 1 },
            {
              percent_approved: 50,
              percent_complete: 50,
              overdue: 0,
              next_due: '2022-06-30',
            },
          ),
        ],
        // 7: 112 not started 0, 113 in progress 50 → 25
        [
          7,
          'EIT',
          72.03,
          figures(
            2,
            { not_started: 1, in_progress: 1 },
            {
              percent_approved: 0,
              percent_complete: 25,
              overdue: 0,
              next_due: '2022-09-30',
            },
          ),
        ],
        [
          8,
          'EIT',
          67.85,
          figures(
            1,
            { in_progress: 1 },
            {
              percent_approved: 0,
              percent_complete: 30,
              overdue: 0,
              next_due: '2022-09-30',
            },
          ),
        ],
      ]);
    });

    it('gives each department its figures and its overdue measures with owners', () => {
      expect(d.departments.map((x) => [x.code, x.figures])).toEqual([
        // GOV: 102 a, 103 ip 40, 105 s, 107 a, 108 ip 60, 109 ns, 113 ip 50 → 2/7 = 28.57 %, 450/7 = 64.29
        [
          'GOV',
          figures(
            7,
            { approved: 2, in_progress: 3, submitted: 1, not_started: 1 },
            {
              percent_approved: 28.57,
              percent_complete: 64.29,
              overdue: 1,
              next_due: '2022-06-30',
            },
          ),
        ],
        // REG: 101 returned 80, 114 in progress 30 → 55
        [
          'REG',
          figures(
            2,
            { returned: 1, in_progress: 1 },
            {
              percent_approved: 0,
              percent_complete: 55,
              overdue: 1,
              next_due: '2022-09-30',
            },
          ),
        ],
        [
          'FIN',
          figures(
            2,
            { approved: 1, submitted: 1 },
            {
              percent_approved: 50,
              percent_complete: 100,
              overdue: 0,
              next_due: '2022-06-30',
            },
          ),
        ],
        [
          'REV',
          figures(
            1,
            { approved: 1 },
            {
              percent_approved: 100,
              percent_complete: 100,
              overdue: 0,
              next_due: null,
            },
          ),
        ],
        [
          'PW',
          figures(
            1,
            { not_started: 1 },
            {
              percent_approved: 0,
              percent_complete: 0,
              overdue: 0,
              next_due: '2022-06-30',
            },
          ),
        ],
        [
          'COM',
          figures(
            1,
            { not_started: 1 },
            {
              percent_approved: 0,
              percent_complete: 0,
              overdue: 0,
              next_due: '2022-09-30',
            },
          ),
        ],
      ]);
      const overdue: Record<string, OverdueMeasure[]> = Object.fromEntries(
        d.departments.map((x) => [x.code, x.overdue_measures]),
      );
      expect(overdue.GOV).toEqual([
        {
          id: '70000000-0000-4000-8000-000000000105',
          no: 1,
          indicator_no: 3,
          title: 'มีการจัดทำนโยบายการบริหารทรัพยากรบุคคลของสำนักงานเขต',
          status: 'submitted',
          due_date: '2022-03-31',
          owners: [{ id: PERSONAS.staff_dindaeng_governance.id, full_name: 'นางสาวสุดารัตน์ พรหมมา' }],
        },
      ]);
      expect(overdue.REG?.map((m) => [m.id, m.owners.map((o) => o.full_name)])).toEqual([
        ['70000000-0000-4000-8000-000000000101', ['นายกิตติพงษ์ มีสุข']],
      ]);
      expect(overdue.FIN).toEqual([]);
    });

    it('draws the burn-up: deadlines against approvals per month', () => {
      // Due: Dec 102, 107; Mar 101, 104, 105, 111; Jun 103, 106, 108, 110; Sep 109, 112, 113, 114.
      // Approved: Dec 102, 107; Mar 104, 111. Months after June 2022 have no actuals yet.
      expect(d.burnup.map((m) => [m.month, m.due, m.planned_cumulative, m.completed, m.completed_cumulative])).toEqual([
        ['2021-10-01', 0, 0, 0, 0],
        ['2021-11-01', 0, 0, 0, 0],
        ['2021-12-01', 2, 2, 2, 2],
        ['2022-01-01', 0, 2, 0, 2],
        ['2022-02-01', 0, 2, 0, 2],
        ['2022-03-01', 4, 6, 2, 4],
        ['2022-04-01', 0, 6, 0, 4],
        ['2022-05-01', 0, 6, 0, 4],
        ['2022-06-01', 4, 10, 0, 4],
        ['2022-07-01', 0, 10, null, null],
        ['2022-08-01', 0, 10, null, null],
        ['2022-09-01', 4, 14, null, null],
      ]);
    });

    it('hands the score model the framework data, which reproduces 75.28 and OIT ≈ 80.77', () => {
      expect(d.framework).toMatchObject({ fiscal_year: 2565, group_weights: { IIT: 30, EIT: 30, OIT: 40 } });
      expect(d.framework?.indicators).toHaveLength(10);
      expect(d.framework?.bands.map((b) => b.label)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
      const assessment = assessDashboard(d)!;
      expect(assessment.overall).toBe(75.28);
      expect(assessment.grade?.label).toBe('B');
      expect(assessment.groups.OIT.source).toBe('implied');
      expect(assessment.groups.OIT.score).toBeCloseTo(80.7715, 10);
      expect(pointsAtStake(assessment)[0]?.unit.key).toBe('gOIT');
      expect(whatIf(assessment, { i6: 80 })).toMatchObject({ overall: 76.87, grade: { label: 'B' } });
    });

    it('counts everything overdue once the fiscal year is over', async () => {
      // As of 2022-10-01 every measure not approved is past its due date: 14 − 4 = 10.
      const after = (await dashboard(PERSONAS.director_dindaeng.email, 2565, '2022-10-01'))!;
      expect(after.totals.overdue).toBe(10);
      expect(after.totals.next_due).toBeNull();
      expect(after.burnup.at(-1)).toMatchObject({ completed: 0, completed_cumulative: 4 });
    });

    it('defaults to today in Bangkok', async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
      expect((await dashboard(PERSONAS.director_dindaeng.email, 2565, null))?.as_of).toBe(today);
    });

    it('is null for a year without a plan', async () => {
      expect(await dashboard(PERSONAS.director_dindaeng.email, 2566)).toBeNull();
    });
  });

  describe('for a head (their department)', () => {
    it('counts only the finance department', async () => {
      const d = (await dashboard(PERSONAS.head_dindaeng_finance.email))!;
      expect(d.scope).toEqual({ role: 'head', department_id: DEPT.dindaeng_finance, kind: 'department' });
      // 104 approved 100, 106 submitted 100
      expect(d.totals).toEqual(
        figures(
          2,
          { approved: 1, submitted: 1 },
          {
            percent_approved: 50,
            percent_complete: 100,
            overdue: 0,
            next_due: '2022-06-30',
          },
        ),
      );
      expect(d.departments.map((x) => x.code)).toEqual(['FIN']);
      // Every indicator is listed (the score model needs them); only 2 and 4 have finance measures.
      expect(d.indicators.map((i) => [i.no, i.figures.measures])).toEqual([
        [1, 0],
        [2, 1],
        [3, 0],
        [4, 1],
        [5, 0],
        [6, 0],
        [7, 0],
        [8, 0],
      ]);
      expect(d.indicators[0]?.figures).toMatchObject({ percent_approved: null, percent_complete: null, overdue: 0 });
      expect(d.burnup.at(-1)?.planned_cumulative).toBe(2);
    });
  });

  describe('for staff (their own measures)', () => {
    it('counts the measures assigned to them, not the whole department', async () => {
      // staff.governance is assigned 102, 103, 105, 107, 108, 113 (not 109):
      // approved 2, in progress 3, submitted 1 → 2/6 = 33.33 %, (100+40+100+100+60+50)/6 = 75, overdue 105
      const d = (await dashboard(PERSONAS.staff_dindaeng_governance.email))!;
      expect(d.scope.kind).toBe('own');
      expect(d.totals).toEqual(
        figures(
          6,
          { approved: 2, in_progress: 3, submitted: 1 },
          {
            percent_approved: 33.33,
            percent_complete: 75,
            overdue: 1,
            next_due: '2022-06-30',
          },
        ),
      );
    });
  });

  describe('across organisations', () => {
    it('shows Huai Khwang’s director only Huai Khwang’s plan', async () => {
      // 201 in progress 45, 202 submitted 100, 203 not started 0, 204 approved 100
      const d = (await dashboard(PERSONAS.director_huaikhwang.email))!;
      expect(d.plan.id).toBe('50000000-0000-4000-8000-000000000265');
      expect(d.totals).toEqual(
        figures(
          4,
          { in_progress: 1, submitted: 1, not_started: 1, approved: 1 },
          {
            percent_approved: 25,
            percent_complete: 61.25,
            overdue: 0,
            next_due: '2022-06-30',
          },
        ),
      );
      expect(d.indicators.map((i) => i.no)).toEqual([2, 4, 6]);
    });

    it('gives a disabled user nothing and refuses anonymous callers', async () => {
      // The API refuses their old token; in SQL (as PostgREST would run it) the helpers find no active profile.
      const p = PERSONAS.disabled_dindaeng_finance;
      const viaSql = await runAs(
        stack.db,
        {
          role: 'authenticated',
          claims: { role: 'authenticated', sub: p.id, aud: 'authenticated' },
          method: 'POST',
          path: '/rest/v1',
          headers: {},
        },
        (tx) => tx.query<{ d: unknown }>(`select public.plan_dashboard(2565, '2022-06-25') as d`),
      );
      expect(viaSql.rows[0]?.d).toBeNull();
      const anon = await stack.anon().rpc('plan_dashboard', { p_fiscal_year: 2565 });
      expect(anon.error?.code).toBe('42501');
    });
  });

  describe('after changes', () => {
    it('lists a cancelled measure but no longer counts it', async () => {
      const admin = await as(PERSONAS.admin_dindaeng.email);
      const { data: m } = await admin
        .from('measures')
        .select('version')
        .eq('id', '70000000-0000-4000-8000-000000000110')
        .single();
      const { error } = await admin.rpc('cancel_measure', {
        measure_id: '70000000-0000-4000-8000-000000000110',
        expected_version: (m as { version: number }).version,
        reason: 'ยุบรวมกับมาตรการอื่น',
      });
      expect(error).toBeNull();
      const d = (await dashboard(PERSONAS.director_dindaeng.email))!;
      // Indicator 6 keeps 111 (approved): 1 measure, 100 % approved; 110 shows as cancelled.
      expect(d.indicators.find((i) => i.no === 6)?.figures).toEqual(
        figures(
          1,
          { approved: 1, cancelled: 1 },
          {
            percent_approved: 100,
            percent_complete: 100,
            overdue: 0,
            next_due: null,
          },
        ),
      );
      // 13 counted: 4 / 13 = 30.77 %, 860 / 13 = 66.15
      expect(d.totals).toMatchObject({ measures: 13, cancelled: 1, percent_approved: 30.77, percent_complete: 66.15 });
      expect(d.burnup.at(-1)?.planned_cumulative).toBe(13);
    });
  });
});
