import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// The first screen of a test waits for the lazy route chunk and the stack: allow for a busy machine.
const FIRST = { timeout: 20_000 };

const section = (name: string) => screen.getByRole('region', { name });
const titlesIn = (name: string) =>
  within(section(name))
    .getAllByRole('link')
    .filter((link) => link.getAttribute('href')?.startsWith('/measures/'))
    .map((link) => link.textContent);

describe('/my-work', () => {
  it('shows staff only the measures assigned to them, grouped by what needs doing', async () => {
    renderApp({ client: await stack.signIn('staff.registry@dindaeng.example'), route: '/my-work?fy=2565' });

    expect(await screen.findByRole('heading', { level: 2, name: 'เกินกำหนด' }, FIRST)).toBeInTheDocument();
    expect(screen.getByText('มาตรการที่ได้รับมอบหมายให้คุณในแผนปีงบประมาณ 2565')).toBeInTheDocument();
    expect(titlesIn('เกินกำหนด')).toEqual(['1. สำนักงานเขตนำเทคโนโลยีมาใช้ในการปฏิบัติงาน']);
    expect(titlesIn('ส่งกลับแก้ไข')).toEqual(['1. ดำเนินการเผยแพร่ขั้นตอนการปฏิบัติงานให้ผู้มีส่วนได้เสียทั้งภายในและภายนอกทราบ']);
    // Heads review; staff have no such section. Nothing from another department.
    expect(screen.queryByRole('heading', { name: 'รอคุณพิจารณา' })).not.toBeInTheDocument();
    expect(screen.queryByText(/มีการจัดทำนโยบายการบริหารทรัพยากรบุคคล/)).not.toBeInTheDocument();
    expect(screen.getByText('ทั้งหมด 2 มาตรการ')).toBeInTheDocument();

    // The seeded plan is FY 2565: its open measures are long overdue. Dates are B.E.
    const overdueRow = within(section('เกินกำหนด')).getByRole('listitem');
    expect(within(overdueRow).getByText(/ครบกำหนด 30 ก\.ย\. 2565/)).toBeInTheDocument();
    expect(within(overdueRow).getByText(/^เกินกำหนด \d+ วัน$/)).toBeInTheDocument();
    expect(within(overdueRow).getByText('กำลังดำเนินการ')).toBeInTheDocument();
    expect(within(overdueRow).getByText('30%')).toBeInTheDocument();
    expect(within(overdueRow).getByText(/ฝ่ายทะเบียน · ผู้รับผิดชอบ: นายกิตติพงษ์ มีสุข/)).toBeInTheDocument();
    expect(within(overdueRow).getByRole('link', { name: /^1\. สำนักงานเขต/ })).toHaveAttribute(
      'href',
      '/measures/70000000-0000-4000-8000-000000000114?fy=2565',
    );
  });

  it('leaves out department measures the staff member is not assigned to', async () => {
    renderApp({ client: await stack.signIn('staff.governance@dindaeng.example'), route: '/my-work?fy=2565' });
    expect(await screen.findByText('ทั้งหมด 6 มาตรการ', undefined, FIRST)).toBeInTheDocument();
    // 109 belongs to the same department but nobody is assigned to it.
    expect(screen.queryByText(/มีขั้นตอนที่ชัดเจนในการสอบสวน/)).not.toBeInTheDocument();
    // Her submitted measure waits for the head: not her action, not overdue.
    expect(titlesIn('มาตรการอื่น ๆ')).toContainEqual(expect.stringMatching(/มีการจัดทำนโยบายการบริหารทรัพยากรบุคคล/));
  });

  it('shows a head their department’s submitted measures as waiting for their review', async () => {
    renderApp({ client: await stack.signIn('head.finance@dindaeng.example'), route: '/my-work?fy=2565' });

    expect(await screen.findByRole('heading', { level: 2, name: 'รอคุณพิจารณา' }, FIRST)).toBeInTheDocument();
    expect(screen.getByText('มาตรการของฝ่ายการคลังในแผนปีงบประมาณ 2565')).toBeInTheDocument();
    expect(titlesIn('รอคุณพิจารณา')).toEqual([expect.stringMatching(/^1\. ประกาศกฎระเบียบหรือขั้นตอนการใช้ทรัพย์สิน/)]);
    const row = within(section('รอคุณพิจารณา')).getByRole('listitem');
    expect(
      within(row).getByText(/นายธนากร แก้วมณี, นางสาวกมลวรรณ จันทร์เพ็ญ|นางสาวกมลวรรณ จันทร์เพ็ญ, นายธนากร แก้วมณี/),
    ).toBeInTheDocument();
    expect(titlesIn('มาตรการอื่น ๆ')).toEqual([expect.stringMatching(/^1\. เผยแพร่ขึ้นการการจัดซื้อจัดจ้าง/)]);
    // A shortcut to decide on it in the review queue.
    expect(within(row).getByRole('link', { name: /^พิจารณา ประกาศกฎระเบียบ/ })).toHaveAttribute(
      'href',
      '/review?measure=70000000-0000-4000-8000-000000000106&fy=2565',
    );
    // Heads can filter by assignee.
    expect(screen.getByRole('combobox', { name: 'ผู้รับผิดชอบ' })).toBeInTheDocument();
  });

  it('reads its filters from the URL and writes them back', async () => {
    const { user, history } = renderApp({
      client: await stack.signIn('head.governance@dindaeng.example'),
      route: '/my-work?fy=2565&status=in_progress&sort=bogus',
    });

    expect(await screen.findByText('พบ 3 จาก 7 มาตรการ', undefined, FIRST)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'สถานะ' })).toHaveValue('กำลังดำเนินการ');
    expect(titlesIn('เกินกำหนด')).toHaveLength(3);

    // Choose an indicator: the URL follows.
    await user.click(screen.getByRole('combobox', { name: 'ตัวชี้วัด' }));
    await user.click(await screen.findByRole('option', { name: 'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร' }));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('indicator')).toBe('7'));
    expect(await screen.findByText('พบ 1 จาก 7 มาตรการ')).toBeInTheDocument();
    expect(titlesIn('เกินกำหนด')).toEqual([expect.stringMatching(/^2\. จัดทำเว็บไซต์ของสำนักงานเขต/)]);

    // Clear, then search by text.
    await user.click(screen.getByRole('button', { name: 'ล้างตัวกรอง' }));
    // The invalid ?sort=bogus was dropped on the way.
    await waitFor(() => expect(history.location.search).toBe('?fy=2565'));
    await user.type(screen.getByRole('textbox', { name: 'ค้นหา' }), 'ร้องเรียน');
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('q')).toBe('ร้องเรียน'));
    expect(await screen.findByText('พบ 1 จาก 7 มาตรการ')).toBeInTheDocument();

    // Sort order is in the URL too.
    await user.click(screen.getByRole('combobox', { name: 'เรียงตาม' }));
    await user.click(await screen.findByRole('option', { name: 'ตัวชี้วัด' }));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('sort')).toBe('indicator'));
  });

  it('says so when a filter matches nothing, and clears it', async () => {
    const { user } = renderApp({
      client: await stack.signIn('head.governance@dindaeng.example'),
      route: '/my-work?fy=2565&status=cancelled',
    });
    expect(await screen.findByRole('heading', { name: 'ไม่พบมาตรการที่ตรงกับตัวกรอง' }, FIRST)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'ล้างตัวกรอง' }).at(-1)!);
    expect(await screen.findByText('ทั้งหมด 7 มาตรการ')).toBeInTheDocument();
  });

  it('tells the user when the organisation has no plan for the year', async () => {
    renderApp({ client: await stack.signIn('staff.finance@dindaeng.example'), route: '/my-work?fy=2566' });
    expect(await screen.findByRole('heading', { name: 'ยังไม่มีแผนของปีงบประมาณ 2566' }, FIRST)).toBeInTheDocument();
  });
});
