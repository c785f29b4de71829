/**
 * Concurrency: two editors save the same measure from the same version — one wins, the other gets
 * 409 with a clear message, and the winner's change is what the database holds (no lost update),
 * over 200 rounds. Two approvals of one submission: exactly one succeeds, with exactly one activity
 * row and one review. Every successful change left its activity row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/stack';
import { hasPg15, startPg15 } from '../../tests/helpers/pg15';
import { Fixtures, SCOPES } from '../../tests/helpers/fixtures';
import { call, countRows, JSON_HEADERS, tokensFor, type Reply } from './helpers';
import { recordFigures } from './figures';

const ROUNDS = 200;
const APPROVAL_ROUNDS = 25;

const figures = { lost_updates: 0, concurrent_edit_rounds: 0, double_approvals: 0, approval_rounds: 0 };
afterAll(() => recordFigures('concurrency', figures));

/**
 * Both engines: PGlite runs one transaction at a time; PostgreSQL 15 (when installed, as in CI)
 * runs the two saves truly concurrently, with row locks deciding who waits.
 */
const engines: { name: string; start: () => Promise<{ stack: TestStack; stop: () => Promise<void> }> }[] = [
  {
    name: 'PGlite',
    start: async () => {
      const stack = await startTestStack();
      return { stack, stop: () => stack.close() };
    },
  },
];
if (hasPg15()) {
  engines.push({
    name: 'PostgreSQL 15',
    start: async () => {
      const cluster = await startPg15();
      const stack = await startTestStack({ databaseUrl: cluster.url, data: 'memory' });
      return {
        stack,
        stop: async () => {
          await stack.close();
          await cluster.stop();
        },
      };
    },
  });
}

for (const engine of engines) {
  describe(`on ${engine.name}`, () => {
    let stack: TestStack;
    let stop: () => Promise<void>;
    let fixtures: Fixtures;
    let t: Record<'head_dindaeng_finance' | 'admin_dindaeng' | 'staff_dindaeng_finance', string>;

    beforeAll(async () => {
      ({ stack, stop } = await engine.start());
      fixtures = new Fixtures(stack);
      t = await tokensFor(stack, ['head_dindaeng_finance', 'admin_dindaeng', 'staff_dindaeng_finance']);
    }, 180_000);
    afterAll(async () => {
      await stop?.();
    });

    const patch = (token: string, id: string, body: Record<string, unknown>) =>
      call(stack, `/rest/v1/measures?id=eq.${id}`, {
        method: 'PATCH',
        token,
        headers: { ...JSON_HEADERS, prefer: 'return=representation' },
        body: JSON.stringify(body),
      });

    const rpc = (token: string, fn: string, args: Record<string, unknown>) =>
      call(stack, `/rest/v1/rpc/${fn}`, { method: 'POST', token, headers: JSON_HEADERS, body: JSON.stringify(args) });

    function expectConflict(r: Reply) {
      expect(r.status, r.text).toBe(409);
      const body = r.json as { code: string; message: string; hint: string };
      expect(body.code).toBe('PT409');
      expect(body.hint).toBe('version_conflict');
      expect(body.message).toMatch(/changed by someone else .*Reload and try again/);
    }

    describe('two editors, one measure, one version', () => {
      it(
        `${ROUNDS} rounds: one wins, the other gets 409, the winner's change is kept`,
        { timeout: 240_000 },
        async () => {
          const id = await fixtures.measure(SCOPES.fin, { status: 'in_progress' });
          const before = await countRows(
            stack,
            'public.activity_log',
            `measure_id = $1 and action = 'measure.update'`,
            [id],
          );
          let successes = 0;
          for (let round = 0; round < ROUNDS; round++) {
            const { version } = await fixtures.measureRow(id);
            // Even rounds: head and admin both edit the title; odd rounds: the head edits the title while
            // the assigned staff member reports progress (different fields, same version: still a conflict).
            const a = { token: t.head_dindaeng_finance, body: { title: `round ${round} by head`, version } };
            const b =
              round % 2 === 0
                ? { token: t.admin_dindaeng, body: { title: `round ${round} by admin`, version } }
                : { token: t.staff_dindaeng_finance, body: { percent_complete: round % 100, version } };
            const [first, second] = round % 4 < 2 ? [a, b] : [b, a];
            const replies = await Promise.all([
              patch(first.token, id, first.body),
              patch(second.token, id, second.body),
            ]);
            figures.concurrent_edit_rounds++;
            const wins = replies.filter((r) => r.status === 200);
            const losses = replies.filter((r) => r.status === 409);
            const now = await fixtures.measureRow(id);
            let lost = wins.length !== 1 || losses.length !== 1 || now.version !== version + 1;
            if (wins.length === 1) {
              const winner = replies[0]!.status === 200 ? first : second;
              const saved = (wins[0]!.json as { title: string; percent_complete: number; version: number }[])[0]!;
              expect(saved.version).toBe(version + 1);
              for (const [k, v] of Object.entries(winner.body)) {
                if (k === 'version') continue;
                if ((now as unknown as Record<string, unknown>)[k] !== v) lost = true;
              }
              successes++;
            }
            for (const l of losses) expectConflict(l);
            if (lost) figures.lost_updates++;
          }
          expect(figures.lost_updates).toBe(0);
          // Every successful save has its own activity row, with the version it produced.
          const rows = await stack.sql<{ v: number }>(
            `select (detail ->> 'version')::int as v from public.activity_log
        where measure_id = $1 and action = 'measure.update' order by id`,
            [id],
          );
          expect(rows.length - before).toBe(successes);
          const versions = rows.slice(before).map((r) => r.v);
          expect(versions).toEqual(versions.map((_, i) => versions[0]! + i));
        },
      );

      it('a save based on a stale version is refused, and the newer value stays', async () => {
        const id = await fixtures.measure(SCOPES.fin, { status: 'in_progress' });
        const { version } = await fixtures.measureRow(id);
        expect((await patch(t.head_dindaeng_finance, id, { title: 'first', version })).status).toBe(200);
        expectConflict(await patch(t.admin_dindaeng, id, { title: 'stale', version }));
        expect((await fixtures.measureRow(id)).title).toBe('first');
      });
    });

    describe('two approvals of one submission', () => {
      it(
        `${APPROVAL_ROUNDS} rounds: exactly one approval, one activity row, one review`,
        { timeout: 120_000 },
        async () => {
          for (let round = 0; round < APPROVAL_ROUNDS; round++) {
            const id = await fixtures.measure(SCOPES.fin, { status: 'in_progress' });
            await fixtures.evidence(SCOPES.fin, id);
            const { version: v0 } = await fixtures.measureRow(id);
            const submitted = await rpc(t.staff_dindaeng_finance, 'submit_measure', {
              measure_id: id,
              expected_version: v0,
            });
            expect(submitted.status, submitted.text).toBe(200);
            const { version } = await fixtures.measureRow(id);
            // Head and admin (or the head twice: a double click) approve at the same moment.
            const second = round % 3 === 0 ? t.head_dindaeng_finance : t.admin_dindaeng;
            const replies = await Promise.all([
              rpc(t.head_dindaeng_finance, 'approve_measure', {
                measure_id: id,
                expected_version: version,
                note: 'ok',
              }),
              rpc(second, 'approve_measure', { measure_id: id, expected_version: version, note: 'ok too' }),
            ]);
            figures.approval_rounds++;
            const ok = replies.filter((r) => r.status === 200);
            expect(ok.length).toBe(1);
            for (const r of replies.filter((x) => x.status !== 200)) expectConflict(r);
            const approvals = await countRows(
              stack,
              'public.activity_log',
              `measure_id = $1 and action = 'measure.approve'`,
              [id],
            );
            const reviews = await countRows(stack, 'public.reviews', `measure_id = $1`, [id]);
            if (approvals !== 1 || reviews !== 1) figures.double_approvals++;
            expect(approvals).toBe(1);
            expect(reviews).toBe(1);
            const row = await fixtures.measureRow(id);
            expect(row.status).toBe('approved');
            expect(row.version).toBe(version + 1);
          }
        },
      );

      it('approve and return at the same moment: one decision, one review', async () => {
        const id = await fixtures.measure(SCOPES.fin, { status: 'in_progress' });
        await fixtures.evidence(SCOPES.fin, id);
        const { version: v0 } = await fixtures.measureRow(id);
        expect(
          (await rpc(t.staff_dindaeng_finance, 'submit_measure', { measure_id: id, expected_version: v0 })).status,
        ).toBe(200);
        const { version } = await fixtures.measureRow(id);
        const replies = await Promise.all([
          rpc(t.admin_dindaeng, 'return_measure', { measure_id: id, expected_version: version, reason: 'ขาดหลักฐาน' }),
          rpc(t.head_dindaeng_finance, 'approve_measure', { measure_id: id, expected_version: version }),
        ]);
        expect(replies.filter((r) => r.status === 200).length).toBe(1);
        expect(await countRows(stack, 'public.reviews', `measure_id = $1`, [id])).toBe(1);
        expect(
          await countRows(
            stack,
            'public.activity_log',
            `measure_id = $1 and action in ('measure.approve', 'measure.return')`,
            [id],
          ),
        ).toBe(1);
      });
    });
  });
}
