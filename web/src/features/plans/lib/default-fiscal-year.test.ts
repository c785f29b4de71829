import type { PlanSummary } from '@/features/plans/api/get-plans';
import { defaultFiscalYear } from './default-fiscal-year';

const plan = (fiscal_year: number, status: PlanSummary['status']): PlanSummary => ({
  id: `p${fiscal_year}`,
  fiscal_year,
  status,
});

describe('defaultFiscalYear', () => {
  it('prefers the plan of the current fiscal year', () => {
    expect(defaultFiscalYear([plan(2570, 'draft'), plan(2565, 'active')], 2570)).toBe(2570);
  });

  it('falls back to the latest active plan', () => {
    expect(defaultFiscalYear([plan(2566, 'closed'), plan(2565, 'active'), plan(2564, 'active')], 2570)).toBe(2565);
  });

  it('falls back to the latest plan, then to the current fiscal year', () => {
    expect(defaultFiscalYear([plan(2564, 'closed'), plan(2566, 'draft')], 2570)).toBe(2566);
    expect(defaultFiscalYear([], 2570)).toBe(2570);
  });
});
