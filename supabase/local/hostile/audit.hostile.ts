/**
 * Audit: no role — admin included, and service_role through the API — can update, delete, forge
 * or truncate activity rows (or reviews); and a whole workflow driven through the API leaves one
 * activity row per state change, with the right actor. (The concurrency and crash suites check the
 * same for their own changes: every saved edit, approval and comment has its row.)
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/stack';
import { evidencePath, Fixtures, SCOPES } from '../../tests/helpers/fixtures';
import { call, JSON_HEADERS, PERSONAS, tokensFor, type Reply } from './helpers';
import { recordFigures } from './figures';

let stack: TestStack;
let fixtures: Fixtures;
let tokens: Record<string, string | null>;
const figures = {
  audit_tamper_attempts: 0,
  audit_tamper_succeeded: 0,
  audit_workflow_changes: 0,
  audit_rows_missing: 0,
};

beforeAll(async () => {
  stack = await startTestStack();
  fixtures = new Fixtures(stack);
  const users = await tokensFor(stack, [
    'admin_dindaeng',
    'director_dindaeng',
    'head_dindaeng_finance',
    'staff_dindaeng_finance',
    'admin_huaikhwang',
  ]);
  tokens = { ...users, anon: null, service_role: stack.keys.serviceRoleKey };
});
afterAll(async () => {
  recordFigures('audit', figures);
  await stack?.close();
});

/** A fingerprint of every activity and review row, as the superuser sees them. */
async function fingerprint(): Promise<string> {
  const [a] = await stack.sql<{ f: string; n: number }>(
    `select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as f, count(*)::int as n from public.activity_log t`,
  );
  const [r] = await stack.sql<{ f: string }>(
    `select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as f from public.reviews t`,
  );
  return createHash('sha256').update(`${a!.f}/${a!.n}/${r!.f}`).digest('hex');
}

/** Refused: a 4xx (401/403 for the privilege, 400 for an unfiltered write, 405 for PUT), never a 2xx or 5xx. */
const refused = (r: Reply) => r.status >= 400 && r.status < 500;

describe('the activity log is append-only for everyone', () => {
  it('update, delete, forged insert and upsert are refused for every role, and nothing changes', async () => {
    const measure = await fixtures.measure(SCOPES.fin);
    await fixtures.review(SCOPES.fin);
    const [row] = await stack.sql<{ id: number }>(
      `select id::int from public.activity_log where measure_id = $1 limit 1`,
      [measure],
    );
    const before = await fingerprint();
    const forged = {
      organization_id: SCOPES.fin.org,
      department_id: SCOPES.fin.dept,
      measure_id: measure,
      entity: 'measures',
      entity_id: measure,
      action: 'measure.approve',
      actor_id: PERSONAS.head_dindaeng_finance.id,
      snapshot: {},
    };
    for (const [name, token] of Object.entries(tokens)) {
      const attempts: { method: string; path: string; body?: unknown; prefer?: string }[] = [
        { method: 'PATCH', path: `/rest/v1/activity_log?id=eq.${row!.id}`, body: { action: 'measure.tampered' } },
        { method: 'PATCH', path: `/rest/v1/activity_log?id=gt.0`, body: { actor_id: null } },
        { method: 'PATCH', path: `/rest/v1/activity_log`, body: { detail: {} } },
        { method: 'DELETE', path: `/rest/v1/activity_log?id=eq.${row!.id}` },
        { method: 'DELETE', path: `/rest/v1/activity_log?measure_id=eq.${measure}` },
        { method: 'DELETE', path: `/rest/v1/activity_log` },
        { method: 'POST', path: `/rest/v1/activity_log`, body: forged },
        {
          method: 'POST',
          path: `/rest/v1/activity_log`,
          body: [{ ...forged, id: row!.id }],
          prefer: 'resolution=merge-duplicates',
        },
        {
          method: 'POST',
          path: `/rest/v1/activity_log?on_conflict=id`,
          body: { ...forged, id: row!.id },
          prefer: 'resolution=ignore-duplicates',
        },
        { method: 'PUT', path: `/rest/v1/activity_log?id=eq.${row!.id}`, body: { ...forged, id: row!.id } },
        {
          method: 'PATCH',
          path: `/rest/v1/reviews?measure_id=not.is.null`,
          body: { note: 'rewritten', decision: 'approved' },
        },
        { method: 'DELETE', path: `/rest/v1/reviews?id=not.is.null` },
        {
          method: 'POST',
          path: `/rest/v1/reviews`,
          body: {
            organization_id: SCOPES.fin.org,
            department_id: SCOPES.fin.dept,
            measure_id: measure,
            decision: 'approved',
            measure_version: 1,
          },
        },
      ];
      for (const a of attempts) {
        const r = await call(stack, a.path, {
          method: a.method,
          token,
          headers: { ...JSON_HEADERS, prefer: ['return=representation', a.prefer].filter(Boolean).join(', ') },
          ...(a.body !== undefined ? { body: JSON.stringify(a.body) } : {}),
        });
        figures.audit_tamper_attempts++;
        if (!refused(r)) figures.audit_tamper_succeeded++;
        expect(refused(r), `${name} ${a.method} ${a.path}: ${r.status} ${r.text}`).toBe(true);
      }
    }
    expect(await fingerprint()).toBe(before);
  });

  it('the functions that write the log are not callable through the API', async () => {
    for (const token of Object.values(tokens)) {
      for (const fn of ['record_activity', 'log_activity', 'append_only', 'measures_record_review']) {
        const r = await call(stack, `/rest/v1/rpc/${fn}`, { method: 'POST', token, headers: JSON_HEADERS, body: '{}' });
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
      }
    }
  });

  it('not even the superuser can rewrite history without dropping the trigger', async () => {
    await expect(
      stack.sql(`update public.activity_log set action = 'x' where id = (select min(id) from public.activity_log)`),
    ).rejects.toThrow(/append-only/);
    await expect(stack.sql(`delete from public.activity_log`)).rejects.toThrow(/append-only/);
    await expect(stack.sql(`truncate public.activity_log`)).rejects.toThrow(/append-only/);
  });
});

describe('every state change leaves its row', () => {
  it('a full workflow through the API: one activity row per change, with the right actor and role', async () => {
    const head = tokens.head_dindaeng_finance!;
    const staff = tokens.staff_dindaeng_finance!;
    const H = PERSONAS.head_dindaeng_finance.id;
    const S = PERSONAS.staff_dindaeng_finance.id;
    const expected: [string, string][] = [];
    const ok = async (r: Promise<Reply>, action: string, actor: string, status = [200, 201, 204]) => {
      const res = await r;
      expect(status, `${action}: ${res.text}`).toContain(res.status);
      expected.push([action, actor]);
      figures.audit_workflow_changes++;
      return res;
    };
    const post = (token: string, table: string, body: unknown) =>
      call(stack, `/rest/v1/${table}`, {
        method: 'POST',
        token,
        headers: { ...JSON_HEADERS, prefer: 'return=representation' },
        body: JSON.stringify(body),
      });
    const rpc = (token: string, fn: string, args: Record<string, unknown>) =>
      call(stack, `/rest/v1/rpc/${fn}`, { method: 'POST', token, headers: JSON_HEADERS, body: JSON.stringify(args) });
    const version = async () => (await fixtures.measureRow(id)).version;

    const created = await ok(
      post(head, 'measures', {
        plan_id: SCOPES.fin.plan,
        plan_indicator_id: SCOPES.fin.planIndicator,
        department_id: SCOPES.fin.dept,
        title: 'มาตรการตรวจสอบ audit',
      }),
      'measure.create',
      H,
    );
    const id = (created.json as { id: string }[])[0]!.id;
    await ok(post(head, 'measure_assignees', { measure_id: id, user_id: S }), 'measure.assign', H);
    await ok(
      call(stack, `/rest/v1/measures?id=eq.${id}`, {
        method: 'PATCH',
        token: head,
        headers: JSON_HEADERS,
        body: JSON.stringify({ detail: 'รายละเอียด', version: await version() }),
      }),
      'measure.update',
      H,
    );
    await ok(rpc(staff, 'start_measure', { measure_id: id, expected_version: await version() }), 'measure.start', S);
    const key = evidencePath(SCOPES.fin, id);
    const bytes = Buffer.from('%PDF-1.4 audit evidence');
    const up = await call(stack, `/storage/v1/object/evidence/${key}`, {
      method: 'POST',
      token: staff,
      headers: { 'content-type': 'application/pdf' },
      body: bytes,
    });
    expect(up.status).toBe(200);
    const ev = await ok(
      post(staff, 'evidence', {
        measure_id: id,
        storage_path: key,
        original_filename: 'หลักฐาน.pdf',
        mime_type: 'application/pdf',
        size_bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      }),
      'evidence.upload',
      S,
    );
    await ok(
      post(staff, 'progress_reports', { measure_id: id, period: 'q1', percent: 40, narrative: 'ดำเนินการแล้ว' }),
      'progress.report',
      S,
    );
    await ok(post(staff, 'comments', { measure_id: id, body: 'ส่งหลักฐานแล้ว' }), 'comment.create', S);
    await ok(rpc(staff, 'submit_measure', { measure_id: id, expected_version: await version() }), 'measure.submit', S);
    await ok(
      rpc(head, 'return_measure', { measure_id: id, expected_version: await version(), reason: 'ขาดลายเซ็น' }),
      'measure.return',
      H,
    );
    await ok(rpc(staff, 'start_measure', { measure_id: id, expected_version: await version() }), 'measure.start', S);
    await ok(rpc(staff, 'submit_measure', { measure_id: id, expected_version: await version() }), 'measure.submit', S);
    await ok(
      rpc(head, 'approve_measure', { measure_id: id, expected_version: await version(), note: 'ครบถ้วน' }),
      'measure.approve',
      H,
    );
    await ok(
      rpc(head, 'reopen_measure', { measure_id: id, expected_version: await version(), reason: 'แก้ไขข้อมูล' }),
      'measure.reopen',
      H,
    );
    await ok(
      rpc(head, 'cancel_measure', { measure_id: id, expected_version: await version(), reason: 'ยกเลิกตามมติ' }),
      'measure.cancel',
      H,
    );
    // Refused changes leave no row.
    const refusedSubmit = await rpc(staff, 'submit_measure', { measure_id: id, expected_version: 1 });
    expect(refusedSubmit.status).toBeGreaterThanOrEqual(400);
    const evId = (ev.json as { id: string }[])[0]!.id;

    const rows = await stack.sql<{ action: string; actor_id: string; actor_role: string }>(
      `select action, actor_id::text, actor_role::text from public.activity_log where measure_id = $1 order by id`,
      [id],
    );
    figures.audit_rows_missing += Math.max(0, expected.length - rows.length);
    expect(rows.map((r) => [r.action, r.actor_id])).toEqual(expected);
    expect(rows.every((r) => r.actor_role === (r.actor_id === H ? 'head' : 'staff'))).toBe(true);
    const evRow = await stack.sql(`select 1 from public.activity_log where entity = 'evidence' and entity_id = $1`, [
      evId,
    ]);
    expect(evRow.length).toBe(1);
    // Reviews: one per decision (return, approve), with the reviewer.
    const reviews = await stack.sql<{ decision: string; reviewer_id: string }>(
      `select decision::text, reviewer_id::text from public.reviews where measure_id = $1 order by reviewed_at, id`,
      [id],
    );
    expect(reviews).toEqual([
      { decision: 'returned', reviewer_id: H },
      { decision: 'approved', reviewer_id: H },
    ]);
  });
});
