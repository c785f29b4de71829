import * as z from 'zod/mini';

/** Which document the print page shows: `?report=o42|o43&period=half_year|annual` (defaults: O42, full year). */
export const REPORT_KINDS = ['o42', 'o43'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_PERIODS = ['half_year', 'annual'] as const;

export const reportPrintSearchSchema = z.object({
  report: z.catch(z.optional(z.enum(REPORT_KINDS)), undefined),
  period: z.catch(z.optional(z.enum(REPORT_PERIODS)), undefined),
});
export type ReportPrintSearch = z.infer<typeof reportPrintSearchSchema>;
