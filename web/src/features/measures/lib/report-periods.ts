import { Constants, type Enums } from '@/lib/database.types';
import { fiscalHalfYearRange, fiscalQuarterRange, fiscalYearRange, type DateRange } from '@/lib/dates';

export type ReportPeriod = Enums<'report_period'>;

/** Reporting periods in the order of the fiscal year: Q1–Q4, then the 6-month and the annual report. */
export const REPORT_PERIODS: readonly ReportPeriod[] = Constants.public.Enums.report_period;

/** The dates a period of a B.E. fiscal year covers (FY 2565 Q1 = 1 Oct 2021 – 31 Dec 2021). */
export function reportPeriodRange(fiscalYear: number, period: ReportPeriod): DateRange {
  switch (period) {
    case 'q1':
      return fiscalQuarterRange(fiscalYear, 1);
    case 'q2':
      return fiscalQuarterRange(fiscalYear, 2);
    case 'q3':
      return fiscalQuarterRange(fiscalYear, 3);
    case 'q4':
      return fiscalQuarterRange(fiscalYear, 4);
    case 'half_year':
      return fiscalHalfYearRange(fiscalYear, 1);
    case 'annual':
      return fiscalYearRange(fiscalYear);
  }
}
