import ExcelJS from 'exceljs';
// The export is designed for the importer: this test holds the two features to one template.
import { parseImportFile } from '@/features/import/lib/parse-import-file';
import { buildMeasuresXlsx } from '@/features/reports/lib/build-measures-xlsx';
import type { ReportModel } from '@/features/reports/lib/report-model';
import { fixtureReportModel, FIXTURE_PLAN } from '@/features/reports/lib/report-test-model';

/** The plan the model came from, with the department and due date of each measure. */
function planOf(model: ReportModel) {
  return {
    agency: model.agency,
    fiscal_year_be: model.fiscal_year_be,
    title: model.title,
    ita_score: model.ita_score,
    ita_grade: model.ita_grade,
    indicators: model.indicators.map((ind) => ({
      no: ind.no,
      name: ind.name,
      group: ind.group,
      score: ind.score,
      analysis: ind.analysis,
      agency_analysis: ind.agency_analysis,
      measures: ind.measures.map((m) => m.title),
      measure_details: ind.measures.map((m) => ({ department: m.department, due_date: m.due_date })),
    })),
  };
}

describe('buildMeasuresXlsx', () => {
  it('imports back into the same plan', async () => {
    const model = fixtureReportModel();
    const result = await parseImportFile('มาตรการ-2565.xlsx', await buildMeasuresXlsx(model));
    expect(result.plan).toEqual(planOf(model));
    expect(result.problems.map((p) => p.code)).toEqual(['missing_indicators']);
  });

  it('imports back an indicator without measures, a measure without department or date, and a missing score', async () => {
    const model = fixtureReportModel();
    model.indicators[7]!.measures = [];
    model.indicators[6]!.score = null;
    Object.assign(model.indicators[5]!.measures[0]!, { department: null, due_date: null });
    const result = await parseImportFile('export.xlsx', await buildMeasuresXlsx(model));
    expect(result.plan).toEqual(planOf(model));
    expect(result.problems.map((p) => p.code)).toEqual(['missing_indicators', 'missing_score', 'no_measures']);
  });

  it('lists every measure with Thai headers and B.E. dates as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildMeasuresXlsx(fixtureReportModel())).buffer as ArrayBuffer);
    const sheet = wb.getWorksheet('มาตรการ')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'ตัวชี้วัดที่ (indicator_no)',
      'ชื่อตัวชี้วัด (indicator_name)',
      'กลุ่ม (group)',
      'คะแนน (score)',
      'การวิเคราะห์ (analysis)',
      'ผลการวิเคราะห์ของหน่วยงาน (agency_analysis)',
      'มาตรการ (measure)',
      'หน่วยงานรับผิดชอบ (department)',
      'กำหนดแล้วเสร็จ (due_date)',
      'วันเริ่มดำเนินการ (start_date)',
      'สถานะ (status)',
      'วันที่แล้วเสร็จ (completed_at)',
      'ผลการดำเนินงาน (progress)',
      'หลักฐาน (evidence)',
    ]);
    expect(sheet.rowCount).toBe(1 + FIXTURE_PLAN.indicators.reduce((n, i) => n + i.measures.length, 0));
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(first).toEqual([
      1,
      'การปฏิบัติหน้าที่',
      'IIT',
      86.39,
      FIXTURE_PLAN.indicators[0]!.analysis,
      FIXTURE_PLAN.indicators[0]!.agency_analysis,
      FIXTURE_PLAN.indicators[0]!.measures[0],
      'ฝ่ายปกครอง',
      '30/09/2565',
      '01/10/2564',
      'ดำเนินการแล้วเสร็จ',
      '20/01/2565',
      'ดำเนินการแล้ว ครั้งที่ 1\nรายงานผลต่อผู้อำนวยการเขต',
      'หลักฐาน-1.pdf (https://example.go.th/evidence/1.pdf?a=1&b=2)\nภาพกิจกรรม-1.jpg (https://example.go.th/evidence/1.jpg)',
    ]);
    expect(sheet.getColumn(9).numFmt).toBe('@');
    const meta = wb.getWorksheet('ข้อมูลทั่วไป')!;
    expect(meta.getRow(7).values).toEqual([undefined, 'จัดทำเมื่อ', '5 ต.ค. 2565 10:30 น.']);
  });
});
