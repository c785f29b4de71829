import mammoth from 'mammoth';
import { buildO42Docx, MIN_INDICATOR_COLUMN } from './build-o42-docx';
import { THAI_FONT } from './docx-thai';
import { fixtureReportModel, FIXTURE_PLAN, readDocx } from './report-test-model';

describe('buildO42Docx', () => {
  const model = fixtureReportModel();

  it('writes the title, agency, score paragraph, every indicator and every measure', async () => {
    const { paragraphs } = await readDocx(await buildO42Docx(model));
    expect(paragraphs.slice(0, 4)).toEqual([
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'ประจำปีงบประมาณ พ.ศ. 2565',
      'สำนักงานเขตดินแดง',
      'สำนักงานเขตดินแดง มีผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ได้คะแนนเท่ากับ 75.28 คะแนน จัดอยู่ในระดับ B',
    ]);
    for (const ind of FIXTURE_PLAN.indicators) {
      expect(paragraphs).toContain(`ตัวชี้วัดที่ ${ind.no} ${ind.name}`);
      expect(paragraphs).toContain(`(${ind.group}) คะแนนเฉลี่ย ${ind.score.toFixed(2)}`);
      expect(paragraphs).toContain(ind.analysis);
      expect(paragraphs).toContain(ind.agency_analysis);
      ind.measures.forEach((m, i) => expect(paragraphs).toContain(`${i + 1}. ${m}`));
    }
    expect(paragraphs).toContain('ผู้รับผิดชอบ: ฝ่ายปกครอง');
    expect(paragraphs).toContain('ระยะเวลา: 1 ต.ค. 2564 – 30 ก.ย. 2565');
    expect(paragraphs).toContain('ระยะเวลา: 1 ต.ค. 2564 – 31 มี.ค. 2565');
  });

  it('has one header row repeated on every page and one row per indicator, with a minimum indicator column', async () => {
    const { document } = await readDocx(await buildO42Docx(model));
    expect(document.match(/<w:tr[ >]/g)).toHaveLength(1 + FIXTURE_PLAN.indicators.length);
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(document)![0];
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(4);
    expect(grid[0]).toBeGreaterThanOrEqual(MIN_INDICATOR_COLUMN);
    expect(document).toMatch(/<w:tblBorders><w:top w:val="single"/);
    for (const label of ['ตัวชี้วัด', 'การวิเคราะห์', 'ผลการวิเคราะห์ของหน่วยงาน', 'มาตรการ'])
      expect(firstRow).toContain(`>${label}<`);
  });

  it('sets the Thai font in the complex-script slot, its size and bold, and the th-TH language', async () => {
    const { document } = await readDocx(await buildO42Docx(model));
    expect(document).toContain(
      `<w:rFonts w:ascii="${THAI_FONT}" w:cs="${THAI_FONT}" w:eastAsia="${THAI_FONT}" w:hAnsi="${THAI_FONT}"/>`,
    );
    expect(document).toContain('<w:lang w:val="th-TH" w:eastAsia="th-TH" w:bidi="th-TH"/>');
    expect(document).toContain('<w:bCs/>');
    expect(document).toContain('<w:szCs w:val="32"/>');
    const runs = document.match(/<w:r>[\s\S]*?<\/w:r>/g)!;
    expect(runs.every((r) => r.includes(`w:cs="${THAI_FONT}"`))).toBe(true);
  });

  it('is A4 landscape by default (portrait on request), with the generated-by footer', async () => {
    const landscape = await readDocx(await buildO42Docx(model));
    expect(landscape.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(landscape.footer).toContain('จัดทำเมื่อ 5 ต.ค. 2565 10:30 น. โดย นางสาวสมศรี ใจดี (ผู้ประสานงาน ITA)');
    expect(landscape.footer).toContain('PAGE');
    const portrait = await readDocx(await buildO42Docx(model, { orientation: 'portrait' }));
    expect(portrait.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/);
    const grid = [...portrait.document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[0]).toBe(MIN_INDICATOR_COLUMN);
  });

  it('is a document mammoth can read, with the table', async () => {
    const bytes = await buildO42Docx(model);
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(value).toContain('<table>');
    expect(value).toContain('ตัวชี้วัดที่ 8 การปรับปรุงกระบวนการ');
  });
});
