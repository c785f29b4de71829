import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

// Seeded: ฝ่ายปกครอง has one submitted measure (105, submitted 31 Mar 2022) and ฝ่ายการคลัง one (106).
// Two more ฝ่ายปกครอง measures are submitted here (103 then 108), so the queue is 105, 103, 108.
const M103 = '70000000-0000-4000-8000-000000000103';
const M105 = '70000000-0000-4000-8000-000000000105';
const M106 = '70000000-0000-4000-8000-000000000106';
const M108 = '70000000-0000-4000-8000-000000000108';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
  const service = stack.service();
  for (const id of [M103, M108]) {
    const { error } = await service.from('measures').update({ status: 'submitted' }).eq('id', id);
    if (error) throw new Error(error.message);
  }
});
afterAll(() => stack.close());

// The first screen of a test waits for the lazy route chunk and the stack: allow for a busy machine.
const FIRST = { timeout: 20_000 };

const queue = () => screen.getByRole('list', { name: 'รอตรวจ' });
const queueTitles = () =>
  within(queue())
    .getAllByRole('link')
    .map((link) => link.querySelector('p')?.textContent ?? '');
const measureParam = (search: string) => new URLSearchParams(search).get('measure');

async function statusOf(id: string) {
  const { data, error } = await stack.service().from('measures').select('status, status_reason').eq('id', id).single();
  if (error) throw new Error(error.message);
  return data;
}

describe('/review', () => {
  it('lists a head’s department’s submitted measures, oldest first, and opens one beside the list', async () => {
    const { user, history } = renderApp({
      client: await stack.signIn('head.governance@dindaeng.example'),
      route: '/review?fy=2565',
    });

    expect(await screen.findByText('รอการพิจารณา 3 รายการ', undefined, FIRST)).toBeInTheDocument();
    expect(queueTitles()).toEqual([
      expect.stringMatching(/^1\. มีการจัดทำนโยบายการบริหารทรัพยากรบุคคล/),
      expect.stringMatching(/^3\. จัดทำสื่อประชาสัมพันธ์/),
      expect.stringMatching(/^2\. สร้างช่องทางการร้องเรียน/),
    ]);
    // Nothing from ฝ่ายการคลัง.
    expect(screen.queryByText(/ประกาศกฎระเบียบหรือขั้นตอนการใช้ทรัพย์สิน/)).not.toBeInTheDocument();

    await user.click(within(queue()).getAllByRole('link')[1]!);
    await waitFor(() => expect(measureParam(history.location.search)).toBe(M103));
    const title = await screen.findByRole('heading', { level: 2, name: /^3\. จัดทำสื่อประชาสัมพันธ์/ });
    await waitFor(() => expect(title).toHaveFocus());
    expect(within(queue()).getAllByRole('link')[1]).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('รายการที่ 2 จาก 3')).toBeInTheDocument();
    expect(screen.getByText('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่')).toBeInTheDocument();
    expect(screen.getByText('นางสาวสุดารัตน์ พรหมมา')).toBeInTheDocument();
    expect(screen.getByText('40%')).toBeInTheDocument();
    // The latest progress report (Q2), not the first.
    expect(screen.getByText('ไตรมาสที่ 2 · 40%')).toBeInTheDocument();
    expect(screen.getByText('เผยแพร่อินโฟกราฟิกทางเพจเฟซบุ๊กสำนักงานเขตแล้ว 2 ชิ้น')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'หลักฐานที่ส่งตรวจ' })).toBeInTheDocument();
  });

  it('shows the submission’s evidence', async () => {
    renderApp({
      client: await stack.signIn('head.governance@dindaeng.example'),
      route: `/review?fy=2565&measure=${M105}`,
    });
    const evidence = await screen.findByRole('region', { name: 'หลักฐานที่ส่งตรวจ' }, FIRST);
    expect(
      await within(evidence).findByText('นโยบายการบริหารทรัพยากรบุคคล สำนักงานเขตดินแดง 2565.pdf', undefined, FIRST),
    ).toBeInTheDocument();
  });

  it('returns a measure only with a reason (box focused, Ctrl+Enter confirms), then opens the next one', async () => {
    const { user, history } = renderApp({
      client: await stack.signIn('head.governance@dindaeng.example'),
      route: `/review?fy=2565&measure=${M103}`,
    });
    await screen.findByRole('heading', { level: 2, name: /^3\. จัดทำสื่อประชาสัมพันธ์/ }, FIRST);

    await user.click(screen.getByRole('button', { name: 'ส่งกลับแก้ไข' }));
    const reason = screen.getByRole('textbox', { name: /เหตุผลที่ส่งกลับ/ });
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'ยืนยันส่งกลับ' }));
    expect(await screen.findByText('กรุณาระบุเหตุผลที่ส่งกลับ')).toBeInTheDocument();
    expect((await statusOf(M103)).status).toBe('submitted');

    await user.type(reason, 'ขอภาพถ่ายสื่อที่เผยแพร่เพิ่มเติม');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText(/^ส่งกลับ “จัดทำสื่อประชาสัมพันธ์.*” ให้แก้ไขแล้ว$/)).toBeInTheDocument();
    await waitFor(() => expect(measureParam(history.location.search)).toBe(M108));
    expect(await screen.findByRole('heading', { level: 2, name: /^2\. สร้างช่องทางการร้องเรียน/ })).toBeInTheDocument();
    await waitFor(() => expect(queueTitles()).toHaveLength(2));
    expect(queueTitles().some((t) => t.includes('จัดทำสื่อประชาสัมพันธ์'))).toBe(false);
    expect(await statusOf(M103)).toEqual({ status: 'returned', status_reason: 'ขอภาพถ่ายสื่อที่เผยแพร่เพิ่มเติม' });
  });

  it('approves after a confirmation step and moves on (to the previous item when it was the last)', async () => {
    const { user, history } = renderApp({
      client: await stack.signIn('head.governance@dindaeng.example'),
      route: `/review?fy=2565&measure=${M108}`,
    });
    await screen.findByRole('heading', { level: 2, name: /^2\. สร้างช่องทางการร้องเรียน/ }, FIRST);
    expect(screen.getByText('รายการที่ 2 จาก 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'อนุมัติ' }));
    expect(screen.getByRole('textbox', { name: /หมายเหตุ/ })).toHaveFocus();
    // Escape steps back without deciding.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: /หมายเหตุ/ })).not.toBeInTheDocument();
    expect((await statusOf(M108)).status).toBe('submitted');

    await user.click(screen.getByRole('button', { name: 'อนุมัติ' }));
    await user.click(screen.getByRole('button', { name: 'ยืนยันอนุมัติ' }));

    await waitFor(() => expect(measureParam(history.location.search)).toBe(M105));
    await waitFor(() => expect(queueTitles()).toHaveLength(1));
    expect((await statusOf(M108)).status).toBe('approved');
    expect(await screen.findByText('รายการที่ 1 จาก 1')).toBeInTheDocument();
  });

  it('gives the ITA coordinator every department with a department filter in the URL', async () => {
    const { user, history } = renderApp({
      client: await stack.signIn('admin@dindaeng.example'),
      route: '/review?fy=2565',
    });

    expect(await screen.findByText('รอการพิจารณา 2 รายการ', undefined, FIRST)).toBeInTheDocument();
    expect(within(queue()).getByText(/ฝ่ายปกครอง/)).toBeInTheDocument();
    expect(within(queue()).getByText(/ฝ่ายการคลัง/)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'ฝ่าย' }));
    await user.click(await screen.findByRole('option', { name: 'ฝ่ายการคลัง' }));
    await waitFor(() =>
      expect(new URLSearchParams(history.location.search).get('department')).toBe(
        '20000000-0000-4000-8000-000000000103',
      ),
    );
    expect(await screen.findByText('รอการพิจารณา 1 รายการ')).toBeInTheDocument();
    expect(within(queue()).getAllByRole('link')[0]).toHaveAttribute('href', expect.stringContaining(M106));
  });

  it('explains a conflicting change and succeeds on the refreshed version', async () => {
    const { user } = renderApp({
      client: await stack.signIn('head.finance@dindaeng.example'),
      route: `/review?fy=2565&measure=${M106}`,
    });
    await screen.findByRole('heading', { level: 2, name: /^1\. ประกาศกฎระเบียบ/ }, FIRST);
    await user.click(screen.getByRole('button', { name: 'อนุมัติ' }));

    // Someone else changes the measure meanwhile.
    const { error } = await stack.service().from('measures').update({ percent_complete: 95 }).eq('id', M106);
    if (error) throw new Error(error.message);

    await user.click(screen.getByRole('button', { name: 'ยืนยันอนุมัติ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('มีผู้อื่นแก้ไขข้อมูลนี้ไปแล้ว กรุณาโหลดข้อมูลล่าสุดแล้วดำเนินการอีกครั้ง');
    expect((await statusOf(M106)).status).toBe('submitted');
    // The panel reloads the measure (95%); confirming again decides on that version.
    expect(await screen.findByText('95%')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ยืนยันอนุมัติ' }));
    expect(await screen.findByRole('heading', { name: 'ไม่มีมาตรการรอตรวจ' })).toBeInTheDocument();
    expect((await statusOf(M106)).status).toBe('approved');
  });

  it('tells a head with nothing submitted that the queue is empty', async () => {
    renderApp({ client: await stack.signIn('head.registry@dindaeng.example'), route: '/review?fy=2565' });
    expect(await screen.findByRole('heading', { name: 'ไม่มีมาตรการรอตรวจ' }, FIRST)).toBeInTheDocument();
  });

  it('is not open to staff', async () => {
    renderApp({ client: await stack.signIn('staff.finance@dindaeng.example'), route: '/review' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่มีสิทธิ์เข้าถึงหน้านี้' }, FIRST)).toBeInTheDocument();
  });
});
