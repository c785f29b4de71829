import { buildO43Docx } from './build-o43-docx';
import { THAI_FONT } from './docx-thai';
import { fixtureReportModel, FIXTURE_PLAN, readDocx } from './report-test-model';

const MEASURE_COUNT = FIXTURE_PLAN.indicators.reduce((n, i) => n + i.measures.length, 0);
const ALL_MEASURES = FIXTURE_PLAN.indicators.flatMap((i) => i.measures);

describe('buildO43Docx for the full fiscal year', () => {
  const model = fixtureReportModel();

  it('writes the O43 title, the period, agency, score paragraph, indicators and measures', async () => {
    const { paragraphs } = await readDocx(await buildO43Docx(model, { period: 'annual' }));
    expect(paragraphs.slice(0, 5)).toEqual([
      'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'ประจำปีงบประมาณ พ.ศ. 2565',
      'รอบ 12 เดือน (1 ต.ค. 2564 – 30 ก.ย. 2565)',
      'สำนักงานเขตดินแดง',
      'สำนักงานเขตดินแดง มีผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ได้คะแนนเท่ากับ 75.28 คะแนน จัดอยู่ในระดับ B',
    ]);
    for (const ind of FIXTURE_PLAN.indicators) {
      expect(paragraphs).toContain(`ตัวชี้วัดที่ ${ind.no} ${ind.name}`);
      expect(paragraphs).toContain(ind.analysis);
      ind.measures.forEach((m, i) => expect(paragraphs).toContain(`${i + 1}. ${m}`));
    }
  });

  it('has a repeated header row and one row per measure, the indicator cells spanning its measures', async () => {
    const { document } = await readDocx(await buildO43Docx(model, { period: 'annual' }));
    const rows = document.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(1 + MEASURE_COUNT);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('>ผลการดำเนินงาน<');
    // Indicator 1 has three measures: its first three cells restart a vertical merge that continues twice.
    expect(rows[1]!.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(3);
    expect(rows[2]!.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(3);
    expect(rows[3]!.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(3);
    expect(document.match(/<w:gridCol /g)).toHaveLength(5);
    expect(document).toContain(`w:cs="${THAI_FONT}"`);
    expect(document).toContain('w:bidi="th-TH"');
  });

  it('shows each measure status, completion date, progress narrative and evidence links', async () => {
    const { paragraphs, document, rels } = await readDocx(await buildO43Docx(model, { period: 'annual' }));
    expect(paragraphs.filter((p) => p === 'สถานะ: ดำเนินการแล้วเสร็จ')).toHaveLength(Math.ceil(MEASURE_COUNT / 2));
    expect(paragraphs.filter((p) => p === 'สถานะ: อยู่ระหว่างดำเนินการ')).toHaveLength(Math.floor(MEASURE_COUNT / 2));
    expect(paragraphs).toContain('วันที่แล้วเสร็จ: 20 ม.ค. 2565');
    expect(paragraphs).toContain('วันที่แล้วเสร็จ: 15 ส.ค. 2565');
    expect(paragraphs).toContain('ดำเนินการแล้ว ครั้งที่ 1');
    expect(paragraphs).toContain('รายงานผลต่อผู้อำนวยการเขต');
    expect(paragraphs).toContain('• หลักฐาน-1.pdf');
    expect(document.match(/<w:hyperlink /g)).toHaveLength(2 * Math.ceil(MEASURE_COUNT / 2));
    expect(rels).toContain('Target="https://example.go.th/evidence/1.pdf?a=1&amp;b=2" TargetMode="External"');
  });
});

describe('buildO43Docx for the 6-month period', () => {
  it('keeps the measures of the period and hides completions after 31 March', async () => {
    const model = fixtureReportModel();
    // Measure 3 (indicator 1, third) only starts in April: not part of the 6-month report.
    model.indicators[0]!.measures[2]!.start_date = '2022-04-01';
    const { paragraphs, document } = await readDocx(await buildO43Docx(model, { period: 'half_year' }));
    expect(paragraphs).toContain('รอบ 6 เดือน (1 ต.ค. 2564 – 31 มี.ค. 2565)');
    expect(document.match(/<w:tr[ >]/g)).toHaveLength(MEASURE_COUNT); // header + all measures but one
    expect(paragraphs).not.toContain(`3. ${ALL_MEASURES[2]}`);
    expect(paragraphs).toContain('วันที่แล้วเสร็จ: 20 ม.ค. 2565');
    expect(paragraphs).not.toContain('วันที่แล้วเสร็จ: 15 ส.ค. 2565');
    expect(paragraphs.filter((p) => p === 'สถานะ: ดำเนินการแล้วเสร็จ')).toHaveLength(1);
  });
});
