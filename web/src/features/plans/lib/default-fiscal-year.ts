import type { PlanSummary } from '@/features/plans/api/get-plans';

/**
 * The fiscal year to show when the URL has none: this year's plan if there is one, else the latest active
 * plan, else the latest plan, else this fiscal year.
 */
export function defaultFiscalYear(plans: readonly PlanSummary[], currentFiscalYear: number): number {
  if (plans.some((p) => p.fiscal_year === currentFiscalYear)) return currentFiscalYear;
  const latest = (list: readonly PlanSummary[]) =>
    list.reduce<number | null>((max, p) => (max === null || p.fiscal_year > max ? p.fiscal_year : max), null);
  return latest(plans.filter((p) => p.status === 'active')) ?? latest(plans) ?? currentFiscalYear;
}
