import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

const table = (name: RegExp) => screen.getByRole('table', { name });
/** The cells of the row whose header is `name`, as text. */
const rowOf = (tableName: RegExp, name: string) => {
  const header = within(table(tableName)).getByRole('rowheader', { name });
  const row = header.closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('/dashboard', () => {
  // As of 2022-06-25 (FY 2565): hand-computed in supabase/tests/dashboard.test.ts.
  it('shows the director the organisation’s figures per indicator, with the ITA score model', async () => {
    const { user } = renderApp({
      client: await stack.signIn('director@dindaeng.example'),
      route: '/dashboard?fy=2565&asOf=2022-06-25',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'แดชบอร์ด' })).toBeInTheDocument();
    expect(await screen.findByText('ภาพรวมทั้งหน่วยงาน ปีงบประมาณ 2565')).toBeInTheDocument();

    // Per indicator: group, score, measures, by status (not started, in progress, submitted, returned,
    // approved), % approved, % complete, overdue, next due.
    const indicators = /มาตรการของแต่ละตัวชี้วัด/;
    // 1: 101 returned 80, 102 approved 100, 103 in progress 40 → 1/3 approved, 220/3 = 73.3, 101 overdue
    expect(rowOf(indicators, '1 การปฏิบัติหน้าที่')).toEqual([
      'IIT',
      '86.39',
      '3',
      '0',
      '1',
      '0',
      '1',
      '1',
      '33.3%',
      '73.3%',
      '1',
      '30 มิ.ย. 2565',
    ]);
    expect(rowOf(indicators, '3 การใช้อำนาจ')).toEqual([
      'IIT',
      '80.09',
      '1',
      '0',
      '0',
      '1',
      '0',
      '0',
      '0%',
      '100%',
      '1',
      '–',
    ]);
    // 5: 107 approved, 108 in progress 60, 109 not started → 160/3 = 53.3
    expect(rowOf(indicators, '5 การแก้ไขปัญหาการทุจริต')).toEqual([
      'IIT',
      '73.81',
      '3',
      '1',
      '1',
      '0',
      '0',
      '1',
      '33.3%',
      '53.3%',
      '0',
      '30 มิ.ย. 2565',
    ]);
    expect(rowOf(indicators, '7 ประสิทธิภาพการสื่อสาร')).toEqual([
      'EIT',
      '72.03',
      '2',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0%',
      '25%',
      '0',
      '30 ก.ย. 2565',
    ]);
    expect(within(table(indicators)).getAllByRole('rowheader')).toHaveLength(8);

    // The year at a glance: 14 measures, 4 approved (28.6 %), 860/14 = 61.4 %, 2 overdue.
    const totals = screen.getByText('มาตรการทั้งหมด').closest('dl')!;
    expect(within(totals).getByText('14')).toBeInTheDocument();
    expect(within(totals).getByText('28.6%')).toBeInTheDocument();
    expect(within(totals).getByText('61.4%')).toBeInTheDocument();

    // The score model: 75.28 (B), OIT implied ≈ 80.77, 9.72 points to A.
    const score = screen.getByRole('region', { name: /ผลการประเมิน ITA/ });
    expect(within(score).getByText('75.28')).toBeInTheDocument();
    expect(within(score).getByLabelText('ระดับ B')).toBeInTheDocument();
    expect(within(score).getByText('80.77')).toBeInTheDocument();
    expect(within(score).getByText('อีก 9.72 คะแนน จะถึงระดับ A (85.00 คะแนนขึ้นไป)')).toBeInTheDocument();

    // What to fix first: OIT 7.69 points at stake, then indicator 6 (3.59).
    const stake = /คะแนนรวมที่ยังเพิ่มได้จากแต่ละตัวชี้วัด/;
    expect(rowOf(stake, 'OIT (คำนวณย้อนจากคะแนนรวม)')).toEqual(['1', '80.77', '40.00', '7.69']);
    expect(rowOf(stake, '6 คุณภาพการดำเนินงาน')).toEqual(['2', '64.15', '10.00', '3.59']);
    const nextGrade = screen.getByRole('region', { name: /ทางที่สั้นที่สุดสู่ระดับ A/ });
    expect(within(nextGrade).getByText('OIT (คำนวณย้อนจากคะแนนรวม): 80.77 → 100.00')).toBeInTheDocument();
    expect(within(nextGrade).getByText('6 คุณภาพการดำเนินงาน: 64.15 → 84.44')).toBeInTheDocument();
    expect(within(nextGrade).getByText('คะแนนรวมจะเป็น 85.00 ระดับ A')).toBeInTheDocument();

    // What-if: raise indicator 6 to 80 → 76.87, still B.
    const whatIf = screen.getByRole('region', { name: 'ถ้าคะแนนตัวชี้วัดเปลี่ยน' });
    const newScore = within(whatIf).getByRole('textbox', { name: 'คะแนนใหม่' });
    await user.clear(newScore);
    await user.type(newScore, '80');
    expect(within(whatIf).getByText('ถ้า 6 คุณภาพการดำเนินงาน ได้ 80.00 คะแนนรวมจะเป็น 76.87 ระดับ B')).toBeInTheDocument();
  });

  it('gives every chart a table alternative', async () => {
    const { user } = renderApp({
      client: await stack.signIn('director@dindaeng.example'),
      route: '/dashboard?fy=2565&asOf=2022-06-25',
    });
    await screen.findByText('ภาพรวมทั้งหน่วยงาน ปีงบประมาณ 2565');

    // The burn-up shows as a chart; its numbers stay in the page as a table (visually hidden).
    expect(
      screen.getByText('ถึงสิ้นเดือนมิถุนายน 2565 อนุมัติแล้ว 4 จาก 10 มาตรการที่ครบกำหนด ช้ากว่าแผน 6 มาตรการ'),
    ).toBeInTheDocument();
    const burnup = /จำนวนมาตรการที่ครบกำหนดและที่อนุมัติแล้ว/;
    expect(rowOf(burnup, 'มีนาคม 2565')).toEqual(['4', '6', '2', '4']);
    expect(rowOf(burnup, 'กันยายน 2565')).toEqual(['4', '14', '–', '–']);
    await user.click(screen.getByRole('radio', { name: 'ตาราง', checked: false }));
    expect(rowOf(burnup, 'มิถุนายน 2565')).toEqual(['4', '10', '0', '4']);

    // The per-indicator view switches to a chart and keeps its table for screen readers.
    const indicatorView = screen.getByRole('radiogroup', { name: 'รูปแบบการแสดง: ความคืบหน้ารายตัวชี้วัด' });
    await user.click(within(indicatorView).getByRole('radio', { name: 'แผนภูมิ' }));
    expect(rowOf(/มาตรการของแต่ละตัวชี้วัด/, '2 การใช้งบประมาณ')[0]).toBe('IIT');
  });

  it('lists each department’s figures and its overdue measures with their owners', async () => {
    renderApp({ client: await stack.signIn('director@dindaeng.example'), route: '/dashboard?fy=2565&asOf=2022-06-25' });
    await screen.findByText('ภาพรวมทั้งหน่วยงาน ปีงบประมาณ 2565');
    const departments = /มาตรการของแต่ละฝ่าย/;
    // GOV: 7 measures, 2 approved (28.6 %), 450/7 = 64.3 %, 105 overdue
    expect(rowOf(departments, 'ฝ่ายปกครอง')).toEqual([
      '7',
      '1',
      '3',
      '1',
      '0',
      '2',
      '28.6%',
      '64.3%',
      '1',
      '30 มิ.ย. 2565',
    ]);
    const overdue = screen.getByRole('list', { name: 'ฝ่ายทะเบียน (1 มาตรการ)' });
    expect(within(overdue).getByRole('link')).toHaveTextContent(
      'ตัวชี้วัดที่ 1 มาตรการที่ 1: ดำเนินการเผยแพร่ขั้นตอนการปฏิบัติงานให้ผู้มีส่วนได้เสียทั้งภายในและภายนอกทราบ',
    );
    expect(within(overdue).getByText('ครบกำหนด 31 มี.ค. 2565 · ผู้รับผิดชอบ: นายกิตติพงษ์ มีสุข')).toBeInTheDocument();
  });

  it('shows a head only their department', async () => {
    renderApp({
      client: await stack.signIn('head.finance@dindaeng.example'),
      route: '/dashboard?fy=2565&asOf=2022-06-25',
    });
    expect(await screen.findByText('ฝ่ายการคลัง ปีงบประมาณ 2565')).toBeInTheDocument();
    const departments = within(table(/มาตรการของแต่ละฝ่าย/)).getAllByRole('rowheader');
    expect(departments.map((d) => d.textContent)).toEqual(['ฝ่ายการคลัง']);
    expect(rowOf(/มาตรการของแต่ละตัวชี้วัด/, '2 การใช้งบประมาณ').slice(2, 3)).toEqual(['1']);
    expect(screen.getByText('ไม่มีมาตรการที่เกินกำหนด')).toBeInTheDocument();
  });

  it('says so when the year has no plan', async () => {
    renderApp({ client: await stack.signIn('director@dindaeng.example'), route: '/dashboard?fy=2566' });
    expect(await screen.findByRole('heading', { name: 'ยังไม่มีแผนปีงบประมาณ 2566' })).toBeInTheDocument();
  });
});
