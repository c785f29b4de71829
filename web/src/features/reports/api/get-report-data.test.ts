import { getReportData } from '@/features/reports/api/get-report-data';
import { countMeasures, toReportModel } from '@/features/reports/api/to-report-model';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

const DIN_DAENG = '10000000-0000-4000-8000-000000000001';
const ORIGIN = 'https://ita.example.go.th';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

async function modelFor(email: string, period: 'half_year' | 'annual') {
  const data = await getReportData(await signIn(email), { organizationId: DIN_DAENG, fiscalYear: 2565 });
  expect(data).not.toBeNull();
  return toReportModel(data!, {
    period,
    appOrigin: ORIGIN,
    generatedBy: { fullName: 'นายสมชาย วงศ์ใหญ่', position: 'ผู้อำนวยการเขตดินแดง' },
    generatedAt: '2022-04-05T03:00:00Z',
  });
}

describe('the report model built from the database', () => {
  it('gives the director the Din Daeng 2565 plan: 8 indicators, 14 measures (12 in the 6-month period)', async () => {
    const annual = await modelFor('director@dindaeng.example', 'annual');
    expect(annual).toMatchObject({
      agency: 'สำนักงานเขตดินแดง',
      fiscal_year_be: 2565,
      ita_score: 75.28,
      ita_grade: 'B',
      generated_at: '2022-04-05T03:00:00Z',
      generated_by: 'นายสมชาย วงศ์ใหญ่ (ผู้อำนวยการเขตดินแดง)',
    });
    expect(annual.indicators.map((i) => [i.no, i.group, i.score, i.measures.length])).toEqual([
      [1, 'IIT', 86.39, 3],
      [2, 'IIT', 67.63, 1],
      [3, 'IIT', 80.09, 1],
      [4, 'IIT', 68.22, 1],
      [5, 'IIT', 73.81, 3],
      [6, 'EIT', 64.15, 2],
      [7, 'EIT', 72.03, 2],
      [8, 'EIT', 67.85, 1],
    ]);
    expect(countMeasures(annual)).toBe(14);
    // The two measures that start on 1 April 2565 are not in the 6-month report.
    expect(countMeasures(await modelFor('director@dindaeng.example', 'half_year'))).toBe(12);
  });

  it('tells each measure’s status, completion, progress of the period and evidence as links to its page', async () => {
    const half = await modelFor('director@dindaeng.example', 'half_year');
    const procurement = half.indicators[1]!.measures[0]!;
    expect(procurement).toMatchObject({
      department: 'ฝ่ายการคลัง',
      start_date: '2021-10-01',
      due_date: '2022-03-31',
      status: 'ดำเนินการแล้วเสร็จ',
      progress:
        'ไตรมาสที่ 1 (ร้อยละ 50): เผยแพร่ผลการจัดซื้อจัดจ้างเดือน ต.ค. – ธ.ค. 2564 แล้ว\n' +
        'ไตรมาสที่ 2 (ร้อยละ 100): เผยแพร่ครบทุกเดือนถึง มี.ค. 2565 ทั้งในระบบ e-GP และเว็บไซต์',
    });
    expect(procurement.completed_at).toMatch(/^2022-03-31/);
    // The superseded first version of the spreadsheet is not listed; every link opens the measure's page.
    expect(procurement.evidence).toEqual([
      {
        filename: 'รายงานผลการจัดซื้อจัดจ้าง ไตรมาส 1-2.pdf',
        url: `${ORIGIN}/measures/70000000-0000-4000-8000-000000000104`,
      },
      {
        filename: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (ฉบับแก้ไข).xlsx',
        url: `${ORIGIN}/measures/70000000-0000-4000-8000-000000000104`,
      },
    ]);
    const inProgress = half.indicators[0]!.measures[0]!;
    expect(inProgress.status).toBe('อยู่ระหว่างดำเนินการ');
    expect(inProgress.completed_at).toBeNull();
  });

  it('gives a head only what row-level security lets them see: their department’s measures', async () => {
    const model = await modelFor('head.finance@dindaeng.example', 'annual');
    expect(model.indicators).toHaveLength(8);
    const measures = model.indicators.flatMap((i) => i.measures);
    expect(measures.map((m) => m.title)).toEqual([
      'เผยแพร่ขึ้นการการจัดซื้อจัดจ้างในระบบเผยแพร่ข้อมูลการจัดซื้อ',
      expect.stringMatching(/^ประกาศกฎระเบียบหรือขั้นตอนการใช้ทรัพย์สินของทางราชการ/),
    ]);
    expect(new Set(measures.map((m) => m.department))).toEqual(new Set(['ฝ่ายการคลัง']));
    expect(new Set(measures.flatMap((m) => m.evidence.map((e) => e.url)))).toEqual(
      new Set([
        `${ORIGIN}/measures/70000000-0000-4000-8000-000000000104`,
        `${ORIGIN}/measures/70000000-0000-4000-8000-000000000106`,
      ]),
    );
  });

  it('is null for a year without a plan', async () => {
    const client = await signIn('director@dindaeng.example');
    expect(await getReportData(client, { organizationId: DIN_DAENG, fiscalYear: 2566 })).toBeNull();
  });
});
