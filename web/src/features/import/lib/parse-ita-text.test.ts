import { parseItaText } from './parse-ita-text';
import { EXPECTED_PLAN, expectedWith, FIXTURE_TEXT, fixtureLine, normalizeDeep, replaceLine } from './plan-test-utils';

const codes = (r: ReturnType<typeof parseItaText>) => r.problems.map((p) => `${p.severity}:${p.code}@${p.line}`);
const MEASURES_1 = EXPECTED_PLAN.indicators[0]!.measures;

describe('parseItaText on the Din Daeng 2565 fixture', () => {
  it('reads exactly the expected plan', () => {
    const result = parseItaText(FIXTURE_TEXT);
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
  });

  it('reports only that indicators 9 and 10 are missing, in Thai and English', () => {
    const result = parseItaText(FIXTURE_TEXT);
    expect(result.problems).toEqual([
      {
        line: null,
        severity: 'warning',
        code: 'missing_indicators',
        message_th: 'ไม่พบตัวชี้วัดที่ 9, 10 ของปีงบประมาณ 2565',
        message_en: 'Indicators 9, 10 of fiscal year 2565 were not found',
      },
    ]);
  });

  it('joins a continuation row to the previous indicator without a space and continues the cut bullet', () => {
    const plan = parseItaText(FIXTURE_TEXT).plan!;
    const four = plan.indicators[3]!;
    expect(four.analysis).toContain('ไม่มีการเอาทรัพย์สินของราชการ ไปเป็นของส่วนตัว');
    expect(four.agency_analysis).toContain('ของทางราชการ โดยมีต้องใช้เงิน');
    expect(four.measures).toEqual([
      'ประกาศกฎระเบียบหรือขั้นตอนการใช้ทรัพย์สินของทางราชการ เพื่อความโปร่งใสในการขออนุญาตใช้ทรัพย์สิน และการพิจารณาอนุมัติของผู้มีอำนาจ รวมถึงใช้ในการตรวจสอบการใช้ทรัพย์สินต่างๆของราชการ',
    ]);
  });
});

describe('parseItaText on variations of the document', () => {
  it('reads Thai digits in indicator numbers, scores and the fiscal year', () => {
    const thai = FIXTURE_TEXT.replace('ตัวชี้วัดที่ 1 ', 'ตัวชี้วัดที่ ๑ ')
      .replace('86.39', '๘๖.๓๙')
      .replace('75.28', '๗๕.๒๘')
      .replace('พ.ศ. 2565**', 'พ.ศ. ๒๕๖๕**');
    const result = parseItaText(thai);
    // Text fields keep the digits as written; numbers are read from either.
    const title = EXPECTED_PLAN.title.replace('2565', '๒๕๖๕');
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep({ ...EXPECTED_PLAN, title }));
  });

  it('reads CRLF and old-Mac CR line endings with the same line numbers', () => {
    for (const eol of ['\r\n', '\r']) {
      const result = parseItaText(FIXTURE_TEXT.replace(/\n/g, eol).replace('คะแนนเฉลี่ย 86.39', 'คะแนนเฉลี่ย'));
      expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(expectedWith(1, () => ({ score: null }))));
      expect(codes(result)).toContain('warning:missing_score@12');
    }
  });

  it('treats non-breaking and zero-width spaces as spaces', () => {
    const nbsp = FIXTURE_TEXT.replace(
      'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ คะแนนเฉลี่ย 86.39',
      'ตัวชี้วัดที่\u00A01\u00A0การปฏิบัติ\u200Bหน้าที่\u00A0คะแนนเฉลี่ย\u00A086.39',
    ).replace('ได้คะแนนเท่ากับ 75.28 คะแนน', 'ได้คะแนนเท่ากับ\u00A075.28\u00A0คะแนน');
    const plan = parseItaText(nbsp).plan!;
    expect(plan.indicators[0]).toMatchObject({ no: 1, name: 'การปฏิบัติหน้าที่', score: 86.39 });
    expect(plan.ita_score).toBe(75.28);
  });

  it.each([
    ['•', '• ดำเนินการ', ' • จัดทำประกาศ', ' • จัดทำสื่อ'],
    ['1.', '1. ดำเนินการ', ' 2. จัดทำประกาศ', ' 3. จัดทำสื่อ'],
    ['1)', '1) ดำเนินการ', ' 2) จัดทำประกาศ', ' 3) จัดทำสื่อ'],
    ['(1)', '(1) ดำเนินการ', ' (2) จัดทำประกาศ', ' (3) จัดทำสื่อ'],
    ['๑.', '๑. ดำเนินการ', ' ๒. จัดทำประกาศ', ' ๓. จัดทำสื่อ'],
  ])('splits measures bulleted with "%s"', (_, a, b, c) => {
    const line = fixtureLine(12).replace('- ดำเนินการ', a).replace(' - จัดทำประกาศ', b).replace(' - จัดทำสื่อ', c);
    const plan = parseItaText(replaceLine(FIXTURE_TEXT, 12, line)).plan!;
    expect(plan.indicators[0]!.measures).toEqual(MEASURES_1);
  });

  it('keeps numbers inside a measure that do not continue the count ("ภายใน 1 ปี", "7 วัน")', () => {
    const line = fixtureLine(12).replace(/\t[^\t]*$/, '\t1. ดำเนินการภายใน 1 ปี 2. ตอบกลับภายใน 7 วัน');
    const plan = parseItaText(replaceLine(FIXTURE_TEXT, 12, line)).plan!;
    expect(plan.indicators[0]!.measures).toEqual(['ดำเนินการภายใน 1 ปี', 'ตอบกลับภายใน 7 วัน']);
  });

  it('continues a numbered list across a page break', () => {
    const text = [
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565',
      '',
      'สำนักงานเขตดินแดง',
      '',
      'ตัวชี้วัด\tการวิเคราะห์\tผลการวิเคราะห์ของหน่วยงาน\tมาตรการ',
      'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล คะแนนเฉลี่ย 91.50\tวิเคราะห์\tผล\t1. เผยแพร่ข้อมูล 2. ปรับปรุงเว็บ',
      '- 2 -',
      '\t\t\tไซต์ให้เป็นปัจจุบัน 3. รายงานผลทุกไตรมาส',
    ].join('\n');
    const result = parseItaText(text);
    expect(result.plan!.indicators[0]!.measures).toEqual(['เผยแพร่ข้อมูล', 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', 'รายงานผลทุกไตรมาส']);
    expect(result.plan!.indicators[0]!.group).toBe('OIT');
    expect(codes(result)).toContain('warning:missing_ita_score@null');
  });

  it('gives score null and a warning for an indicator without a score', () => {
    const text = replaceLine(FIXTURE_TEXT, 16, fixtureLine(16).replace(' <b>คะแนนเฉลี่ย</b> <b>80.09</b>', ''));
    const result = parseItaText(text);
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(expectedWith(3, () => ({ score: null }))));
    expect(result.problems).toContainEqual({
      line: 16,
      severity: 'warning',
      code: 'missing_score',
      message_th: 'ตัวชี้วัดที่ 3 ไม่มีคะแนน',
      message_en: 'Indicator 3 has no score',
    });
  });

  it('reads a score written after the name without a label, and rejects one above 100', () => {
    const a = replaceLine(FIXTURE_TEXT, 12, fixtureLine(12).replace('คะแนนเฉลี่ย 86.39', '(86.39)'));
    expect(parseItaText(a).plan!.indicators[0]).toMatchObject({ name: 'การปฏิบัติหน้าที่', score: 86.39 });
    const b = replaceLine(FIXTURE_TEXT, 12, fixtureLine(12).replace('86.39', '186.39'));
    const result = parseItaText(b);
    expect(result.plan!.indicators[0]!.score).toBeNull();
    expect(codes(result)).toContain('warning:invalid_score@12');
  });

  it('takes a missing last column as empty and says so', () => {
    const text = replaceLine(FIXTURE_TEXT, 27, fixtureLine(27).replace(/\t[^\t]*$/, ''));
    const result = parseItaText(text);
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(expectedWith(8, () => ({ measures: [] }))));
    expect(codes(result)).toEqual(expect.arrayContaining(['warning:missing_cells@27', 'warning:no_measures@27']));
    expect(result.problems.find((p) => p.code === 'missing_cells')!.message_en).toBe(
      'This row has 3 of 4 columns; the last ones are taken as empty',
    );
  });

  it('folds an extra cell into the measures column and says so', () => {
    const text = replaceLine(FIXTURE_TEXT, 27, `${fixtureLine(27)}\tโดยใช้ระบบคิวออนไลน์`);
    const result = parseItaText(text);
    expect(result.plan!.indicators[7]!.measures).toEqual(['สำนักงานเขตนำเทคโนโลยีมาใช้ในการปฏิบัติงาน โดยใช้ระบบคิวออนไลน์']);
    expect(codes(result)).toContain('warning:extra_cells@27');
  });

  it('ignores an unknown extra column named in the header, with a warning', () => {
    let text = replaceLine(FIXTURE_TEXT, 11, `${fixtureLine(11)}\tหมายเหตุ`);
    text = replaceLine(text, 27, `${fixtureLine(27)}\tดำเนินการแล้ว`);
    const result = parseItaText(text);
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
    expect(codes(result)).toContain('warning:unknown_column@11');
  });

  it('assumes the four columns when there is no header row', () => {
    const result = parseItaText(replaceLine(FIXTURE_TEXT, 11, ''));
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
    expect(codes(result)).toContain('warning:missing_header@12');
  });

  it('skips a header row repeated after a page break', () => {
    const result = parseItaText(replaceLine(FIXTURE_TEXT, 18, fixtureLine(11)));
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
  });

  it('reports stray text in the table area with its line, and skips page numbers', () => {
    let text = replaceLine(FIXTURE_TEXT, 14, 'หน้า 2');
    text = replaceLine(text, 22, 'ลงชื่อ ผู้อำนวยการเขต');
    const result = parseItaText(text);
    expect(normalizeDeep(result.plan)).toEqual(normalizeDeep(EXPECTED_PLAN));
    expect(codes(result)).toContain('warning:ignored_line@22');
    expect(codes(result).some((c) => c.endsWith('@14'))).toBe(false);
  });

  it('fails with an error when the fiscal year cannot be found', () => {
    const text = FIXTURE_TEXT.replace('ประจำปีงบประมาณ พ.ศ. 2565**', '**').replace(
      'รายละเอียดการดำเนินงานในปีงบประมาณ พ.ศ. 2565',
      'มาตรการ',
    );
    const result = parseItaText(text);
    expect(result.plan).toBeNull();
    expect(result.problems[0]).toMatchObject({ line: null, severity: 'error', code: 'missing_fiscal_year' });
  });

  it('finds the fiscal year in the header row when the title has none', () => {
    const result = parseItaText(FIXTURE_TEXT.replace('ประจำปีงบประมาณ พ.ศ. 2565**', '**'));
    expect(result.plan!.fiscal_year_be).toBe(2565);
    expect(result.plan!.title).toBe('การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
  });

  it('reports a continuation row before any indicator as an error', () => {
    const result = parseItaText(replaceLine(FIXTURE_TEXT, 10, '\tข้อความที่ไม่มีตัวชี้วัด\t\t'));
    expect(codes(result)).toContain('error:orphan_row@10');
  });

  it('reports a duplicated indicator number as an error', () => {
    const result = parseItaText(replaceLine(FIXTURE_TEXT, 13, fixtureLine(13).replace('ตัวชี้วัดที่ 2', 'ตัวชี้วัดที่ 1')));
    expect(codes(result)).toContain('error:duplicate_indicator@13');
    expect(result.plan).toBeNull();
  });

  it('warns when the score paragraph has no score or grade', () => {
    const result = parseItaText(FIXTURE_TEXT.replace('75.28 คะแนน จัดอยู่ในระดับ B', 'คะแนน'));
    expect(result.plan).toMatchObject({ ita_score: null, ita_grade: null });
    expect(codes(result)).toEqual(
      expect.arrayContaining(['warning:missing_ita_score@9', 'warning:missing_ita_grade@9']),
    );
  });

  it('reads a Thai grade label (2566 onwards)', () => {
    const result = parseItaText(FIXTURE_TEXT.replace('จัดอยู่ในระดับ B', 'จัดอยู่ในระดับ ผ่านดีเยี่ยม'));
    expect(result.plan!.ita_grade).toBe('ผ่านดีเยี่ยม');
  });

  it('takes the indicator groups from the table passed in, not from code', () => {
    const groups = {
      2565: [1, 2, 3, 4, 5, 6, 7, 8].map((no) => ({ no, group: no % 2 ? 'A' : 'B', name: `ตัวชี้วัด ${no}` })),
    };
    const result = parseItaText(FIXTURE_TEXT, { groups });
    expect(result.plan!.indicators.map((i) => i.group)).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
    expect(result.problems).toEqual([]);
  });

  it('leaves groups empty with one warning for a year without a group table', () => {
    const result = parseItaText(FIXTURE_TEXT.replaceAll('2565', '2570'));
    expect(result.plan!.indicators.every((i) => i.group === null)).toBe(true);
    expect(codes(result)).toEqual(['warning:no_group_table@null']);
  });

  it('reads list items of an HTML cell as separate measures', () => {
    const line = fixtureLine(27).replace(/\t[^\t]*$/, '\t<ul><li>ใช้ระบบคิว</li><li>รับฟังความเห็น</li></ul>');
    const plan = parseItaText(replaceLine(FIXTURE_TEXT, 27, line)).plan!;
    expect(plan.indicators[7]!.measures).toEqual(['ใช้ระบบคิว', 'รับฟังความเห็น']);
  });

  it('reports a document without a table', () => {
    const result = parseItaText('มาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2565\n\nไม่มีตาราง');
    expect(result.plan).toBeNull();
    expect(codes(result)).toContain('error:no_table@null');
  });
});
