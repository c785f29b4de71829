/**
 * The RLS matrix as data: for every table and operation, which actor may act on a row in which scope
 * (Din Daeng finance, Din Daeng governance, Huai Khwang finance). Every (table × operation × actor ×
 * scope) combination becomes one test that asserts a concrete outcome: the exact number of rows, or the
 * exact error code. Denials follow PostgREST: hidden rows select/update/delete nothing, refused inserts
 * fail with 42501; append-only tables refuse every write with 42501, service_role included.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../local/testing/stack';
import { actorsFor, type Actor, type ActorName, type ApiResult, type Filter } from './actors';
import { evidencePath, Fixtures, nextSeq, nextYear, SCOPES, sha256, type Scope, type ScopeName } from './fixtures';
import { PERSONAS } from './personas';

export type Op = 'select' | 'insert' | 'update' | 'delete';
export type Outcome = { rows: number } | { error: string } | 'skip';
type Allow = Partial<Record<ActorName, ScopeName[] | Outcome>>;

export const ACTORS: ActorName[] = [
  'admin_dindaeng',
  'director_dindaeng',
  'head_dindaeng_finance',
  'staff_dindaeng_finance',
  'staff2_dindaeng_finance',
  'staff_dindaeng_governance',
  'disabled_dindaeng_finance',
  'anon',
  'admin_huaikhwang',
  'staff_huaikhwang_finance',
  'service',
];
export const SCOPE_NAMES: ScopeName[] = ['fin', 'gov', 'hk'];

const ALL: ScopeName[] = ['fin', 'gov', 'hk'];
const DD: ScopeName[] = ['fin', 'gov'];
const F: ScopeName[] = ['fin'];
const G: ScopeName[] = ['gov'];
const H: ScopeName[] = ['hk'];

/** Members read their organisation's rows; the disabled user and anon nothing. */
const READ_ORG: Allow = {
  admin_dindaeng: DD,
  director_dindaeng: DD,
  head_dindaeng_finance: DD,
  staff_dindaeng_finance: DD,
  staff2_dindaeng_finance: DD,
  staff_dindaeng_governance: DD,
  admin_huaikhwang: H,
  staff_huaikhwang_finance: H,
  service: ALL,
};
const ADMINS: Allow = { admin_dindaeng: DD, admin_huaikhwang: H, service: ALL };
/** Admins and the director read the whole organisation; heads and staff their department. */
const READ_MEASURE: Allow = {
  admin_dindaeng: DD,
  director_dindaeng: DD,
  head_dindaeng_finance: F,
  staff_dindaeng_finance: F,
  staff2_dindaeng_finance: F,
  staff_dindaeng_governance: G,
  admin_huaikhwang: H,
  staff_huaikhwang_finance: H,
  service: ALL,
};
/** Head of the owner department and admins. */
const MANAGE: Allow = { admin_dindaeng: DD, head_dindaeng_finance: F, admin_huaikhwang: H, service: ALL };
/** Managers plus the assignees (each scope's fixtures assign that scope's staff member, never staff2). */
const WORK: Allow = { ...MANAGE, staff_dindaeng_finance: F, staff_dindaeng_governance: G, staff_huaikhwang_finance: H };
/** The author/uploader (each scope's staff member). */
const AUTHOR: Allow = {
  staff_dindaeng_finance: F,
  staff_dindaeng_governance: G,
  staff_huaikhwang_finance: H,
  service: ALL,
};
const EVERYONE_42501: Allow = Object.fromEntries(ACTORS.map((a) => [a, { error: '42501' }]));
const SERVICE_ONLY: Allow = { service: ALL };

interface TableSpec {
  /** A fresh row in the scope; the filter that selects it. */
  target(f: Fixtures, s: Scope): Promise<Filter>;
  /** A row to insert into the scope. */
  insert(f: Fixtures, s: Scope): Promise<Record<string, unknown>>;
  patch: Record<string, unknown>;
  allow: Record<Op, Allow>;
}

const measureTarget = async (f: Fixtures, s: Scope) => ({ id: await f.measure(s) });

export const TABLES: Record<string, TableSpec> = {
  organizations: {
    target: async (_f, s) => ({ id: s.org }),
    insert: async () => ({ name: `หน่วยงานทดสอบ ${nextSeq()}` }),
    patch: { short_name: 'ทดสอบ' },
    allow: { select: READ_ORG, insert: SERVICE_ONLY, update: ADMINS, delete: { service: 'skip' } },
  },
  departments: {
    target: async (f, s) => ({ id: await f.department(s) }),
    insert: async (_f, s) => ({ organization_id: s.org, name: `ฝ่ายใหม่ ${nextSeq()}` }),
    patch: { code: 'TST' },
    allow: { select: READ_ORG, insert: ADMINS, update: ADMINS, delete: ADMINS },
  },
  profiles: {
    target: async (_f, s) => ({ id: PERSONAS[s.head].id }),
    insert: async (_f, s) => ({ id: randomUUID(), organization_id: s.org, full_name: 'ผู้ใช้ปลอม', role: 'admin' }),
    patch: { position: 'ตำแหน่งทดสอบ' },
    allow: {
      select: READ_ORG,
      insert: { service: { error: '23503' } },
      // Everyone updates their own profile (head_dindaeng_finance is the finance target); admins any in the org.
      update: { ...ADMINS, head_dindaeng_finance: F },
      delete: { service: 'skip' },
    },
  },
  frameworks: {
    target: async (f, s) => ({ id: await f.framework(s) }),
    insert: async (_f, s) => ({ organization_id: s.org, fiscal_year: nextYear(s.org, 'framework'), name: 'ITA ทดสอบ' }),
    patch: { notes: 'แก้ไข' },
    allow: { select: READ_ORG, insert: ADMINS, update: ADMINS, delete: ADMINS },
  },
  framework_indicators: {
    target: async (f, s) => ({ id: await f.frameworkIndicator(s) }),
    insert: async (_f, s) => ({
      framework_id: s.framework,
      organization_id: s.org,
      no: 100 + nextSeq(),
      name: 'ใหม่',
      group: 'OIT',
    }),
    patch: { weight: 5 },
    allow: { select: READ_ORG, insert: ADMINS, update: ADMINS, delete: ADMINS },
  },
  framework_grade_bands: {
    target: async (f, s) => ({ id: await f.gradeBand(s) }),
    insert: async (_f, s) => ({
      framework_id: s.framework,
      organization_id: s.org,
      label: `G${nextSeq()}`,
      min_score: 0,
      max_score: 1,
    }),
    patch: { sort_order: 9 },
    allow: { select: READ_ORG, insert: ADMINS, update: ADMINS, delete: ADMINS },
  },
  framework_items: {
    target: async (f, s) => ({ id: await f.frameworkItem(s) }),
    insert: async (_f, s) => ({
      indicator_id: s.frameworkIndicator,
      organization_id: s.org,
      code: `O${nextSeq()}`,
      title: 'รายการ',
    }),
    patch: { title: 'แก้ไข' },
    allow: { select: READ_ORG, insert: ADMINS, update: ADMINS, delete: ADMINS },
  },
  plans: {
    target: async (f, s) => ({ id: await f.plan(s) }),
    insert: async (_f, s) => ({ organization_id: s.org, fiscal_year: nextYear(s.org, 'plan'), title: 'แผนใหม่' }),
    patch: { status: 'active' },
    allow: { select: READ_ORG, insert: ADMINS, update: ADMINS, delete: ADMINS },
  },
  plan_indicators: {
    target: async (f, s) => ({ id: await f.planIndicator(s) }),
    insert: async (_f, s) => ({
      plan_id: s.plan,
      organization_id: s.org,
      no: 100 + nextSeq(),
      name: 'ใหม่',
      group: 'EIT',
    }),
    patch: { score: 70.5 },
    allow: { select: READ_ORG, insert: ADMINS, update: ADMINS, delete: ADMINS },
  },
  measures: {
    target: measureTarget,
    insert: async (_f, s) => ({
      plan_id: s.plan,
      plan_indicator_id: s.planIndicator,
      department_id: s.dept,
      title: 'มาตรการใหม่',
    }),
    patch: { percent_complete: 10 },
    allow: { select: READ_MEASURE, insert: MANAGE, update: WORK, delete: MANAGE },
  },
  measure_assignees: {
    target: async (f, s) => ({ measure_id: await f.measure(s), user_id: PERSONAS[s.staff].id }),
    insert: async (f, s) => ({ measure_id: await f.measure(s, { assign: false }), user_id: PERSONAS[s.staff].id }),
    patch: { assigned_at: '2022-01-01T00:00:00+07:00' },
    allow: { select: READ_MEASURE, insert: MANAGE, update: SERVICE_ONLY, delete: MANAGE },
  },
  evidence: {
    target: async (f, s) => ({ id: (await f.evidence(s)).id }),
    insert: async (f, s) => {
      const m = await f.measure(s, { status: 'in_progress' });
      const path = evidencePath(s, m);
      return {
        measure_id: m,
        storage_path: path,
        original_filename: 'รายงาน.pdf',
        mime_type: 'application/pdf',
        size_bytes: 10,
        sha256: sha256(path),
      };
    },
    patch: { description: 'แก้ไข' },
    allow: { select: READ_MEASURE, insert: WORK, update: SERVICE_ONLY, delete: { ...MANAGE, ...AUTHOR } },
  },
  progress_reports: {
    target: async (f, s) => ({ id: await f.progress(s) }),
    insert: async (f, s) => ({
      measure_id: await f.measure(s, { status: 'in_progress' }),
      period: 'q2',
      percent: 30,
      narrative: 'คืบหน้า',
    }),
    patch: { percent: 50 },
    allow: { select: READ_MEASURE, insert: WORK, update: WORK, delete: MANAGE },
  },
  comments: {
    target: async (f, s) => ({ id: await f.comment(s) }),
    insert: async (f, s) => ({ measure_id: await f.measure(s), body: 'ความเห็นใหม่' }),
    patch: { body: 'แก้ไขความเห็น' },
    allow: { select: READ_MEASURE, insert: READ_MEASURE, update: AUTHOR, delete: AUTHOR },
  },
  reviews: {
    target: async (f, s) => ({ id: await f.review(s) }),
    insert: async (f, s) => ({
      organization_id: s.org,
      department_id: s.dept,
      measure_id: await f.measure(s, { status: 'submitted' }),
      decision: 'approved',
      measure_version: 1,
    }),
    patch: { note: 'แก้ไขย้อนหลัง' },
    allow: { select: READ_MEASURE, insert: EVERYONE_42501, update: EVERYONE_42501, delete: EVERYONE_42501 },
  },
  activity_log: {
    target: async (f, s) => ({ id: await f.activity(s) }),
    insert: async (_f, s) => ({
      organization_id: s.org,
      entity: 'measures',
      entity_id: 'x',
      action: 'measure.forged',
      snapshot: {},
    }),
    patch: { action: 'measure.tampered' },
    allow: { select: READ_MEASURE, insert: EVERYONE_42501, update: EVERYONE_42501, delete: EVERYONE_42501 },
  },
};

export function expectedOutcome(table: string, op: Op, actor: ActorName, scope: ScopeName): Outcome {
  const rule = TABLES[table]!.allow[op][actor];
  if (rule === undefined || Array.isArray(rule)) {
    const allowed = Array.isArray(rule) && rule.includes(scope);
    if (allowed) return { rows: 1 };
    return op === 'insert' ? { error: '42501' } : { rows: 0 };
  }
  return rule;
}

const describeOutcome = (o: Outcome) =>
  o === 'skip' ? 'skip' : 'rows' in o ? `${o.rows} row${o.rows === 1 ? '' : 's'}` : `error ${o.error}`;

export interface MatrixCase {
  table: string;
  op: Op;
  actor: ActorName;
  scope: ScopeName;
  expected: Outcome;
}

export function matrixCases(filter: (c: MatrixCase) => boolean = () => true): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const table of Object.keys(TABLES)) {
    for (const op of ['select', 'insert', 'update', 'delete'] as Op[]) {
      for (const actor of ACTORS) {
        for (const scope of SCOPE_NAMES) {
          const c = { table, op, actor, scope, expected: expectedOutcome(table, op, actor, scope) };
          if (c.expected !== 'skip' && filter(c)) cases.push(c);
        }
      }
    }
  }
  return cases;
}

async function perform(actor: Actor, f: Fixtures, c: MatrixCase): Promise<ApiResult> {
  const spec = TABLES[c.table]!;
  const scope = SCOPES[c.scope];
  switch (c.op) {
    case 'select':
      return actor.select(c.table, await spec.target(f, scope));
    case 'insert':
      return actor.insert(c.table, await spec.insert(f, scope));
    case 'update':
      return actor.update(c.table, spec.patch, await spec.target(f, scope));
    case 'delete':
      return actor.delete(c.table, await spec.target(f, scope));
  }
}

/**
 * Declares one test per case. `getStack` is read lazily (the stack starts in the caller's beforeAll).
 * In REST mode a disabled user's token is refused before SQL runs, so any denial counts for them.
 */
export function defineRlsMatrix(getStack: () => TestStack, cases: MatrixCase[]) {
  let actors: Awaited<ReturnType<typeof actorsFor>>;
  let fixtures: Fixtures;
  beforeAll(async () => {
    actors = await actorsFor(getStack());
    fixtures = new Fixtures(getStack());
  });

  const byTable = new Map<string, MatrixCase[]>();
  for (const c of cases) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const [table, list] of byTable) {
    describe(table, () => {
      for (const c of list) {
        it(`${c.op} as ${c.actor} on ${SCOPES[c.scope].label}: ${describeOutcome(c.expected)}`, async () => {
          const result = await perform(actors.as(c.actor), fixtures, c);
          const expected = c.expected as Exclude<Outcome, 'skip'>;
          if (actors.driver === 'rest' && c.actor === 'disabled_dindaeng_finance') {
            expect(result.rows).toHaveLength(0);
            return;
          }
          if ('error' in expected) {
            expect(result.error?.code, JSON.stringify(result)).toBe(expected.error);
            expect(result.rows).toHaveLength(0);
          } else {
            expect(result.error, JSON.stringify(result.error)).toBeNull();
            expect(result.rows).toHaveLength(expected.rows);
          }
        });
      }
    });
  }
}

// Storage -----------------------------------------------------------------------------------------
export type StorageOp = 'upload' | 'download' | 'remove';
export interface StorageCase {
  op: StorageOp;
  actor: ActorName;
  scope: ScopeName;
  allowed: boolean;
}

/** upload: where the caller may add evidence; download: where they may read the measure; remove: uploader or manager. */
const STORAGE_ALLOW: Record<StorageOp, Allow> = {
  upload: WORK,
  download: READ_MEASURE,
  remove: { ...MANAGE, ...AUTHOR },
};

export function storageCases(filter: (c: StorageCase) => boolean = () => true): StorageCase[] {
  const out: StorageCase[] = [];
  for (const op of ['upload', 'download', 'remove'] as StorageOp[]) {
    for (const actor of ACTORS) {
      for (const scope of SCOPE_NAMES) {
        const rule = STORAGE_ALLOW[op][actor];
        const c = { op, actor, scope, allowed: Array.isArray(rule) && rule.includes(scope) };
        if (filter(c)) out.push(c);
      }
    }
  }
  return out;
}

const PDF = new TextEncoder().encode('%PDF-1.4\n% ITA evidence test file\n%%EOF\n');

export function defineStorageMatrix(getStack: () => TestStack, cases: StorageCase[]) {
  let actors: Awaited<ReturnType<typeof actorsFor>>;
  let fixtures: Fixtures;
  beforeAll(async () => {
    actors = await actorsFor(getStack());
    fixtures = new Fixtures(getStack());
  });

  async function upload(as: ActorName, path: string) {
    const client = await actors.as(as).client();
    return client.storage.from('evidence').upload(path, new Blob([PDF], { type: 'application/pdf' }), {
      contentType: 'application/pdf',
    });
  }

  describe('storage.objects (evidence bucket)', () => {
    for (const c of cases) {
      it(`${c.op} as ${c.actor} on ${SCOPES[c.scope].label}: ${c.allowed ? 'allowed' : 'refused'}`, async () => {
        const scope = SCOPES[c.scope];
        const measure = await fixtures.measure(scope, { status: 'in_progress' });
        const path = evidencePath(scope, measure);
        if (c.op === 'upload') {
          const { data, error } = await upload(c.actor, path);
          if (c.allowed) {
            expect(error).toBeNull();
            expect(data?.path).toBe(path);
          } else {
            expect(data).toBeNull();
            expect(error).not.toBeNull();
          }
          const rows = await getStack().sql(
            `select 1 from storage.objects where bucket_id = 'evidence' and name = $1`,
            [path],
          );
          expect(rows).toHaveLength(c.allowed ? 1 : 0);
          return;
        }
        // The object exists, uploaded by the scope's assignee (its owner).
        const put = await upload(scope.staff, path);
        expect(put.error).toBeNull();
        const client = await actors.as(c.actor).client();
        if (c.op === 'download') {
          const { data, error } = await client.storage.from('evidence').download(path);
          if (c.allowed) {
            expect(error).toBeNull();
            expect(new Uint8Array(await data!.arrayBuffer())).toEqual(PDF);
          } else {
            expect(data).toBeNull();
            expect(error).not.toBeNull();
          }
          return;
        }
        const { data, error } = await client.storage.from('evidence').remove([path]);
        if (c.allowed) {
          expect(error).toBeNull();
          expect(data).toHaveLength(1);
        } else {
          expect(data ?? []).toHaveLength(0);
        }
        const rows = await getStack().sql(`select 1 from storage.objects where bucket_id = 'evidence' and name = $1`, [
          path,
        ]);
        expect(rows).toHaveLength(c.allowed ? 0 : 1);
      });
    }
  });
}
