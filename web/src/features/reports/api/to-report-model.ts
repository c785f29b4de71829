import type { ReportData } from '@/features/reports/api/get-report-data';
import type { ReportMeasure, ReportModel } from '@/features/reports/lib/report-model';
import { modelForPeriod, reportPeriod, type ReportPeriodKind } from '@/features/reports/lib/report-period';
import { bangkokIsoDate } from '@/features/reports/lib/thai-date';

/**
 * The report model (lib/report-model.ts) from the rows the user may read. Reports are official Thai documents,
 * so their wording is Thai whatever the screen language.
 */

/** Measure statuses as the published O43 says them; cancelled measures are left out of the reports. */
const STATUS_TH = {
  not_started: 'ยังไม่ได้ดำเนินการ',
  in_progress: 'อยู่ระหว่างดำเนินการ',
  submitted: 'อยู่ระหว่างดำเนินการ',
  returned: 'อยู่ระหว่างดำเนินการ',
  approved: 'ดำเนินการแล้วเสร็จ',
  cancelled: 'ยกเลิก',
} as const;

const PERIOD_TH = {
  q1: 'ไตรมาสที่ 1',
  q2: 'ไตรมาสที่ 2',
  q3: 'ไตรมาสที่ 3',
  q4: 'ไตรมาสที่ 4',
  half_year: 'รอบ 6 เดือน',
  annual: 'รอบ 12 เดือน',
} as const;
type ProgressPeriod = keyof typeof PERIOD_TH;

/** Progress reports that belong to each report period, in the order they are told. */
const PERIODS_IN: Record<ReportPeriodKind, readonly ProgressPeriod[]> = {
  half_year: ['q1', 'q2', 'half_year'],
  annual: ['q1', 'q2', 'half_year', 'q3', 'q4', 'annual'],
};

export interface ModelOptions {
  period: ReportPeriodKind;
  /** The app's origin, e.g. https://ita.example.go.th: evidence links open the measure's page there. */
  appOrigin: string;
  generatedBy: { fullName: string; position: string | null };
  /** ISO timestamp; default now. */
  generatedAt?: string;
}

/** The absolute address of a measure's page (signed file URLs expire; the page lists the current files). */
export const measurePageUrl = (appOrigin: string, measureId: string) =>
  `${appOrigin.replace(/\/+$/, '')}/measures/${measureId}`;

export function toReportModel(data: ReportData, options: ModelOptions): ReportModel {
  const period = reportPeriod(data.plan.fiscal_year, options.period);
  const included = PERIODS_IN[options.period];

  const measureModel = (m: ReportData['measures'][number]): ReportMeasure => {
    const progress = data.progress
      .filter((p) => p.measure_id === m.id && included.includes(p.period) && p.narrative.trim() !== '')
      .sort((a, b) => included.indexOf(a.period) - included.indexOf(b.period))
      .map((p) => `${PERIOD_TH[p.period]} (ร้อยละ ${p.percent}): ${p.narrative.trim()}`);
    const evidence = data.evidence
      .filter((e) => e.measure_id === m.id && (e.effective_date ?? bangkokIsoDate(e.created_at) ?? '') <= period.end)
      .map((e) => ({ filename: e.original_filename, url: measurePageUrl(options.appOrigin, m.id) }));
    return {
      title: m.title,
      department: m.department?.name ?? null,
      start_date: m.start_date,
      due_date: m.due_date,
      status: STATUS_TH[m.status],
      completed_at: m.status === 'approved' ? m.approved_at : null,
      progress: progress.length ? progress.join('\n') : null,
      evidence,
    };
  };

  const position = options.generatedBy.position?.trim();
  const model: ReportModel = {
    agency: data.organization,
    fiscal_year_be: data.plan.fiscal_year,
    title: data.plan.title,
    ita_score: data.plan.ita_score,
    ita_grade: data.plan.ita_grade,
    generated_at: options.generatedAt ?? new Date().toISOString(),
    generated_by: position ? `${options.generatedBy.fullName} (${position})` : options.generatedBy.fullName,
    indicators: data.indicators.map((ind) => ({
      no: ind.no,
      name: ind.name,
      group: ind.group,
      score: ind.score,
      analysis: ind.analysis,
      agency_analysis: ind.agency_analysis,
      measures: data.measures
        .filter((m) => m.plan_indicator_id === ind.id && m.status !== 'cancelled')
        .map(measureModel),
    })),
  };
  // What was known at the end of the period: measures outside it left out, later completions not shown.
  return modelForPeriod(model, period);
}

export function countMeasures(model: ReportModel): number {
  return model.indicators.reduce((n, i) => n + i.measures.length, 0);
}
