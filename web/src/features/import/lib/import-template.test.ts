import ExcelJS from 'exceljs';
import { buildImportTemplateCsv, buildImportTemplateXlsx } from './build-import-template';
import type { ImportedPlan } from './imported-plan-schema';
import { parseTemplateCsv } from './parse-csv';
import { parseTemplateXlsx } from './parse-xlsx';
import { EXPECTED_PLAN } from './plan-test-utils';

const DEPARTMENTS = ['ฝ่ายปกครอง', 'ฝ่ายการคลัง', 'ฝ่ายทะเบียน'];

/** The fixture plan with a department and a due date on every measure (what the template carries). */
const PLAN: ImportedPlan = {
  ...EXPECTED_PLAN,
  indicators: EXPECTED_PLAN.indicators.map((ind) => ({
    ...ind,
    measure_details: ind.measures.map((_, i) => ({
      department: DEPARTMENTS[(ind.no + i) % 3]!,
      due_date: i === 1 ? null : `2022-0${(ind.no % 9) + 1}-${10 + i}`,
    })),
  })),
};
const codes = (r: { problems: { code: string; line: number | null }[] }) =>
  r.problems.map((p) => `${p.code}@${p.line}`);

describe('import template round trip', () => {
  it('reads back the plan written into the xlsx template', async () => {
    const result = await parseTemplateXlsx(await buildImportTemplateXlsx({ plan: PLAN }));
    expect(result.plan).toEqual(PLAN);
    expect(codes(result)).toEqual(['missing_indicators@null']);
  });

  it('reads back the plan written into the csv template', () => {
    const csv = buildImportTemplateCsv({ plan: PLAN });
    expect(csv.startsWith('\uFEFFหน่วยงาน (agency),สำนักงานเขตดินแดง\r\n')).toBe(true);
    const result = parseTemplateCsv(csv);
    expect(result.plan).toEqual(PLAN);
    expect(codes(result)).toEqual(['missing_indicators@null']);
  });

  it('pre-fills an empty template with the indicators of the year', async () => {
    const bytes = await buildImportTemplateXlsx({ fiscalYearBe: 2565 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['ข้อมูลทั่วไป', 'มาตรการ']);
    const sheet = wb.getWorksheet('มาตรการ')!;
    expect(sheet.getRow(1).getCell(9).value).toBe('กำหนดแล้วเสร็จ (due_date)');
    expect(sheet.getRow(11).values).toEqual([undefined, 10, 'การป้องกันการทุจริต', 'OIT']);
    const result = await parseTemplateXlsx(bytes);
    expect(result.plan!.indicators.map((i) => [i.no, i.group, i.measures.length])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((no) => [no, no <= 5 ? 'IIT' : no <= 8 ? 'EIT' : 'OIT', 0]),
    );
    expect(codes(result)).toContain('missing_agency@null');
    expect(codes(result)).toContain('no_measures@11');
  });
});

describe('parseTemplateCsv on hand-written files', () => {
  const header = 'ตัวชี้วัดที่;ชื่อตัวชี้วัด;กลุ่ม;คะแนน;การวิเคราะห์;ผลการวิเคราะห์ของหน่วยงาน;มาตรการ;หน่วยงานรับผิดชอบ;กำหนดแล้วเสร็จ';

  it('accepts Thai headers, semicolons, Thai digits, blank indicator cells and multi-line quoted cells', () => {
    const csv = [
      'หน่วยงาน;สำนักงานเขตดินแดง',
      'ปีงบประมาณ พ.ศ.;๒๕๖๕',
      'คะแนน ITA;๗๕.๒๘',
      'ระดับผลการประเมิน;B',
      header,
      '๑;การปฏิบัติหน้าที่;;๘๖.๓๙;"วิเคราะห์ ""ก""";ผล;"เผยแพร่ขั้นตอน\r\nทุกไตรมาส";ฝ่ายปกครอง;๓๐/๐๙/๒๕๖๕',
      ';;;;;;จัดทำประกาศ;ฝ่ายปกครอง;1-3-2565',
    ].join('\r\n');
    const result = parseTemplateCsv(csv);
    expect(result.plan).toEqual({
      agency: 'สำนักงานเขตดินแดง',
      fiscal_year_be: 2565,
      title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565',
      ita_score: 75.28,
      ita_grade: 'B',
      indicators: [
        {
          no: 1,
          name: 'การปฏิบัติหน้าที่',
          group: 'IIT',
          score: 86.39,
          analysis: 'วิเคราะห์ "ก"',
          agency_analysis: 'ผล',
          measures: ['เผยแพร่ขั้นตอน ทุกไตรมาส', 'จัดทำประกาศ'],
          measure_details: [
            { department: 'ฝ่ายปกครอง', due_date: '2022-09-30' },
            { department: 'ฝ่ายปกครอง', due_date: '2022-03-01' },
          ],
        },
      ],
    });
    expect(codes(result)).toEqual(['missing_indicators@null']);
  });

  it('reports bad dates, C.E. years, group mismatches, conflicts and orphan rows with their lines', () => {
    const csv = [
      'fiscal_year_be,2565',
      'agency,เขตทดสอบ',
      'ita_score,80',
      'ita_grade,A',
      'indicator_no,indicator_name,group,score,analysis,agency_analysis,measure,department,due_date',
      ',,,,,,มาตรการลอย,,',
      '6,คุณภาพการดำเนินงาน,IIT,64.15,ก,ข,ม1,,31/02/2565',
      '6,ชื่ออื่น,,,,,ม2,,2022-09-30',
      '6,,,,,,ม3,,30/09/2022',
      '7,ประสิทธิภาพการสื่อสาร,EIT,,ก,ข,,ฝ่ายปกครอง,',
    ].join('\n');
    const result = parseTemplateCsv(csv);
    expect(codes(result)).toEqual([
      'missing_indicators@null',
      'orphan_row@6',
      'group_mismatch@7',
      'invalid_due_date@7',
      'conflicting_value@8',
      'invalid_due_date@8',
      'ce_year_assumed@9',
      'missing_score@10',
      'detail_without_measure@10',
      'no_measures@10',
    ]);
    expect(result.problems.find((p) => p.code === 'ce_year_assumed')!.message_th).toBe(
      'วันที่ "30/09/2022" ใช้ปี ค.ศ. แปลงเป็น พ.ศ. 2565',
    );
    expect(result.plan!.indicators[0]).toMatchObject({
      group: 'IIT',
      measures: ['ม1', 'ม2', 'ม3'],
      measure_details: [
        { department: null, due_date: null },
        { department: null, due_date: null },
        { department: null, due_date: '2022-09-30' },
      ],
    });
  });

  it('fails without a fiscal year', () => {
    const result = parseTemplateCsv('indicator_no,indicator_name,measure\n1,การปฏิบัติหน้าที่,ม1\n');
    expect(result.plan).toBeNull();
    expect(result.problems[0]).toMatchObject({ code: 'missing_fiscal_year', severity: 'error' });
  });
});

describe('parseTemplateXlsx on hand-made workbooks', () => {
  it('reads date cells, rich text and formulas, and metadata above the header', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('Sheet1');
    s.addRow(['fiscal_year_be', 2565]);
    s.addRow(['agency', { richText: [{ text: 'สำนักงานเขต' }, { text: 'ดินแดง' }] }]);
    s.addRow(['ita_score', { formula: '70+5.28', result: 75.28 }]);
    s.addRow(['ita_grade', 'B']);
    s.addRow(['indicator_no', 'indicator_name', 'measure', 'department', 'due_date']);
    s.addRow([1, 'การปฏิบัติหน้าที่', 'ม1', 'ฝ่ายปกครอง', new Date(Date.UTC(2022, 8, 30))]);
    s.addRow([1, null, 'ม2', null, new Date(Date.UTC(2565, 2, 31))]);
    const result = await parseTemplateXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(result.plan).toMatchObject({ agency: 'สำนักงานเขตดินแดง', ita_score: 75.28, fiscal_year_be: 2565 });
    expect(result.plan!.indicators[0]!.measure_details).toEqual([
      { department: 'ฝ่ายปกครอง', due_date: '2022-09-30' },
      { department: null, due_date: '2022-03-31' },
    ]);
  });

  it('reports a file that is not a workbook', async () => {
    const result = await parseTemplateXlsx(new TextEncoder().encode('hello'));
    expect(result.problems[0]).toMatchObject({ code: 'unreadable_file', severity: 'error' });
  });
});
