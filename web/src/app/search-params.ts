import { MEASURE_STATUSES } from '@/config/measure-status';
import type { MyWorkSearch, MyWorkSort } from '@/features/my-work/schemas/my-work-search';
import type { ReportKind, ReportPrintSearch } from '@/features/reports/components/report-search';
import type { ReviewSearch } from '@/features/review/schemas/review-search';
import type { FiscalYearSearch } from '@/lib/fiscal-year';

/**
 * The routes' `validateSearch`, as plain functions. The router is in the app's first JS, which has no room
 * for zod (13 KB gzip once the forms' zod shares its core): each function here gives exactly what the
 * feature's zod/mini schema gives (`search-params.test.ts` runs both on the same inputs). Anything invalid
 * is dropped, never an error (an old bookmark still opens): its key stays, `undefined`, because the router
 * spreads the validated search over the raw one and a missing key would let the raw value through.
 */
type Search = Record<string, unknown>;

// `MIN_BE_YEAR`/`MAX_BE_YEAR` of lib/dates.ts, which this small module does not import (date-fns).
const MIN_BE_YEAR = 2500;
const MAX_BE_YEAR = 2700;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): T | undefined =>
    values.includes(value as T) ? (value as T) : undefined;

const boundedString = (max: number) => (value: unknown) =>
  typeof value === 'string' && value.length <= max ? value : undefined;

const integer = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** A hand-typed `?q=2565` arrives as a number: kept as trimmed text. */
const text = (max: number) => (value: unknown) => {
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return undefined;
  const trimmed = String(value).trim();
  return trimmed.length <= max ? trimmed : undefined;
};

/** /login?redirect= */
export const loginSearch = (search: Search): { redirect?: string } => ({
  redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
});

/** `?fy=2565` on every signed-in page (`lib/fiscal-year.ts`). */
export const fiscalYearSearch = (search: Search): FiscalYearSearch => ({
  fy: integer(search.fy) && search.fy >= MIN_BE_YEAR && search.fy <= MAX_BE_YEAR ? search.fy : undefined,
});

const MY_WORK_SORTS: readonly MyWorkSort[] = ['due', 'status', 'indicator'];

/** /my-work (`features/my-work/schemas/my-work-search.ts`). */
export const myWorkSearch = (search: Search): MyWorkSearch => ({
  status: oneOf(MEASURE_STATUSES)(search.status),
  indicator: integer(search.indicator) && search.indicator > 0 ? search.indicator : undefined,
  assignee: text(64)(search.assignee),
  q: text(200)(search.q),
  sort: oneOf(MY_WORK_SORTS)(search.sort),
});

/** /review (`features/review/schemas/review-search.ts`). */
export const reviewSearch = (search: Search): ReviewSearch => ({
  measure: boundedString(64)(search.measure),
  department: boundedString(64)(search.department),
});

const REPORT_KINDS: readonly ReportKind[] = ['o42', 'o43'];
const REPORT_PERIODS: readonly NonNullable<ReportPrintSearch['period']>[] = ['half_year', 'annual'];

/** /reports/print (`features/reports/components/report-search.ts`). */
export const reportPrintSearch = (search: Search): ReportPrintSearch => ({
  report: oneOf(REPORT_KINDS)(search.report),
  period: oneOf(REPORT_PERIODS)(search.period),
});

/** /dashboard?asOf=yyyy-mm-dd: the year as it stood on that date. */
export const dashboardSearch = (search: Search): { asOf?: string } => ({
  asOf: typeof search.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search.asOf) ? search.asOf : undefined,
});
