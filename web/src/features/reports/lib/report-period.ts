import type { ReportMeasure, ReportModel } from './report-model';
import { bangkokIsoDate, formatThaiRange } from './thai-date';

/**
 * O43 reporting periods of a Thai fiscal year (1 Oct – 30 Sep, named by the B.E. year it ends in):
 * the 6-month report (1 Oct – 31 Mar) and the full year. Names match the `report_period` enum.
 */

export type ReportPeriodKind = 'half_year' | 'annual';

export interface ReportPeriod {
  kind: ReportPeriodKind;
  fiscal_year_be: number;
  /** First day, ISO C.E., inclusive. */
  start: string;
  /** Last day, ISO C.E., inclusive. */
  end: string;
  /** "รอบ 6 เดือน (1 ต.ค. 2564 – 31 มี.ค. 2565)" */
  label: string;
}

const KIND_LABEL: Record<ReportPeriodKind, string> = { half_year: 'รอบ 6 เดือน', annual: 'รอบ 12 เดือน' };

/** Status shown for a measure that was completed only after the end of the period. */
export const IN_PROGRESS_AT_PERIOD_END = 'อยู่ระหว่างดำเนินการ';

export function reportPeriod(fiscalYearBe: number, kind: ReportPeriodKind): ReportPeriod {
  const endYearCe = fiscalYearBe - 543;
  const start = `${endYearCe - 1}-10-01`;
  const end = kind === 'half_year' ? `${endYearCe}-03-31` : `${endYearCe}-09-30`;
  return {
    kind,
    fiscal_year_be: fiscalYearBe,
    start,
    end,
    label: `${KIND_LABEL[kind]} (${formatThaiRange(start, end)})`,
  };
}

/** A measure belongs to a period when its start–due range overlaps it (a missing end is open). */
export function isMeasureInPeriod(m: ReportMeasure, period: ReportPeriod): boolean {
  const start = m.start_date ?? m.due_date;
  const due = m.due_date ?? m.start_date;
  return (start === null || start <= period.end) && (due === null || due >= period.start);
}

/**
 * The model as of a period: measures outside it are left out, and a completion after the period's end is
 * not shown (the status becomes "อยู่ระหว่างดำเนินการ"). Progress narratives are taken as given: the caller
 * supplies the ones reported for this period.
 */
export function modelForPeriod(model: ReportModel, period: ReportPeriod): ReportModel {
  return {
    ...model,
    indicators: model.indicators.map((ind) => ({
      ...ind,
      measures: ind.measures
        .filter((m) => isMeasureInPeriod(m, period))
        .map((m) => {
          const done = m.completed_at ? bangkokIsoDate(m.completed_at) : null;
          return done && done > period.end ? { ...m, completed_at: null, status: IN_PROGRESS_AT_PERIOD_END } : m;
        }),
    })),
  };
}
