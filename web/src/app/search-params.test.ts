import * as z from 'zod/mini';
import {
  dashboardSearch,
  fiscalYearSearch,
  loginSearch,
  myWorkSearch,
  reportPrintSearch,
  reviewSearch,
} from '@/app/search-params';
import { MEASURE_STATUSES } from '@/config/measure-status';
import { myWorkSearchSchema, MY_WORK_SORTS } from '@/features/my-work/schemas/my-work-search';
import { REPORT_KINDS, REPORT_PERIODS, reportPrintSearchSchema } from '@/features/reports/components/report-search';
import { reviewSearchSchema } from '@/features/review/schemas/review-search';
import { MAX_BE_YEAR, MIN_BE_YEAR } from '@/lib/dates';
import { fiscalYearSearchSchema } from '@/lib/fiscal-year';

/** What TanStack Router hands to validateSearch after parsing a query string, and then some. */
const VALUES: unknown[] = [
  undefined,
  null,
  true,
  '',
  '  ',
  ' padded ',
  'abc',
  'none',
  '2565',
  'x'.repeat(64),
  'x'.repeat(65),
  ` ${'y'.repeat(64)} `,
  'y'.repeat(200),
  'y'.repeat(201),
  0,
  1,
  -1,
  1.5,
  7,
  2499,
  2500,
  2565,
  2700,
  2701,
  MIN_BE_YEAR - 1,
  MIN_BE_YEAR,
  MAX_BE_YEAR,
  MAX_BE_YEAR + 1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  [],
  ['a'],
  {},
  { a: 1 },
  '2022-06-25',
  '2022-6-25',
  '2022-06-25T00:00',
  ...MEASURE_STATUSES,
  ...MY_WORK_SORTS,
  ...REPORT_KINDS,
  ...REPORT_PERIODS,
];

/** Every value in every key alone, all keys together, and keys the schema does not know. */
function inputs(keys: string[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{}, { unknown: 'x' }];
  for (const key of keys) for (const value of VALUES) out.push({ [key]: value, other: 1 });
  for (let i = 0; i < VALUES.length; i++) {
    out.push(Object.fromEntries(keys.map((key, k) => [key, VALUES[(i + k * 7) % VALUES.length]])));
  }
  return out;
}

/** Keys with an undefined value count as absent in the URL (the router leaves them out of it). */
const withoutUndefined = (value: object) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

function expectSame(schema: z.ZodMiniObject, validate: (search: Record<string, unknown>) => object) {
  const keys = Object.keys(schema.def.shape);
  for (const input of inputs(keys)) {
    const validated = validate(input);
    expect(withoutUndefined(validated), JSON.stringify(input)).toStrictEqual(withoutUndefined(schema.parse(input)));
    // Every key present (undefined when invalid): the router spreads this over the raw search.
    expect(Object.keys(validated).sort(), JSON.stringify(input)).toEqual([...keys].sort());
  }
}

describe('search params', () => {
  it('read /login?redirect= like its zod schema', () => {
    expectSame(z.object({ redirect: z.catch(z.optional(z.string()), undefined) }), loginSearch);
  });

  it('read ?fy= like the fiscal-year schema', () => {
    expectSame(fiscalYearSearchSchema, fiscalYearSearch);
  });

  it('read /my-work filters like the my-work schema', () => {
    expectSame(myWorkSearchSchema, myWorkSearch);
  });

  it('read /review like the review schema', () => {
    expectSame(reviewSearchSchema, reviewSearch);
  });

  it('read /reports/print like the report schema', () => {
    expectSame(reportPrintSearchSchema, reportPrintSearch);
  });

  it('read /dashboard?asOf= like its zod schema', () => {
    expectSame(
      z.object({ asOf: z.catch(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), undefined) }),
      dashboardSearch,
    );
  });
});
