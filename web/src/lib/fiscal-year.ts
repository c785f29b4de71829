import { useRouteContext } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { currentFiscalYear, MAX_BE_YEAR, MIN_BE_YEAR } from '@/lib/dates';

/** `?fy=2565`: the B.E. fiscal year being looked at. Kept across links by the authenticated layout route. */
export const fiscalYearSearchSchema = z.object({
  fy: z.catch(z.optional(z.int().check(z.gte(MIN_BE_YEAR), z.lte(MAX_BE_YEAR))), undefined),
});
export type FiscalYearSearch = z.infer<typeof fiscalYearSearchSchema>;

/**
 * The fiscal year the user is looking at: `?fy=` when set, else the default the authenticated route chose
 * (the organisation's plan for this year, or its latest active plan).
 */
export function useSelectedFiscalYear(): number {
  const fiscalYear = useRouteContext({ strict: false, select: (context) => context.fiscalYear });
  return fiscalYear ?? currentFiscalYear();
}
