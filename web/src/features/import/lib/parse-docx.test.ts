import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { parseItaDocx } from './parse-docx';
import { EXPECTED_PLAN, normalizeDeep } from './plan-test-utils';

const cell = (...paragraphs: Paragraph[]) =>
  new TableCell({ children: paragraphs.length ? paragraphs : [new Paragraph('')] });
const text = (t: string) => new Paragraph(t);
const bullet = (t: string) => new Paragraph({ text: t, bullet: { level: 0 } });

async function buildDocx(rows: TableRow[], preamble: Paragraph[] = defaultPreamble()): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: [...preamble, new Paragraph(''), new Table({ rows }), new Paragraph('ลงชื่อ ผู้อำนวยการเขต')] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function defaultPreamble(): Paragraph[] {
  const bold = (t: string) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] });
  return [
    bold('การดำเนินการตามมาตรการส่งเสริมคุณธรรม'),
    bold('และความโปร่งใสภายในหน่วยงาน'),
    bold('ประจำปีงบประมาณ พ.ศ. 2565'),
    new Paragraph(''),
    bold('สำนักงานเขตดินแดง'),
    text('สำนักงานเขตดินแดง มีผลคะแนนการประเมิน (ITA) ได้คะแนนเท่ากับ 75.28 คะแนน จัดอยู่ในระดับ B ซึ่งแสดงให้เห็น'),
  ];
}

const header = () =>
  new TableRow({
    tableHeader: true,
    children: ['ตัวชี้วัด', 'การวิเคราะห์', 'ผลการวิเคราะห์ของหน่วยงาน', 'มาตรการ'].map((h) => cell(text(h))),
  });

/** One row per indicator; indicator 4 is cut by a "page break" into a continuation row, as in the fixture. */
function indicatorRows(): TableRow[] {
  return EXPECTED_PLAN.indicators.flatMap((ind) => {
    const heading = cell(text(`ตัวชี้วัดที่ ${ind.no} ${ind.name}`), text(`คะแนนเฉลี่ย ${ind.score}`));
    const measures = ind.measures.map((m, i) => (ind.no % 2 ? bullet(m) : text(`${i + 1}. ${m}`)));
    if (ind.no !== 4) {
      return [
        new TableRow({
          children: [heading, cell(text(`- ${ind.analysis}`)), cell(text(ind.agency_analysis)), cell(...measures)],
        }),
      ];
    }
    const cut = (s: string, at: string) => [s.slice(0, s.indexOf(at)), s.slice(s.indexOf(at))];
    const [a1, a2] = cut(ind.analysis, 'ทรัพย์สินของราชการ ไปเป็น');
    const [g1, g2] = cut(ind.agency_analysis, 'ราชการ โดยมีต้อง');
    const [m1, m2] = cut(ind.measures[0]!, 'ตรวจสอบการใช้');
    return [
      new TableRow({ children: [heading, cell(text(a1!)), cell(text(g1!)), cell(text(`- ${m1}`))] }),
      new TableRow({ children: [cell(), cell(text(a2!)), cell(text(g2!)), cell(text(m2!))] }),
    ];
  });
}

describe('parseItaDocx', () => {
  it('reads a 4-column table built with docx back into the expected plan', async () => {
    const bytes = await buildDocx([header(), ...indicatorRows()]);
    const result = await parseItaDocx(bytes);
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
    expect(result.format).toBe('docx');
    expect(result.problems.map((p) => p.code)).toEqual(['missing_indicators']);
  });

  it('turns list paragraphs and manual line breaks in a cell into separate measures', async () => {
    const measures = cell(
      new Paragraph({ children: [new TextRun('ใช้ระบบคิวออนไลน์'), new TextRun({ text: 'ประชาสัมพันธ์ช่องทาง', break: 1 })] }),
      bullet('รับฟังความคิดเห็น'),
    );
    const row = new TableRow({
      children: [cell(text('ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน คะแนนเฉลี่ย 67.85')), cell(text('ก')), cell(text('ข')), measures],
    });
    const result = await parseItaDocx(await buildDocx([header(), row]));
    expect(result.plan!.indicators[0]).toMatchObject({
      no: 8,
      group: 'EIT',
      measures: ['ใช้ระบบคิวออนไลน์', 'ประชาสัมพันธ์ช่องทาง', 'รับฟังความคิดเห็น'],
    });
  });

  it('reports a Word file without an indicator table', async () => {
    const doc = new Document({ sections: [{ children: [text('มาตรการ ประจำปีงบประมาณ พ.ศ. 2565')] }] });
    const result = await parseItaDocx(new Uint8Array(await Packer.toBuffer(doc)));
    expect(result.plan).toBeNull();
    expect(result.problems).toMatchObject([{ severity: 'error', code: 'no_table', line: null }]);
  });

  it('reports bytes that are not a .docx as unreadable', async () => {
    const result = await parseItaDocx(new TextEncoder().encode('not a zip'));
    expect(result.plan).toBeNull();
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'unreadable_file' });
    expect(result.problems[0]!.message_th).toMatch(/^อ่านไฟล์ไม่ได้/);
  });
});
