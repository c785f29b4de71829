/**
 * What the O42/O43 reports and the measures export are generated from. The app builds it from the
 * database (plan, indicators, measures, progress, evidence); the generators are pure functions of it.
 * Dates are ISO C.E. ("2022-09-30"); they are shown in Thai B.E.
 */

export interface ReportEvidence {
  filename: string;
  url: string;
}

export interface ReportMeasure {
  title: string;
  /** Owner department (ฝ่าย). */
  department: string | null;
  start_date: string | null;
  due_date: string | null;
  /** Status as its Thai label, e.g. "ดำเนินการแล้วเสร็จ". */
  status: string | null;
  /** ISO date (or timestamp) when the measure was completed/approved. */
  completed_at: string | null;
  /** What was done (ผลการดำเนินงาน). */
  progress: string | null;
  evidence: ReportEvidence[];
}

export interface ReportIndicator {
  no: number;
  name: string;
  group: string | null;
  score: number | null;
  analysis: string;
  agency_analysis: string;
  measures: ReportMeasure[];
}

export interface ReportModel {
  agency: string;
  fiscal_year_be: number;
  /** The plan's own title (kept for the export; the DOCX headings are the official O42/O43 titles). */
  title: string;
  ita_score: number | null;
  ita_grade: string | null;
  /** The overall score paragraph; generated from agency/score/grade when absent (see `scoreParagraph`). */
  score_paragraph?: string | null;
  /** ISO timestamp. */
  generated_at: string;
  /** Who generated the report (name, position). */
  generated_by: string;
  indicators: ReportIndicator[];
}

export const O42_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const O43_TITLE = 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

export function fiscalYearLine(fiscalYearBe: number): string {
  return `ประจำปีงบประมาณ พ.ศ. ${fiscalYearBe}`;
}

export function formatScore(score: number | null): string {
  return score === null ? '-' : score.toFixed(2);
}

/** "สำนักงานเขตดินแดง มีผลคะแนน… (ITA) ได้คะแนนเท่ากับ 75.28 คะแนน จัดอยู่ในระดับ B" */
export function scoreParagraph(model: ReportModel): string {
  if (model.score_paragraph) return model.score_paragraph;
  const score = model.ita_score === null ? 'ยังไม่มีผลคะแนน' : `ได้คะแนนเท่ากับ ${formatScore(model.ita_score)} คะแนน`;
  const grade = model.ita_grade ? ` จัดอยู่ในระดับ ${model.ita_grade}` : '';
  return `${model.agency} มีผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ${score}${grade}`;
}

/** "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" and "(IIT) คะแนนเฉลี่ย 86.39". */
export function indicatorHeading(ind: ReportIndicator): { title: string; detail: string } {
  const group = ind.group ? `(${ind.group}) ` : '';
  return { title: `ตัวชี้วัดที่ ${ind.no} ${ind.name}`, detail: `${group}คะแนนเฉลี่ย ${formatScore(ind.score)}` };
}
