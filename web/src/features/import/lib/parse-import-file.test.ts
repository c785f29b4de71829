import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { buildImportTemplateCsv, buildImportTemplateXlsx } from './build-import-template';
import { parseImportFile } from './parse-import-file';
import { EXPECTED_PLAN, FIXTURE_TEXT, normalizeDeep, withoutDetails } from './plan-test-utils';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}

async function smallDocx(): Promise<Uint8Array> {
  const row = (cells: string[]) =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565'),
          new Paragraph('สำนักงานเขตดินแดง'),
          new Table({
            rows: [
              row(['ตัวชี้วัด', 'การวิเคราะห์', 'ผลการวิเคราะห์ของหน่วยงาน', 'มาตรการ']),
              row(['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ คะแนนเฉลี่ย 86.39', 'ก', 'ข', '- ม1 - ม2']),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('parseImportFile', () => {
  it('reads the fixture as UTF-8 text with a BOM and CRLF line ends', async () => {
    const result = await parseImportFile('ita-2565.txt', utf8('\uFEFF' + FIXTURE_TEXT.replace(/\n/g, '\r\n')));
    expect(result.format).toBe('text');
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
  });

  it('reads UTF-16 text saved by Notepad', async () => {
    const result = await parseImportFile('ITA.TXT', utf16le(FIXTURE_TEXT));
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
  });

  it('picks the reader from the MIME type, or from the zip contents when the name says nothing', async () => {
    const docx = await smallDocx();
    const byMime = await parseImportFile('upload', docx, {
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const sniffed = await parseImportFile('upload', docx);
    for (const result of [byMime, sniffed]) {
      expect(result.format).toBe('docx');
      expect(result.plan!.indicators[0]).toMatchObject({ no: 1, score: 86.39, measures: ['ม1', 'ม2'] });
    }
    expect((await parseImportFile('blob', await buildImportTemplateXlsx({ plan: EXPECTED_PLAN }))).format).toBe('xlsx');
  });

  it('reads the xlsx and csv templates', async () => {
    const xlsx = await parseImportFile('แผน.xlsx', await buildImportTemplateXlsx({ plan: EXPECTED_PLAN }));
    const csv = await parseImportFile('แผน.csv', utf8(buildImportTemplateCsv({ plan: EXPECTED_PLAN })));
    for (const result of [xlsx, csv]) {
      expect(withoutDetails(result.plan)).toEqual(EXPECTED_PLAN);
      expect(result.plan!.indicators[0]!.measure_details).toEqual([
        { department: null, due_date: null },
        { department: null, due_date: null },
        { department: null, due_date: null },
      ]);
    }
  });

  it('refuses an unsupported file type with a Thai and English message', async () => {
    const result = await parseImportFile('plan.pdf', utf8('%PDF-1.7'));
    expect(result).toEqual({
      format: null,
      plan: null,
      problems: [
        {
          line: null,
          severity: 'error',
          code: 'unsupported_format',
          message_th: 'ไม่รองรับไฟล์ประเภท ".pdf" (รองรับ .txt .md .docx .xlsx .csv)',
          message_en: 'Unsupported file type ".pdf" (supported: .txt .md .docx .xlsx .csv)',
        },
      ],
    });
  });
});
