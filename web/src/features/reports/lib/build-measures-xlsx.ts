import ExcelJS from 'exceljs';
import type { ReportModel } from './report-model';
import { formatBeNumeric, formatThaiDateTime } from './thai-date';

/**
 * Every measure of the plan with its fields, one row per measure, Thai headers, B.E. dates as text.
 * The first nine columns and the metadata sheet follow the import template (import/lib/TEMPLATE.md):
 * importing this file gives back the plan. The headers must stay "Thai label (key)" with the template's keys.
 */

const COLUMNS = [
  ['indicator_no', 'ตัวชี้วัดที่', 10],
  ['indicator_name', 'ชื่อตัวชี้วัด', 28],
  ['group', 'กลุ่ม', 8],
  ['score', 'คะแนน', 9],
  ['analysis', 'การวิเคราะห์', 45],
  ['agency_analysis', 'ผลการวิเคราะห์ของหน่วยงาน', 45],
  ['measure', 'มาตรการ', 45],
  ['department', 'หน่วยงานรับผิดชอบ', 22],
  ['due_date', 'กำหนดแล้วเสร็จ', 14],
  ['start_date', 'วันเริ่มดำเนินการ', 14],
  ['status', 'สถานะ', 18],
  ['completed_at', 'วันที่แล้วเสร็จ', 14],
  ['progress', 'ผลการดำเนินงาน', 50],
  ['evidence', 'หลักฐาน', 40],
] as const;

type ColumnKey = (typeof COLUMNS)[number][0];
const TEXT_DATE_COLUMNS: ColumnKey[] = ['due_date', 'start_date', 'completed_at'];

type MeasureRow = Record<ColumnKey, string | number | null>;

export function measureRows(model: ReportModel): MeasureRow[] {
  return model.indicators.flatMap((ind): MeasureRow[] => {
    const base = {
      indicator_no: ind.no,
      indicator_name: ind.name,
      group: ind.group,
      score: ind.score,
      analysis: ind.analysis,
      agency_analysis: ind.agency_analysis,
    };
    const empty = {
      measure: null,
      department: null,
      due_date: null,
      start_date: null,
      status: null,
      completed_at: null,
      progress: null,
      evidence: null,
    };
    if (ind.measures.length === 0) return [{ ...base, ...empty }];
    return ind.measures.map((m) => ({
      ...base,
      measure: m.title,
      department: m.department,
      due_date: formatBeNumeric(m.due_date) || null,
      start_date: formatBeNumeric(m.start_date) || null,
      status: m.status,
      completed_at: formatBeNumeric(m.completed_at) || null,
      progress: m.progress,
      evidence: m.evidence.map((e) => `${e.filename} (${e.url})`).join('\n') || null,
    }));
  });
}

export async function buildMeasuresXlsx(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.generated_by;
  wb.created = new Date(model.generated_at);

  const meta = wb.addWorksheet('ข้อมูลทั่วไป');
  meta.columns = [{ width: 32 }, { width: 80 }];
  meta.addRow(['รายการ', 'ค่า']).font = { bold: true };
  meta.addRow(['หน่วยงาน (agency)', model.agency]);
  meta.addRow(['ปีงบประมาณ พ.ศ. (fiscal_year_be)', model.fiscal_year_be]);
  meta.addRow(['ชื่อเอกสาร (title)', model.title]);
  meta.addRow(['คะแนน ITA (ita_score)', model.ita_score]);
  meta.addRow(['ระดับผลการประเมิน (ita_grade)', model.ita_grade]);
  meta.addRow(['จัดทำเมื่อ', formatThaiDateTime(model.generated_at)]);
  meta.addRow(['จัดทำโดย', model.generated_by]);

  const sheet = wb.addWorksheet('มาตรการ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(([key, , width]) => ({ key, width }));
  const header = sheet.addRow(COLUMNS.map(([key, label]) => `${label} (${key})`));
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } }));
  for (const key of TEXT_DATE_COLUMNS) sheet.getColumn(key).numFmt = '@';
  for (const row of measureRows(model)) {
    sheet.addRow(COLUMNS.map(([key]) => row[key])).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
