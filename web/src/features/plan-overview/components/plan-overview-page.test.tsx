import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// The first screen of a test waits for the lazy route chunk and the stack: allow for a busy machine.
const FIRST = { timeout: 20_000 };

/** The indicator cards (each a region named by its heading), in page order. */
const indicatorSections = () =>
  screen
    .getAllByRole('region')
    .filter((region) => /^indicator-\d+$/.test(region.getAttribute('aria-labelledby') ?? ''));
const indicator = (name: RegExp) => screen.getByRole('region', { name });
const measureLinks = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('link')
    .filter((link) => link.getAttribute('href')?.startsWith('/measures/'));

describe('/plan', () => {
  it('shows the director the plan header and the 8 indicators in order with scores and every department’s measures', async () => {
    renderApp({ client: await stack.signIn('director@dindaeng.example'), route: '/plan?fy=2565' });

    const summary = await screen.findByRole('region', { name: /^การดำเนินการตามมาตรการส่งเสริมคุณธรรม/ }, FIRST);
    expect(within(summary).getByText('สำนักงานเขตดินแดง')).toBeInTheDocument();
    expect(within(summary).getByText('2565')).toBeInTheDocument();
    expect(within(summary).getByText('75.28')).toBeInTheDocument();
    expect(within(summary).getByText('B')).toBeInTheDocument();
    expect(within(summary).getByText('สถานะแผน: กำลังดำเนินการ')).toBeInTheDocument();
    expect(within(summary).getByText('มาตรการทั้งหมด 14 รายการ อนุมัติแล้ว 4 รายการ')).toBeInTheDocument();

    const sections = indicatorSections();
    expect(sections.map((s) => within(s).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
      'ตัวชี้วัดที่ 2 การใช้งบประมาณ',
      'ตัวชี้วัดที่ 3 การใช้อำนาจ',
      'ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ',
      'ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต',
      'ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน',
      'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร',
      'ตัวชี้วัดที่ 8 การปรับปรุงกระบวนการ',
    ]);
    expect(sections.map((s) => within(s).getByText(/^\d+\.\d\d$/).textContent)).toEqual([
      '86.39',
      '67.63',
      '80.09',
      '68.22',
      '73.81',
      '64.15',
      '72.03',
      '67.85',
    ]);
    expect(within(sections[0]!).getByText('IIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน')).toBeInTheDocument();
    expect(within(sections[5]!).getByText('EIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก')).toBeInTheDocument();

    // Every department's measures: 14 in all, e.g. three under indicator 1 from two departments.
    expect(sections.flatMap(measureLinks)).toHaveLength(14);
    const first = sections[0]!;
    expect(measureLinks(first).map((link) => link.textContent?.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);
    expect(within(first).getByText('ฝ่ายที่รับผิดชอบ: ฝ่ายทะเบียน')).toBeInTheDocument();
    expect(within(first).getAllByText('ฝ่ายที่รับผิดชอบ: ฝ่ายปกครอง')).toHaveLength(2);
    expect(within(first).getByText('ผู้รับผิดชอบ: นายกิตติพงษ์ มีสุข')).toBeInTheDocument();
    expect(within(first).getByText('ส่งกลับแก้ไข')).toBeInTheDocument();
  });

  it('keeps the two analyses of each indicator collapsed until opened', async () => {
    const { user } = renderApp({ client: await stack.signIn('director@dindaeng.example'), route: '/plan?fy=2565' });
    const first = await screen.findByRole('region', { name: 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่' }, FIRST);

    const analysis = within(first).getByRole('button', { name: 'การวิเคราะห์' });
    const agency = within(first).getByRole('button', { name: 'ผลการวิเคราะห์ของหน่วยงาน' });
    expect(analysis).toHaveAttribute('aria-expanded', 'false');
    expect(agency).toHaveAttribute('aria-expanded', 'false');

    await user.click(analysis);
    expect(analysis).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(first).getByText(/^สะท้อนให้เห็นว่าผู้มีส่วนได้ส่วนเสียภายในของสำนักงานเขตมองว่ามีการปฏิบัติหน้าที่ที่ดี/),
    ).toBeInTheDocument();
    expect(agency).toHaveAttribute('aria-expanded', 'false');

    await user.click(agency);
    expect(agency).toHaveAttribute('aria-expanded', 'true');
    expect(within(first).getByText(/^สำนักงานเขตต้องสร้างความเชื่อมั่นให้ผู้มีส่วนได้ส่วนเสียภายนอก/)).toBeInTheDocument();
  });

  it('shows staff only their department’s measures and says when an indicator has none of them', async () => {
    renderApp({ client: await stack.signIn('staff.finance@dindaeng.example'), route: '/plan?fy=2565' });
    const first = await screen.findByRole('region', { name: 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่' }, FIRST);

    expect(within(first).getByText('ไม่มีมาตรการในฝ่ายของคุณ')).toBeInTheDocument();
    expect(indicatorSections()).toHaveLength(8);
    const links = indicatorSections().flatMap(measureLinks);
    expect(links).toHaveLength(2);
    expect(screen.getAllByText('ฝ่ายที่รับผิดชอบ: ฝ่ายการคลัง')).toHaveLength(2);
    expect(screen.getByText('มาตรการของฝ่ายคุณ 2 รายการ อนุมัติแล้ว 1 รายการ')).toBeInTheDocument();
    expect(within(indicator(/^ตัวชี้วัดที่ 4 /)).getByRole('link', { name: /^1\. ประกาศกฎระเบียบ/ })).toHaveAttribute(
      'href',
      '/measures/70000000-0000-4000-8000-000000000106?fy=2565',
    );
  });

  it('says so when the organisation has no plan for the year, and points the coordinator to the plans page', async () => {
    renderApp({ client: await stack.signIn('admin@dindaeng.example'), route: '/plan?fy=2566' });
    expect(await screen.findByRole('heading', { name: 'ยังไม่มีแผนของปีงบประมาณ 2566' }, FIRST)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ไปที่แผนประจำปีงบประมาณ' })).toHaveAttribute('href', '/admin/plans?fy=2566');
  });
});
