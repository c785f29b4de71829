/**
 * Login abuse: password guessing against one account is throttled (429 with Retry-After) with the
 * limits the stack ships with (auth/routes.ts: 5 failures per email and 60 per address in 5 minutes),
 * sequentially and in parallel, while other accounts keep signing in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/stack';
import { hasPg15, startPg15 } from '../../tests/helpers/pg15';
import { passwordGrant, PERSONAS, pool } from './helpers';
import { recordFigures } from './figures';

let stack: TestStack;
const figures: Record<string, number> = {};

beforeAll(async () => {
  // The shipped defaults: no auth options.
  stack = await startTestStack();
});
afterAll(async () => {
  recordFigures('login', figures);
  await stack?.close();
});

describe('password guessing', () => {
  it('50 wrong passwords for one account: 429 after 5, the right password too, other accounts unaffected', async () => {
    const victim = PERSONAS.head_dindaeng_finance.email;
    const statuses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i < 50; i++) {
      // Letter case and spaces do not make a new account to guess against.
      const email = i % 3 === 0 ? victim.toUpperCase() : i % 3 === 1 ? ` ${victim} ` : victim;
      const r = await passwordGrant(stack, email, `wrong-password-${i}`);
      statuses.push(r.status);
      expect(r.text).not.toContain('access_token');
      if (r.status === 429) {
        retryAfter = Number(r.headers.get('retry-after'));
        expect((r.json as { code: string }).code).toBe('over_request_rate_limit');
      }
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(300);
    figures.login_guesses_checked = statuses.filter((s) => s === 400).length;
    figures.login_guesses_throttled = statuses.filter((s) => s === 429).length;

    // The right password is throttled as well while the window lasts (no oracle for the attacker).
    const right = await passwordGrant(stack, victim);
    expect(right.status).toBe(429);

    // Everyone else signs in from the same address.
    for (const other of [PERSONAS.staff_dindaeng_finance, PERSONAS.admin_dindaeng, PERSONAS.director_dindaeng]) {
      const r = await passwordGrant(stack, other.email);
      expect(r.status, r.text).toBe(200);
    }
  });

  it('50 parallel wrong passwords: at most 5 are checked, the rest are refused with 429', async () => {
    const victim = PERSONAS.staff_dindaeng_governance.email;
    const replies = await pool(
      Array.from({ length: 50 }, (_, i) => i),
      50,
      (i) => passwordGrant(stack, victim, `parallel-guess-${i}`),
    );
    const checked = replies.filter((r) => r.status === 400).length;
    const throttled = replies.filter((r) => r.status === 429).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(checked + throttled).toBe(50);
    figures.login_parallel_guesses_checked = checked;
    const other = await passwordGrant(stack, PERSONAS.head_dindaeng_governance.email);
    expect(other.status).toBe(200);
  });

  it('spraying one password over many accounts from one address hits the per-address limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      statuses.push((await passwordGrant(stack, `nobody-${i}@example.test`, 'Password1')).status);
    }
    // 10 failures were already counted for this address above; the limit is 60 in the window.
    const firstThrottled = statuses.indexOf(429);
    expect(firstThrottled).toBeGreaterThan(0);
    expect(firstThrottled).toBeLessThanOrEqual(60);
    expect(statuses.slice(firstThrottled).every((s) => s === 429)).toBe(true);
  });
});

// On a real PostgreSQL server the password checks of parallel attempts really run in parallel:
// the throttle must count an attempt before its check, not after.
describe.runIf(hasPg15())('password guessing on PostgreSQL 15', () => {
  let pgStack: TestStack;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const cluster = await startPg15();
    pgStack = await startTestStack({ databaseUrl: cluster.url, data: 'memory' });
    stop = async () => {
      await pgStack.close();
      await cluster.stop();
    };
  }, 180_000);
  afterAll(async () => {
    await stop?.();
  });

  it('50 parallel wrong passwords: at most 5 are checked, the rest are refused with 429', async () => {
    const victim = PERSONAS.staff_dindaeng_governance.email;
    const replies = await pool(
      Array.from({ length: 50 }, (_, i) => i),
      50,
      (i) => passwordGrant(pgStack, victim, `parallel-guess-${i}`),
    );
    const checked = replies.filter((r) => r.status === 400).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(checked + replies.filter((r) => r.status === 429).length).toBe(50);
    figures.login_parallel_guesses_checked_pg15 = checked;
    expect((await passwordGrant(pgStack, PERSONAS.head_dindaeng_governance.email)).status).toBe(200);
  });
});
