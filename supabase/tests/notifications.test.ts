/**
 * Notifications as personas through supabase-js: rows written by the workflow trigger, deadline reminders
 * from refresh_my_notifications (idempotent), read/unread and what nobody else may do with them.
 *
 * Seed facts used (supabase/seed.sql, FY 2565 plan, active):
 * - staff.registry is assigned 101 (returned, due 2022-03-31) and 114 (in progress, due 2022-09-30).
 * - 109 (GOV, not started, due 2022-09-30) has no assignee: reminders go to head.governance.
 * - 110 (PW, not started, due 2022-06-30) has no assignee and PW has no head: nobody is reminded.
 * - 108 (GOV, in progress, due 2022-06-30, evidence attached) is assigned to staff.governance and head.governance.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../local/testing/stack';
import { PERSONAS } from './helpers/personas';

const M = (n: number) => `70000000-0000-4000-8000-000000000${n}`;
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

interface Row {
  id: string;
  kind: string;
  measure_id: string;
  due_date: string | null;
  note: string | null;
  actor_id: string | null;
  read_at: string | null;
}

async function mine(email: string): Promise<Row[]> {
  const { data, error } = await (
    await as(email)
  )
    .from('notifications')
    .select('id, kind, measure_id, due_date, note, actor_id, read_at')
    .order('created_at')
    .order('kind');
  if (error) throw new Error(error.message);
  return data as Row[];
}

async function refresh(email: string, asOf: string): Promise<number> {
  const { data, error } = await (await as(email)).rpc('refresh_my_notifications', { p_as_of: asOf });
  if (error) throw new Error(error.message);
  return data as number;
}

async function transition(email: string, fn: string, measureId: string, extra: Record<string, string> = {}) {
  const c = await as(email);
  const { data: m } = await c.from('measures').select('version').eq('id', measureId).single();
  const { error } = await c.rpc(fn, {
    measure_id: measureId,
    expected_version: (m as { version: number }).version,
    ...extra,
  });
  if (error) throw new Error(`${fn}: ${error.message}`);
}

const summary = (rows: Row[]) => rows.map((r) => [r.kind, r.measure_id, r.due_date]);

describe('notifications', () => {
  describe('deadline reminders (refresh_my_notifications)', () => {
    const registry = PERSONAS.staff_dindaeng_registry.email;

    it('starts empty', async () => {
      expect(await mine(registry)).toEqual([]);
    });

    it('reminds an assignee of overdue and soon-due measures, once however often it runs', async () => {
      // As of 2022-09-25: 101 is overdue (due 2022-03-31), 114 is due in 5 days (due_7).
      expect(await refresh(registry, '2022-09-25')).toBe(2);
      expect(await refresh(registry, '2022-09-25')).toBe(2);
      expect(await refresh(registry, '2022-09-26')).toBe(2);
      expect(summary(await mine(registry))).toEqual([
        ['due_7', M(114), '2022-09-30'],
        ['overdue', M(101), '2022-03-31'],
      ]);
    });

    it('adds the next reminder as the deadline comes closer, and the overdue one after it', async () => {
      expect(await refresh(registry, '2022-09-29')).toBe(3); // due tomorrow: due_1
      expect(await refresh(registry, '2022-09-30')).toBe(3); // due today: still due_1, already written
      expect(await refresh(registry, '2022-10-01')).toBe(4); // overdue
      expect(await refresh(registry, '2022-10-15')).toBe(4);
      expect(summary(await mine(registry)).sort()).toEqual(
        [
          ['due_1', M(114), '2022-09-30'],
          ['due_7', M(114), '2022-09-30'],
          ['overdue', M(101), '2022-03-31'],
          ['overdue', M(114), '2022-09-30'],
        ].sort(),
      );
    });

    it('sends only the most urgent reminder to someone who was away', async () => {
      // staff2.finance is assigned 106 (submitted: waiting for review, no reminder) only → nothing.
      expect(await refresh(PERSONAS.staff2_dindaeng_finance.email, '2022-06-29')).toBe(0);
    });

    it('reminds the department’s heads of measures nobody is assigned to', async () => {
      // head.governance: 109 unassigned, due 2022-09-30 → due_30 as of 2022-09-05; plus 108, assigned to them,
      // due 2022-06-30 → overdue. staff.governance gets no reminder for 109.
      const head = PERSONAS.head_dindaeng_governance.email;
      expect(await refresh(head, '2022-09-05')).toBe(2);
      expect(summary(await mine(head)).sort()).toEqual(
        [
          ['due_30', M(109), '2022-09-30'],
          ['overdue', M(108), '2022-06-30'],
        ].sort(),
      );
      await refresh(PERSONAS.staff_dindaeng_governance.email, '2022-09-05');
      expect((await mine(PERSONAS.staff_dindaeng_governance.email)).some((r) => r.measure_id === M(109))).toBe(false);
    });

    it('reminds nobody of an unassigned measure in a department without a head', async () => {
      expect(await stack.sql(`select 1 from public.notifications where measure_id = $1`, [M(110)])).toEqual([]);
    });

    it('can run for everyone at once (the pg_cron job), idempotently', async () => {
      const [first] = await stack.sql<{ n: number }>(
        `select private.generate_due_notifications(null, '2022-09-25') as n`,
      );
      const [second] = await stack.sql<{ n: number }>(
        `select private.generate_due_notifications(null, '2022-09-25') as n`,
      );
      expect(first!.n).toBeGreaterThan(0);
      expect(second!.n).toBe(0);
      // Huai Khwang's staff got theirs too (201, in progress, due 2022-09-30 → due_7), and nobody got another
      // organisation's measure.
      const crossed = await stack.sql(
        `select 1 from public.notifications n join public.profiles p on p.id = n.user_id
          where p.organization_id <> n.organization_id`,
      );
      expect(crossed).toEqual([]);
      expect(summary(await mine(PERSONAS.staff_huaikhwang_finance.email))).toEqual([['due_7', M(201), '2022-09-30']]);
    });

    it('is not callable without signing in, nor is the private generator', async () => {
      const anon = await stack.anon().rpc('refresh_my_notifications', { p_as_of: '2022-09-25' });
      expect(anon.error?.code).toBe('42501');
      const viaApi = await (
        await as(registry)
      ).rpc('generate_due_notifications', { p_user_id: null, p_as_of: '2022-09-25' });
      expect(viaApi.error).not.toBeNull();
    });
  });

  describe('workflow events (trigger on measures)', () => {
    const staff = PERSONAS.staff_dindaeng_governance;
    const head = PERSONAS.head_dindaeng_governance;

    it('tells the department’s heads when a measure is submitted, not the submitter', async () => {
      await transition(staff.email, 'submit_measure', M(108));
      const headRows = (await mine(head.email)).filter((r) => r.measure_id === M(108) && r.kind === 'submitted');
      expect(headRows).toHaveLength(1);
      expect(headRows[0]).toMatchObject({ actor_id: staff.id, read_at: null, due_date: '2022-06-30' });
      expect((await mine(staff.email)).filter((r) => r.kind === 'submitted')).toEqual([]);
      // Other departments' heads hear nothing.
      expect((await mine(PERSONAS.head_dindaeng_finance.email)).filter((r) => r.kind === 'submitted')).toEqual([]);
    });

    it('tells the assignees when it is returned, with the reason, and resolves the review request', async () => {
      await transition(head.email, 'return_measure', M(108), { reason: 'ขอภาพหน้าจอช่องทางร้องเรียนฉบับเผยแพร่จริง' });
      const returned = (await mine(staff.email)).filter((r) => r.kind === 'returned');
      expect(returned).toEqual([
        expect.objectContaining({
          measure_id: M(108),
          note: 'ขอภาพหน้าจอช่องทางร้องเรียนฉบับเผยแพร่จริง',
          actor_id: head.id,
          read_at: null,
        }),
      ]);
      // head.governance is an assignee too, but returned it themselves.
      expect((await mine(head.email)).filter((r) => r.kind === 'returned')).toEqual([]);
      const request = (await mine(head.email)).find((r) => r.kind === 'submitted' && r.measure_id === M(108));
      expect(request?.read_at).not.toBeNull();
    });

    it('tells the assignees when it is approved, and resolves its reminders', async () => {
      await transition(staff.email, 'start_measure', M(108));
      await transition(staff.email, 'submit_measure', M(108));
      expect((await mine(head.email)).filter((r) => r.kind === 'submitted' && r.read_at === null)).toHaveLength(1);
      await transition(head.email, 'approve_measure', M(108));
      const approved = (await mine(staff.email)).filter((r) => r.kind === 'approved');
      expect(approved).toEqual([expect.objectContaining({ measure_id: M(108), actor_id: head.id, read_at: null })]);
      // head.governance's overdue reminder for 108 (from the refresh above) is resolved.
      const reminder = (await mine(head.email)).find((r) => r.kind === 'overdue' && r.measure_id === M(108));
      expect(reminder?.read_at).not.toBeNull();
      expect((await mine(head.email)).filter((r) => r.kind === 'submitted' && r.read_at === null)).toEqual([]);
    });
  });

  describe('read and unread', () => {
    const registry = PERSONAS.staff_dindaeng_registry.email;

    it('counts the unread ones and marks one read with a plain update', async () => {
      const rows = await mine(registry);
      expect(rows).toHaveLength(4);
      expect(await refresh(registry, '2022-10-15')).toBe(4);
      const { error } = await (
        await as(registry)
      )
        .from('notifications')
        .update({ read_at: new Date().toISOString() })
        .eq('id', rows[0]!.id);
      expect(error).toBeNull();
      expect(await refresh(registry, '2022-10-15')).toBe(3);
    });

    it('marks all read, and some unread again', async () => {
      const c = await as(registry);
      expect((await c.rpc('mark_notifications_read')).data).toBe(3);
      expect(await refresh(registry, '2022-10-15')).toBe(0);
      const rows = await mine(registry);
      expect((await c.rpc('mark_notifications_read', { p_ids: [rows[1]!.id, rows[2]!.id], p_read: false })).data).toBe(
        2,
      );
      expect(await refresh(registry, '2022-10-15')).toBe(2);
    });

    it('keeps each user’s notifications to themselves', async () => {
      const rows = await mine(registry);
      const other = await as(PERSONAS.head_dindaeng_registry.email);
      // Hidden from others (even their head), and not theirs to mark.
      expect((await other.from('notifications').select('id').eq('id', rows[0]!.id)).data).toEqual([]);
      expect((await other.rpc('mark_notifications_read', { p_ids: rows.map((r) => r.id) })).data).toBe(0);
      const update = await other.from('notifications').update({ read_at: null }).eq('id', rows[0]!.id).select('id');
      expect(update.data).toEqual([]);
      expect(await refresh(registry, '2022-10-15')).toBe(2);
    });

    it('lets nobody write anything but read_at', async () => {
      const c = await as(registry);
      const rows = await mine(registry);
      const edit = await c.from('notifications').update({ measure_title: 'แก้ไข' }).eq('id', rows[0]!.id);
      expect(edit.error?.code).toBe('42501');
      const insert = await c.from('notifications').insert({
        user_id: PERSONAS.staff_dindaeng_registry.id,
        organization_id: PERSONAS.staff_dindaeng_registry.org,
        kind: 'approved',
        measure_title: 'ปลอม',
      });
      expect(insert.error?.code).toBe('42501');
      const del = await c.from('notifications').delete().eq('id', rows[0]!.id);
      expect(del.error?.code).toBe('42501');
    });
  });
});
