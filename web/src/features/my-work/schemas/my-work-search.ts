import * as z from 'zod/mini';
import { MEASURE_STATUSES } from '@/config/measure-status';

export const MY_WORK_SORTS = ['due', 'status', 'indicator'] as const;
export type MyWorkSort = (typeof MY_WORK_SORTS)[number];

/** `assignee=none`: measures nobody is assigned to yet (heads). */
export const UNASSIGNED = 'none';

/** A hand-typed `?q=2565` arrives as a number: keep it as text. */
const text = (max: number) =>
  z.pipe(
    z.union([z.string(), z.number()]),
    z.pipe(
      z.transform((value: string | number) => String(value).trim()),
      z.string().check(z.maxLength(max)),
    ),
  );

/**
 * The filters and sort order of /my-work, in the URL. Anything invalid is dropped rather than failing the page
 * (an old bookmark still opens).
 */
export const myWorkSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(MEASURE_STATUSES)), undefined),
  /** Indicator number within the plan (stable across fiscal years). */
  indicator: z.catch(z.optional(z.int().check(z.positive())), undefined),
  /** A user id, or `none`. */
  assignee: z.catch(z.optional(text(64)), undefined),
  q: z.catch(z.optional(text(200)), undefined),
  sort: z.catch(z.optional(z.enum(MY_WORK_SORTS)), undefined),
});

export type MyWorkSearch = z.infer<typeof myWorkSearchSchema>;
