import { clonePlan } from '@/features/admin/api/clone-plan';
import { createFramework } from '@/features/admin/api/create-framework';
import { createPlan } from '@/features/admin/api/create-plan';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

/** Who may call the plan and framework RPCs behind the admin screens, with the exact refusal. */

const DIN_DAENG = '10000000-0000-4000-8000-000000000001';
const FRAMEWORK_2566 = '40000000-0000-4000-8000-000000000166';
const PLAN_2565 = '50000000-0000-4000-8000-000000000165';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

describe('admin RPCs', () => {
  it('refuse heads and the director (admin_required)', async () => {
    const head = await signIn('head.finance@dindaeng.example');
    await expect(createPlan(head, { fiscalYear: 2571, title: 'แผน' })).rejects.toMatchObject({
      code: '42501',
      hint: 'admin_required',
    });
    const director = await signIn('director@dindaeng.example');
    await expect(
      createFramework(director, { organizationId: DIN_DAENG, fiscalYear: 2571, sourceId: FRAMEWORK_2566 }),
    ).rejects.toMatchObject({ code: '42501', hint: 'admin_required' });
    await expect(clonePlan(director, { sourcePlanId: PLAN_2565, fiscalYear: 2571 })).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('do not let another organisation’s admin see or copy Din Daeng’s framework or plan', async () => {
    const other = await signIn('admin@huaikhwang.example');
    await expect(
      createFramework(other, { organizationId: DIN_DAENG, fiscalYear: 2571, sourceId: FRAMEWORK_2566 }),
    ).rejects.toMatchObject({ hint: 'not_found' });
    await expect(clonePlan(other, { sourcePlanId: PLAN_2565, fiscalYear: 2571 })).rejects.toMatchObject({
      hint: 'not_found',
    });
  });

  it('create a plan with the indicators of the year’s framework, refusing a year twice (plan_exists)', async () => {
    const admin = await signIn('admin@dindaeng.example');
    const id = await createPlan(admin, { fiscalYear: 2566, title: 'แผน 2566' });
    const { data } = await stack
      .service()
      .from('plans')
      .select('status, framework_id, plan_indicators(no, name, group, score, framework_indicator_id)')
      .eq('id', id)
      .single();
    expect(data!.status).toBe('draft');
    expect(data!.framework_id).toBe(FRAMEWORK_2566);
    expect(data!.plan_indicators).toHaveLength(10);
    expect(data!.plan_indicators.every((i) => i.score === null && i.framework_indicator_id !== null)).toBe(true);
    await expect(createPlan(admin, { fiscalYear: 2566, title: 'อีกแผน' })).rejects.toMatchObject({
      code: '23505',
      hint: 'plan_exists',
    });
  });
});
