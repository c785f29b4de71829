/**
 * Fresh rows for each test, created as the superuser (the test oracle), so that tests never reset the
 * shared stack: every case gets its own measure, evidence, plan … with unique ids.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { TestStack } from '../../local/testing/stack';
import { DEPT, FRAMEWORK, ORG, PERSONAS, PLAN, type PersonaName } from './personas';

export type ScopeName = 'fin' | 'gov' | 'hk';

export interface Scope {
  name: ScopeName;
  label: string;
  org: string;
  dept: string;
  plan: string;
  planIndicator: string;
  framework: string;
  frameworkIndicator: string;
  /** The staff member assigned to the measures made in this scope. */
  staff: PersonaName;
  head: PersonaName;
}

export const SCOPES: Record<ScopeName, Scope> = {
  fin: {
    name: 'fin',
    label: 'Din Daeng finance',
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_finance,
    plan: PLAN.dindaeng_2565,
    planIndicator: '60000000-0000-4000-8000-000000000102',
    framework: FRAMEWORK.dindaeng_2565,
    frameworkIndicator: '41000000-0000-4000-8000-000001650001',
    staff: 'staff_dindaeng_finance',
    head: 'head_dindaeng_finance',
  },
  gov: {
    name: 'gov',
    label: 'Din Daeng governance',
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_governance,
    plan: PLAN.dindaeng_2565,
    planIndicator: '60000000-0000-4000-8000-000000000101',
    framework: FRAMEWORK.dindaeng_2565,
    frameworkIndicator: '41000000-0000-4000-8000-000001650002',
    staff: 'staff_dindaeng_governance',
    head: 'head_dindaeng_governance',
  },
  hk: {
    name: 'hk',
    label: 'Huai Khwang finance',
    org: ORG.huaikhwang,
    dept: DEPT.huaikhwang_finance,
    plan: PLAN.huaikhwang_2565,
    planIndicator: '60000000-0000-4000-8000-000000000202',
    framework: FRAMEWORK.huaikhwang_2565,
    frameworkIndicator: '41000000-0000-4000-8000-000002650001',
    staff: 'staff_huaikhwang_finance',
    head: 'head_huaikhwang_finance',
  },
};

let seq = 0;
/** A number unique within this process (test files run in separate workers with separate stacks). */
export const nextSeq = () => ++seq;

const years = new Map<string, number>();
/** A B.E. fiscal year not used yet by this organisation for this kind of row (seeded years 2565/2566 skipped). */
export function nextYear(org: string, kind: 'plan' | 'framework'): number {
  let y = (years.get(`${org}/${kind}`) ?? 2500) + 1;
  if (y === 2565 || y === 2566) y = 2567;
  if (y > 2700) throw new Error('fixtures ran out of fiscal years');
  years.set(`${org}/${kind}`, y);
  return y;
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function evidencePath(scope: Scope, measureId: string, ext = 'pdf') {
  return `${scope.org}/${scope.dept}/${measureId}/${randomUUID()}.${ext}`;
}

export class Fixtures {
  constructor(private readonly stack: TestStack) {}

  private async one<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T> {
    const rows = await this.stack.sql<T>(sql, params);
    if (!rows[0]) throw new Error(`fixture returned nothing: ${sql}`);
    return rows[0];
  }

  async measure(
    scope: Scope,
    options: { status?: string; assign?: PersonaName[] | false; title?: string; percent?: number } = {},
  ): Promise<string> {
    const id = randomUUID();
    await this.stack.sql(
      `insert into public.measures (id, plan_id, plan_indicator_id, department_id, title, status, percent_complete, due_date)
       values ($1, $2, $3, $4, $5, $6::public.measure_status, $7, '2022-09-30')`,
      [
        id,
        scope.plan,
        scope.planIndicator,
        scope.dept,
        options.title ?? `test measure ${nextSeq()}`,
        options.status ?? 'not_started',
        options.percent ?? 0,
      ],
    );
    const assign = options.assign === false ? [] : (options.assign ?? [scope.staff]);
    for (const p of assign) {
      await this.stack.sql(`insert into public.measure_assignees (measure_id, user_id) values ($1, $2)`, [
        id,
        PERSONAS[p].id,
      ]);
    }
    return id;
  }

  async evidence(
    scope: Scope,
    measureId?: string,
    uploader: PersonaName = scope.staff,
  ): Promise<{ id: string; measureId: string; path: string }> {
    const m = measureId ?? (await this.measure(scope, { status: 'in_progress' }));
    const path = evidencePath(scope, m);
    const r = await this.one<{ id: string }>(
      `insert into public.evidence (measure_id, storage_path, original_filename, mime_type, size_bytes, sha256,
         provided_by_user_id, provided_by_department_id)
       values ($1, $2, 'หลักฐาน.pdf', 'application/pdf', 1234, $3, $4, $5) returning id`,
      [m, path, sha256(path), PERSONAS[uploader].id, PERSONAS[uploader].dept],
    );
    return { id: r.id, measureId: m, path };
  }

  async progress(scope: Scope): Promise<string> {
    const m = await this.measure(scope, { status: 'in_progress' });
    const r = await this.one<{ id: string }>(
      `insert into public.progress_reports (measure_id, period, narrative, percent, reported_by)
       values ($1, 'q1', 'ความคืบหน้า', 20, $2) returning id`,
      [m, PERSONAS[scope.staff].id],
    );
    return r.id;
  }

  async comment(scope: Scope, author: PersonaName = scope.staff): Promise<string> {
    const m = await this.measure(scope);
    const r = await this.one<{ id: string }>(
      `insert into public.comments (measure_id, author_id, body) values ($1, $2, 'ความเห็น') returning id`,
      [m, PERSONAS[author].id],
    );
    return r.id;
  }

  async review(scope: Scope): Promise<string> {
    const m = await this.measure(scope, { status: 'submitted' });
    const r = await this.one<{ id: string }>(
      `insert into public.reviews (organization_id, department_id, measure_id, decision, note, reviewer_id, measure_version)
       values ($1, $2, $3, 'returned', 'ขาดหลักฐาน', $4, 1) returning id`,
      [scope.org, scope.dept, m, PERSONAS[scope.head].id],
    );
    return r.id;
  }

  async activity(scope: Scope): Promise<string> {
    const m = await this.measure(scope, { assign: false });
    const r = await this.one<{ id: string }>(
      `select id::text from public.activity_log where measure_id = $1 order by id limit 1`,
      [m],
    );
    return r.id;
  }

  async plan(scope: Scope): Promise<string> {
    const r = await this.one<{ id: string }>(
      `insert into public.plans (organization_id, fiscal_year, title) values ($1, $2, 'แผนทดสอบ') returning id`,
      [scope.org, nextYear(scope.org, 'plan')],
    );
    return r.id;
  }

  async planIndicator(scope: Scope): Promise<string> {
    const r = await this.one<{ id: string }>(
      `insert into public.plan_indicators (plan_id, organization_id, no, name, "group") values ($1, $2, $3, 'ตัวชี้วัดทดสอบ', 'OIT') returning id`,
      [scope.plan, scope.org, 100 + nextSeq()],
    );
    return r.id;
  }

  async department(scope: Scope): Promise<string> {
    const r = await this.one<{ id: string }>(
      `insert into public.departments (organization_id, name) values ($1, $2) returning id`,
      [scope.org, `ฝ่ายทดสอบ ${nextSeq()}`],
    );
    return r.id;
  }

  async framework(scope: Scope): Promise<string> {
    const r = await this.one<{ id: string }>(
      `insert into public.frameworks (organization_id, fiscal_year, name) values ($1, $2, 'กรอบทดสอบ') returning id`,
      [scope.org, nextYear(scope.org, 'framework')],
    );
    return r.id;
  }

  async frameworkIndicator(scope: Scope): Promise<string> {
    const r = await this.one<{ id: string }>(
      `insert into public.framework_indicators (framework_id, organization_id, no, name, "group") values ($1, $2, $3, 'ตัวชี้วัด', 'OIT') returning id`,
      [scope.framework, scope.org, 100 + nextSeq()],
    );
    return r.id;
  }

  async gradeBand(scope: Scope): Promise<string> {
    const r = await this.one<{ id: string }>(
      `insert into public.framework_grade_bands (framework_id, organization_id, label, min_score, max_score) values ($1, $2, $3, 0, 10) returning id`,
      [scope.framework, scope.org, `band ${nextSeq()}`],
    );
    return r.id;
  }

  async frameworkItem(scope: Scope): Promise<string> {
    const r = await this.one<{ id: string }>(
      `insert into public.framework_items (indicator_id, organization_id, code, title) values ($1, $2, $3, 'รายการ') returning id`,
      [scope.frameworkIndicator, scope.org, `O${nextSeq()}`],
    );
    return r.id;
  }

  /** Activity rows of a measure, oldest first. */
  async activityOf(measureId: string) {
    return this.stack.sql<{ action: string; actor_id: string | null; detail: Record<string, unknown> }>(
      `select action, actor_id, detail from public.activity_log where measure_id = $1 order by id`,
      [measureId],
    );
  }

  async measureRow(id: string) {
    return this.one<{
      status: string;
      version: number;
      status_reason: string | null;
      percent_complete: number;
      title: string;
    }>(`select status::text, version, status_reason, percent_complete, title from public.measures where id = $1`, [id]);
  }
}
