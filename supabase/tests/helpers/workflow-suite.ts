/**
 * Measure workflow, enforced in the database: transitions per role, evidence and reason rules, the
 * approved lock, field restrictions, optimistic concurrency (PT409) and one activity row per change.
 * Every test makes its own measures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../local/testing/stack';
import { actorsFor, type ActorName, type ApiError } from './actors';
import { evidencePath, Fixtures, sha256, SCOPES } from './fixtures';
import { DEPT, PERSONAS } from './personas';

type Transition = { rpc: string; from: string; to: string; reason?: boolean; evidence?: boolean };

export const TRANSITIONS: Record<string, Transition> = {
  start: { rpc: 'start_measure', from: 'not_started', to: 'in_progress' },
  restart: { rpc: 'start_measure', from: 'returned', to: 'in_progress' },
  submit: { rpc: 'submit_measure', from: 'in_progress', to: 'submitted', evidence: true },
  approve: { rpc: 'approve_measure', from: 'submitted', to: 'approved', evidence: true },
  return: { rpc: 'return_measure', from: 'submitted', to: 'returned', reason: true, evidence: true },
  reopen_approved: { rpc: 'reopen_measure', from: 'approved', to: 'in_progress', reason: true },
  reopen_cancelled: { rpc: 'reopen_measure', from: 'cancelled', to: 'not_started', reason: true },
  cancel_not_started: { rpc: 'cancel_measure', from: 'not_started', to: 'cancelled', reason: true },
  cancel_in_progress: { rpc: 'cancel_measure', from: 'in_progress', to: 'cancelled', reason: true },
  cancel_submitted: { rpc: 'cancel_measure', from: 'submitted', to: 'cancelled', reason: true },
  cancel_returned: { rpc: 'cancel_measure', from: 'returned', to: 'cancelled', reason: true },
};

type Expect = 'ok' | { code: string; hint: string };
const OK = 'ok' as const;
const NOT_ALLOWED = { code: '42501', hint: 'not_allowed' };
const FORBIDDEN = { code: '42501', hint: 'transition_forbidden' };
const NOT_FOUND = { code: 'P0002', hint: 'not_found' };

/** Who may perform which transition on a Din Daeng finance measure assigned to staff_dindaeng_finance. */
const WORKER_RULES: Record<string, Expect> = {
  admin_dindaeng: OK,
  head_dindaeng_finance: OK,
  staff_dindaeng_finance: OK,
  staff2_dindaeng_finance: NOT_ALLOWED, // same department, not assigned: reads it, cannot change it
  director_dindaeng: NOT_ALLOWED,
  head_dindaeng_governance: NOT_FOUND, // another department: cannot even see it
  admin_huaikhwang: NOT_FOUND,
};
const MANAGER_RULES: Record<string, Expect> = { ...WORKER_RULES, staff_dindaeng_finance: FORBIDDEN };

export const TRANSITION_ACTORS = Object.keys(WORKER_RULES) as ActorName[];

export function expectedTransition(name: string, actor: ActorName): Expect {
  const t = TRANSITIONS[name]!;
  const worker = t.rpc === 'start_measure' || t.rpc === 'submit_measure';
  return (worker ? WORKER_RULES : MANAGER_RULES)[actor]!;
}

export function defineWorkflowSuite(getStack: () => TestStack, options: { transitionsOnly?: boolean } = {}) {
  let actors: Awaited<ReturnType<typeof actorsFor>>;
  let f: Fixtures;
  const fin = SCOPES.fin;
  beforeAll(async () => {
    actors = await actorsFor(getStack());
    f = new Fixtures(getStack());
  });

  const as = (a: ActorName) => actors.as(a);
  const sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => getStack().sql<T>(text, params);
  const version = async (id: string) => (await f.measureRow(id)).version;
  const expectError = (error: ApiError | null, code: string, hint: string) => {
    expect(error, 'expected an error').not.toBeNull();
    expect({ code: error!.code, hint: error!.hint }).toEqual({ code, hint });
  };
  /** A finance measure in `status`, assigned to staff_dindaeng_finance, with one evidence file if asked. */
  async function measureIn(status: string, withEvidence = false) {
    const id = await f.measure(fin, { status });
    if (withEvidence) await f.evidence(fin, id);
    return id;
  }

  describe('transitions per role', () => {
    for (const [name, t] of Object.entries(TRANSITIONS)) {
      for (const actor of TRANSITION_ACTORS) {
        const expected = expectedTransition(name, actor);
        it(`${name} (${t.from} -> ${t.to}) as ${actor}: ${expected === 'ok' ? 'allowed' : expected.hint}`, async () => {
          const id = await measureIn(t.from, t.evidence || t.from === 'in_progress');
          const before = await f.measureRow(id);
          const logBefore = (await f.activityOf(id)).length;
          const { data, error } = await as(actor).rpc<{ status: string; version: number }>(t.rpc, {
            measure_id: id,
            expected_version: before.version,
            ...(t.reason ? { reason: `เหตุผล ${name}` } : {}),
          });
          const after = await f.measureRow(id);
          if (expected === 'ok') {
            expect(error).toBeNull();
            expect(data?.status).toBe(t.to);
            expect(after.status).toBe(t.to);
            expect(after.version).toBe(before.version + 1);
            const log = await f.activityOf(id);
            expect(log).toHaveLength(logBefore + 1);
            const entry = log.at(-1)!;
            expect(entry.actor_id).toBe(PERSONAS[actor as keyof typeof PERSONAS].id);
            expect(entry.detail).toMatchObject({ from: t.from, to: t.to });
          } else {
            expectError(error, expected.code, expected.hint);
            expect(after).toEqual(before);
            expect(await f.activityOf(id)).toHaveLength(logBefore);
          }
        });
      }
    }
  });

  describe('transitions that are never allowed', () => {
    const forbidden: [string, string][] = [
      ['not_started', 'submitted'],
      ['not_started', 'approved'],
      ['not_started', 'returned'],
      ['in_progress', 'approved'],
      ['in_progress', 'returned'],
      ['in_progress', 'not_started'],
      ['submitted', 'in_progress'],
      ['returned', 'submitted'],
      ['returned', 'approved'],
      ['approved', 'submitted'],
      ['approved', 'returned'],
      ['approved', 'cancelled'],
      ['cancelled', 'in_progress'],
      ['cancelled', 'approved'],
    ];
    for (const [from, to] of forbidden) {
      it(`${from} -> ${to} by a direct update as the head: transition_not_allowed`, async () => {
        const id = await measureIn(from, true);
        const { rows, error } = await as('head_dindaeng_finance').update(
          'measures',
          { status: to, status_reason: 'เหตุผล', version: await version(id) },
          { id },
        );
        expectError(error, 'P0001', 'transition_not_allowed');
        expect(rows).toHaveLength(0);
        expect((await f.measureRow(id)).status).toBe(from);
      });
    }
    it('a direct update follows the same rules as the RPCs (staff cannot approve by PATCH)', async () => {
      const id = await measureIn('submitted', true);
      const { error } = await as('staff_dindaeng_finance').update('measures', { status: 'approved' }, { id });
      expectError(error, '42501', 'transition_forbidden');
    });
    it('a direct update can do an allowed transition (head approves by PATCH) and it is logged as approve', async () => {
      const id = await measureIn('submitted', true);
      const { rows, error } = await as('head_dindaeng_finance').update('measures', { status: 'approved' }, { id });
      expect(error).toBeNull();
      expect(rows[0]).toMatchObject({
        status: 'approved',
        percent_complete: 100,
        approved_by: PERSONAS.head_dindaeng_finance.id,
      });
      expect((await f.activityOf(id)).at(-1)?.action).toBe('measure.approve');
    });
  });

  if (options.transitionsOnly) return;

  describe('rules', () => {
    it('submitting without evidence fails with evidence_required', async () => {
      const id = await measureIn('in_progress');
      const { error } = await as('staff_dindaeng_finance').rpc('submit_measure', {
        measure_id: id,
        expected_version: await version(id),
      });
      expectError(error, 'P0001', 'evidence_required');
      expect((await f.measureRow(id)).status).toBe('in_progress');
    });

    it('evidence that was replaced by a newer version still counts once, as the new version', async () => {
      const id = await measureIn('in_progress');
      const first = await f.evidence(fin, id);
      const path = evidencePath(fin, id);
      const { rows, error } = await as('staff_dindaeng_finance').insert('evidence', {
        measure_id: id,
        storage_path: path,
        original_filename: 'รายงาน (แก้ไข).pdf',
        mime_type: 'application/pdf',
        size_bytes: 99,
        sha256: sha256(path),
        replaces_evidence_id: first.id,
      });
      expect(error).toBeNull();
      expect(rows[0]).toMatchObject({ version: 2, replaces_evidence_id: first.id });
      const old = await sql<{ superseded_by: string }>(`select superseded_by from public.evidence where id = $1`, [
        first.id,
      ]);
      expect(old[0]?.superseded_by).toBe(rows[0]!.id);
      const { error: submitError } = await as('staff_dindaeng_finance').rpc('submit_measure', {
        measure_id: id,
        expected_version: await version(id),
      });
      expect(submitError).toBeNull();
      const { data } = await as('head_dindaeng_finance').rpc('approve_measure', {
        measure_id: id,
        expected_version: await version(id),
        note: 'ครบ',
      });
      expect(data).toMatchObject({ status: 'approved' });
      const review = await sql<{
        decision: string;
        note: string;
        reviewer_id: string;
        evidence_snapshot: { id: string; version: number }[];
      }>(`select decision::text, note, reviewer_id, evidence_snapshot from public.reviews where measure_id = $1`, [id]);
      expect(review).toHaveLength(1);
      expect(review[0]).toMatchObject({
        decision: 'approved',
        note: 'ครบ',
        reviewer_id: PERSONAS.head_dindaeng_finance.id,
      });
      expect(review[0]!.evidence_snapshot.map((e) => [e.id, e.version])).toEqual([[rows[0]!.id, 2]]);
    });

    for (const [rpc, from] of [
      ['return_measure', 'submitted'],
      ['cancel_measure', 'in_progress'],
      ['reopen_measure', 'approved'],
    ] as const) {
      it(`${rpc} without a reason (missing or blank) fails with reason_required`, async () => {
        const id = await measureIn(from, true);
        for (const reason of [null, '', '   ']) {
          const { error } = await as('head_dindaeng_finance').rpc(rpc, {
            measure_id: id,
            expected_version: await version(id),
            reason,
          });
          expectError(error, 'P0001', 'reason_required');
        }
        expect((await f.measureRow(id)).status).toBe(from);
      });
    }

    it('returning records a review with the reason, and the assignee can start again', async () => {
      const id = await measureIn('submitted', true);
      const { data } = await as('head_dindaeng_finance').rpc<{ status_reason: string }>('return_measure', {
        measure_id: id,
        expected_version: await version(id),
        reason: 'ขาดภาพถ่าย',
      });
      expect(data).toMatchObject({ status: 'returned', status_reason: 'ขาดภาพถ่าย' });
      const reviews = await sql(`select decision::text, note from public.reviews where measure_id = $1`, [id]);
      expect(reviews).toEqual([{ decision: 'returned', note: 'ขาดภาพถ่าย' }]);
      const { data: restarted } = await as('staff_dindaeng_finance').rpc('start_measure', {
        measure_id: id,
        expected_version: await version(id),
      });
      expect(restarted).toMatchObject({ status: 'in_progress', status_reason: null });
    });

    describe('an approved measure is locked', () => {
      it('no edits by the head or the assignee', async () => {
        const id = await measureIn('approved', true);
        const head = await as('head_dindaeng_finance').update('measures', { title: 'แก้ชื่อ' }, { id });
        expectError(head.error, 'P0001', 'measure_locked');
        const staff = await as('staff_dindaeng_finance').update('measures', { percent_complete: 50 }, { id });
        expectError(staff.error, 'P0001', 'measure_locked');
      });
      it('no evidence removal, even by the uploader, the head or the admin', async () => {
        const id = await measureIn('in_progress');
        const e = await f.evidence(fin, id);
        await sql(`update public.measures set status = 'submitted' where id = $1`, [id]);
        await sql(`update public.measures set status = 'approved' where id = $1`, [id]);
        for (const actor of ['staff_dindaeng_finance', 'head_dindaeng_finance', 'admin_dindaeng'] as const) {
          const { error } = await as(actor).delete('evidence', { id: e.id });
          expectError(error, 'P0001', 'measure_locked');
        }
        expect(await sql(`select 1 from public.evidence where id = $1`, [e.id])).toHaveLength(1);
      });
      it('no new evidence, assignees or progress reports', async () => {
        const id = await measureIn('approved', true);
        const path = evidencePath(fin, id);
        const ev = await as('staff_dindaeng_finance').insert('evidence', {
          measure_id: id,
          storage_path: path,
          original_filename: 'x.pdf',
          mime_type: 'application/pdf',
          size_bytes: 1,
          sha256: sha256(path),
        });
        expectError(ev.error, 'P0001', 'measure_locked');
        const assign = await as('head_dindaeng_finance').insert('measure_assignees', {
          measure_id: id,
          user_id: PERSONAS.staff2_dindaeng_finance.id,
        });
        expectError(assign.error, 'P0001', 'measure_locked');
        const unassign = await as('head_dindaeng_finance').delete('measure_assignees', {
          measure_id: id,
          user_id: PERSONAS.staff_dindaeng_finance.id,
        });
        expectError(unassign.error, 'P0001', 'measure_locked');
        const progress = await as('staff_dindaeng_finance').insert('progress_reports', {
          measure_id: id,
          period: 'q3',
          percent: 90,
        });
        expectError(progress.error, 'P0001', 'measure_locked');
      });
      it('the storage object cannot be removed either', async () => {
        const id = await measureIn('in_progress');
        const path = evidencePath(fin, id);
        const staff = await as('staff_dindaeng_finance').client();
        const put = await staff.storage
          .from('evidence')
          .upload(path, new Blob(['%PDF-1.4'], { type: 'application/pdf' }), { contentType: 'application/pdf' });
        expect(put.error).toBeNull();
        await sql(`update public.measures set status = 'submitted' where id = $1`, [id]);
        await sql(`update public.measures set status = 'approved' where id = $1`, [id]);
        const head = await as('head_dindaeng_finance').client();
        const { data } = await head.storage.from('evidence').remove([path]);
        expect(data ?? []).toHaveLength(0);
        expect(await sql(`select 1 from storage.objects where name = $1`, [path])).toHaveLength(1);
      });
      it('until the head reopens it with a reason; then it can be edited again', async () => {
        const id = await measureIn('approved', true);
        const { data, error } = await as('head_dindaeng_finance').rpc('reopen_measure', {
          measure_id: id,
          expected_version: await version(id),
          reason: 'พบข้อมูลไม่ครบ',
        });
        expect(error).toBeNull();
        expect(data).toMatchObject({ status: 'in_progress', status_reason: 'พบข้อมูลไม่ครบ', approved_at: null });
        const edit = await as('head_dindaeng_finance').update('measures', { title: 'ชื่อใหม่' }, { id });
        expect(edit.error).toBeNull();
        expect(edit.rows).toHaveLength(1);
      });
    });

    describe('who may change which fields', () => {
      it('an assignee may change the percent but not the title, dates or department', async () => {
        const id = await measureIn('in_progress');
        const ok = await as('staff_dindaeng_finance').update('measures', { percent_complete: 35 }, { id });
        expect(ok.error).toBeNull();
        expect(ok.rows[0]).toMatchObject({ percent_complete: 35 });
        for (const patch of [{ title: 'แก้' }, { due_date: '2022-01-01' }, { detail: 'x' }]) {
          const { error } = await as('staff_dindaeng_finance').update('measures', patch, { id });
          expectError(error, '42501', 'field_not_allowed');
        }
      });
      it('a head edits the measure but cannot move it to another department', async () => {
        const id = await measureIn('in_progress');
        const ok = await as('head_dindaeng_finance').update(
          'measures',
          { title: 'ชื่อใหม่', due_date: '2022-08-31' },
          { id },
        );
        expect(ok.error).toBeNull();
        const move = await as('head_dindaeng_finance').update(
          'measures',
          { department_id: DEPT.dindaeng_governance },
          { id },
        );
        expect(move.error?.code).toBe('42501');
      });
      it('the admin moves a measure to another department; its assignees are released', async () => {
        const id = await measureIn('in_progress');
        const { error, rows } = await as('admin_dindaeng').update(
          'measures',
          { department_id: DEPT.dindaeng_governance },
          { id },
        );
        expect(error).toBeNull();
        expect(rows[0]).toMatchObject({ department_id: DEPT.dindaeng_governance });
        expect(await sql(`select 1 from public.measure_assignees where measure_id = $1`, [id])).toHaveLength(0);
        const ev = await sql(`select department_id from public.measures where id = $1`, [id]);
        expect(ev[0]).toEqual({ department_id: DEPT.dindaeng_governance });
      });
      it('nobody moves a measure to another plan or organisation', async () => {
        const id = await measureIn('in_progress');
        const { error } = await as('admin_dindaeng').update('measures', { plan_id: SCOPES.hk.plan }, { id });
        expect(error?.code).toBe('42501');
      });
      it('a new measure always starts as not_started, version 1', async () => {
        const { error } = await as('head_dindaeng_finance').insert('measures', {
          plan_id: fin.plan,
          plan_indicator_id: fin.planIndicator,
          department_id: fin.dept,
          title: 'ใหม่',
          status: 'approved',
        });
        expectError(error, 'P0001', 'transition_not_allowed');
        const ok = await as('head_dindaeng_finance').insert('measures', {
          plan_id: fin.plan,
          plan_indicator_id: fin.planIndicator,
          department_id: fin.dept,
          title: 'ใหม่',
          version: 42,
        });
        expect(ok.rows[0]).toMatchObject({
          status: 'not_started',
          version: 1,
          created_by: PERSONAS.head_dindaeng_finance.id,
        });
      });
      it('heads assign only active people of the measure department', async () => {
        const id = await f.measure(fin, { assign: false });
        for (const user of [
          PERSONAS.staff_dindaeng_governance.id,
          PERSONAS.disabled_dindaeng_finance.id,
          PERSONAS.staff_huaikhwang_finance.id,
        ]) {
          const { error } = await as('head_dindaeng_finance').insert('measure_assignees', {
            measure_id: id,
            user_id: user,
          });
          expectError(error, '23514', 'assignee_not_in_department');
        }
        const ok = await as('head_dindaeng_finance').insert('measure_assignees', {
          measure_id: id,
          user_id: PERSONAS.staff2_dindaeng_finance.id,
        });
        expect(ok.error).toBeNull();
        expect(ok.rows[0]).toMatchObject({
          department_id: fin.dept,
          organization_id: fin.org,
          assigned_by: PERSONAS.head_dindaeng_finance.id,
        });
      });
      it('evidence must be stored under its measure in the evidence bucket', async () => {
        const id = await measureIn('in_progress');
        for (const storage_path of [
          evidencePath(SCOPES.gov, id),
          `${fin.org}/${fin.dept}/${id}/รายงาน.pdf`,
          `${fin.org}/${fin.dept}/${id}/sub/${crypto.randomUUID()}.pdf`,
        ]) {
          const { error } = await as('staff_dindaeng_finance').insert('evidence', {
            measure_id: id,
            storage_path,
            original_filename: 'x.pdf',
            mime_type: 'application/pdf',
            size_bytes: 1,
            sha256: sha256(storage_path),
          });
          expectError(error, '23514', 'invalid_storage_path');
        }
      });
    });

    describe('optimistic concurrency', () => {
      it('a stale version fails with PT409 version_conflict and changes nothing', async () => {
        const id = await measureIn('in_progress');
        const v = await version(id);
        const first = await as('staff_dindaeng_finance').update(
          'measures',
          { percent_complete: 40, version: v },
          { id },
        );
        expect(first.error).toBeNull();
        expect(first.rows[0]).toMatchObject({ version: v + 1, percent_complete: 40 });
        const second = await as('head_dindaeng_finance').update(
          'measures',
          { percent_complete: 60, version: v },
          { id },
        );
        expectError(second.error, 'PT409', 'version_conflict');
        expect(second.error!.message).toMatch(/changed by someone else/);
        if (actors.driver === 'rest') expect(second.error!.status).toBe(409);
        expect(await f.measureRow(id)).toMatchObject({ version: v + 1, percent_complete: 40 });
      });
      it('the RPCs check the expected version too', async () => {
        const id = await measureIn('in_progress', true);
        const v = await version(id);
        await as('head_dindaeng_finance').update('measures', { detail: 'รายละเอียด' }, { id });
        const { error } = await as('staff_dindaeng_finance').rpc('submit_measure', {
          measure_id: id,
          expected_version: v,
        });
        expectError(error, 'PT409', 'version_conflict');
        const ok = await as('staff_dindaeng_finance').rpc('submit_measure', {
          measure_id: id,
          expected_version: v + 1,
        });
        expect(ok.error).toBeNull();
      });
      it('two concurrent submissions of the same version: exactly one wins, the other gets PT409', async () => {
        const id = await measureIn('in_progress', true);
        const v = await version(id);
        const results = await Promise.all([
          as('staff_dindaeng_finance').update('measures', { percent_complete: 70, version: v }, { id }),
          as('head_dindaeng_finance').update('measures', { percent_complete: 80, version: v }, { id }),
        ]);
        const errors = results.map((r) => r.error?.code ?? null).sort();
        expect(errors).toEqual(['PT409', null].sort());
        expect(await version(id)).toBe(v + 1);
      });
    });

    describe('activity log', () => {
      it('each change writes exactly one row, with actor and snapshot', async () => {
        const id = await f.measure(fin, { assign: false });
        const steps: [string, () => Promise<unknown>][] = [
          [
            'measure.assign',
            () =>
              as('head_dindaeng_finance').insert('measure_assignees', {
                measure_id: id,
                user_id: PERSONAS.staff_dindaeng_finance.id,
              }),
          ],
          [
            'measure.start',
            async () =>
              as('staff_dindaeng_finance').rpc('start_measure', {
                measure_id: id,
                expected_version: await version(id),
              }),
          ],
          ['measure.update', () => as('staff_dindaeng_finance').update('measures', { percent_complete: 50 }, { id })],
          [
            'progress.report',
            () =>
              as('staff_dindaeng_finance').insert('progress_reports', {
                measure_id: id,
                period: 'q1',
                percent: 50,
                narrative: 'ครึ่งทาง',
              }),
          ],
          [
            'evidence.upload',
            async () => {
              const path = evidencePath(fin, id);
              return as('staff_dindaeng_finance').insert('evidence', {
                measure_id: id,
                storage_path: path,
                original_filename: 'ผล.pdf',
                mime_type: 'application/pdf',
                size_bytes: 5,
                sha256: sha256(path),
              });
            },
          ],
          ['comment.create', () => as('director_dindaeng').insert('comments', { measure_id: id, body: 'ดีมาก' })],
          [
            'measure.submit',
            async () =>
              as('staff_dindaeng_finance').rpc('submit_measure', {
                measure_id: id,
                expected_version: await version(id),
              }),
          ],
          [
            'measure.approve',
            async () =>
              as('head_dindaeng_finance').rpc('approve_measure', {
                measure_id: id,
                expected_version: await version(id),
              }),
          ],
        ];
        let count = (await f.activityOf(id)).length;
        for (const [action, step] of steps) {
          const r = (await step()) as { error: ApiError | null };
          expect(r.error, action).toBeNull();
          const log = await f.activityOf(id);
          expect(log, action).toHaveLength(count + 1);
          expect(log.at(-1)?.action).toBe(action);
          count = log.length;
        }
        const rows = await sql<{ action: string; actor_role: string; snapshot: { id: string } }>(
          `select action, actor_role::text, snapshot from public.activity_log where measure_id = $1 and action = 'measure.update'`,
          [id],
        );
        expect(rows[0]).toMatchObject({ actor_role: 'staff', snapshot: { id, percent_complete: 50 } });
      });
      it('a refused change writes nothing', async () => {
        const id = await measureIn('in_progress');
        const before = (await f.activityOf(id)).length;
        await as('staff_dindaeng_finance').rpc('submit_measure', {
          measure_id: id,
          expected_version: await version(id),
        });
        await as('staff_dindaeng_finance').update('measures', { title: 'x' }, { id });
        expect(await f.activityOf(id)).toHaveLength(before);
      });
      it('cannot be updated, deleted or truncated even by the database owner', async () => {
        const id = await measureIn('in_progress');
        const [row] = await sql<{ id: string }>(
          `select id::text from public.activity_log where measure_id = $1 limit 1`,
          [id],
        );
        await expect(sql(`update public.activity_log set action = 'x' where id = $1`, [row!.id])).rejects.toMatchObject(
          { code: '42501', hint: 'append_only' },
        );
        await expect(sql(`delete from public.activity_log where id = $1`, [row!.id])).rejects.toMatchObject({
          code: '42501',
        });
        await expect(sql(`truncate public.activity_log`)).rejects.toMatchObject({ code: '42501' });
        await expect(sql(`delete from public.reviews`)).rejects.toMatchObject({ code: '42501' });
      });
    });
  });
}
