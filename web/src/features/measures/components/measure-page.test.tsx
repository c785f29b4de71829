import { screen, waitFor, within } from '@testing-library/react';
import { createMeasure, one, renderMeasurePage, SEED } from '@/features/measures/testing/measure-test-kit';
import { unwrap } from '@/lib/errors';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

const HEAD = 'head.finance@dindaeng.example';
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

/** The date input once its lazily loaded calendar has replaced the read-only placeholder. */
async function dateInput(name: string) {
  await waitFor(() => expect(screen.getByRole('textbox', { name })).toBeEnabled());
  return screen.getByRole('textbox', { name });
}

describe('the measure page for the head of the owner department', () => {
  it('shows every field of the measure, B.E. dates and a way back to the plan', async () => {
    const measure = await createMeasure(stack, { assignees: [SEED.staffFinance], detail: 'ประกาศทางเว็บไซต์และบอร์ด' });
    await renderMeasurePage(stack, HEAD, measure.id);

    expect(await heading(measure.title)).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'รายละเอียดมาตรการ' });
    expect(within(details).getByText('ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ')).toBeInTheDocument();
    expect(within(details).getByText('68.22 คะแนน')).toBeInTheDocument();
    expect(within(details).getByText('ฝ่ายการคลัง')).toBeInTheDocument();
    expect(within(details).getByText('ประกาศทางเว็บไซต์และบอร์ด')).toBeInTheDocument();
    expect(within(details).getByText('1 ตุลาคม 2564')).toBeInTheDocument();
    expect(within(details).getByText(/31 มีนาคม 2565/)).toBeInTheDocument();
    expect(within(details).getByText('กำลังดำเนินการ')).toBeInTheDocument();
    expect(within(details).getByRole('progressbar', { name: 'ความคืบหน้าร้อยละ 20' })).toBeInTheDocument();
    expect(within(details).getByText('ร้อยละ 20')).toBeInTheDocument();

    const assignees = screen.getByRole('region', { name: 'ผู้รับผิดชอบ' });
    expect(await within(assignees).findByText('นายธนากร แก้วมณี')).toBeInTheDocument();

    const breadcrumbs = screen.getByRole('navigation', { name: 'ตำแหน่งของหน้านี้' });
    expect(within(breadcrumbs).getByRole('link', { name: 'ภาพรวมแผน ปีงบประมาณ 2565' })).toHaveAttribute(
      'href',
      '/plan?fy=2565',
    );
    expect(within(breadcrumbs).getByText('ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ')).toBeInTheDocument();
    expect(screen.getByText(/evidence-slot in_progress v1 upload:true remove:true/)).toBeInTheDocument();
  });

  it('edits the measure and saves it with the version it loaded', async () => {
    const measure = await createMeasure(stack);
    const { user } = await renderMeasurePage(stack, HEAD, measure.id);
    await user.click(await screen.findByRole('button', { name: 'แก้ไขรายละเอียด' }));

    const title = screen.getByRole('textbox', { name: /ชื่อมาตรการ/ });
    await user.clear(title);
    await user.type(title, 'จัดทำคู่มือการยืมพัสดุฉบับปรับปรุง');
    const percent = screen.getByRole('textbox', { name: /ร้อยละความคืบหน้า/ });
    await user.clear(percent);
    await user.type(percent, '45');
    await user.click(screen.getByRole('button', { name: 'บันทึกการแก้ไข' }));

    expect(await heading('จัดทำคู่มือการยืมพัสดุฉบับปรับปรุง')).toBeInTheDocument();
    expect(await screen.findByRole('progressbar', { name: 'ความคืบหน้าร้อยละ 45' })).toBeInTheDocument();
    const saved = one(
      await stack.service().from('measures').select('title, percent_complete, version').eq('id', measure.id).single(),
    );
    expect(saved).toEqual({ title: 'จัดทำคู่มือการยืมพัสดุฉบับปรับปรุง', percent_complete: 45, version: 2 });
  });

  it('refuses to overwrite a change made meanwhile and offers to reload', async () => {
    const measure = await createMeasure(stack);
    const { user } = await renderMeasurePage(stack, HEAD, measure.id);
    await user.click(await screen.findByRole('button', { name: 'แก้ไขรายละเอียด' }));

    // Someone else saves first: the version the form holds is now stale.
    unwrap(
      await stack
        .service()
        .from('measures')
        .update({ title: 'ชื่อที่ผู้อื่นแก้ไข', version: measure.version })
        .eq('id', measure.id),
    );

    const title = screen.getByRole('textbox', { name: /ชื่อมาตรการ/ });
    await user.clear(title);
    await user.type(title, 'ชื่อของหัวหน้าฝ่าย');
    await user.click(screen.getByRole('button', { name: 'บันทึกการแก้ไข' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('มาตรการนี้ถูกแก้ไขโดยผู้อื่น กรุณาโหลดข้อมูลใหม่');
    const stored = one(await stack.service().from('measures').select('title').eq('id', measure.id).single());
    expect(stored.title).toBe('ชื่อที่ผู้อื่นแก้ไข');

    await user.click(within(alert).getByRole('button', { name: 'โหลดข้อมูลใหม่' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /ชื่อมาตรการ/ })).toHaveValue('ชื่อที่ผู้อื่นแก้ไข'));
    expect(screen.getByText('โหลดข้อมูลล่าสุดแล้ว กรุณาตรวจสอบก่อนดำเนินการอีกครั้ง')).toBeInTheDocument();
    expect(await heading('ชื่อที่ผู้อื่นแก้ไข')).toBeInTheDocument();

    // Saving after the reload sends the new version and succeeds.
    await user.type(screen.getByRole('textbox', { name: /ชื่อมาตรการ/ }), ' (ตรวจแล้ว)');
    await user.click(screen.getByRole('button', { name: 'บันทึกการแก้ไข' }));
    expect(await heading('ชื่อที่ผู้อื่นแก้ไข (ตรวจแล้ว)')).toBeInTheDocument();
  });

  it('explains invalid values in Thai before saving', async () => {
    const measure = await createMeasure(stack);
    const { user } = await renderMeasurePage(stack, HEAD, measure.id);
    await user.click(await screen.findByRole('button', { name: 'แก้ไขรายละเอียด' }));

    await user.clear(screen.getByRole('textbox', { name: /ชื่อมาตรการ/ }));
    const due = await dateInput('กำหนดแล้วเสร็จ');
    await user.clear(due);
    await user.type(due, '30/09/2564');
    const percent = screen.getByRole('textbox', { name: /ร้อยละความคืบหน้า/ });
    await user.clear(percent);
    await user.type(percent, '150');
    await user.click(screen.getByRole('button', { name: 'บันทึกการแก้ไข' }));

    expect(await screen.findByText('กรุณากรอกชื่อมาตรการ')).toBeInTheDocument();
    expect(screen.getByText('กำหนดแล้วเสร็จต้องไม่ก่อนวันที่เริ่มดำเนินการ')).toBeInTheDocument();
    expect(screen.getByText('ร้อยละความคืบหน้าต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง 100')).toBeInTheDocument();
    const stored = one(await stack.service().from('measures').select('version').eq('id', measure.id).single());
    expect(stored.version).toBe(1);
  });

  it('shows an approved measure as locked, with reopen as the only step', async () => {
    await renderMeasurePage(stack, HEAD, SEED.approvedFinanceMeasure);
    const banner = await screen.findByText('มาตรการนี้อนุมัติแล้วและถูกล็อก');
    expect(banner).toBeInTheDocument();
    expect(screen.getByText(/อนุมัติโดย นางวันเพ็ญ ทองดี เมื่อ 31 มี.ค. 2565 14:00/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'แก้ไขรายละเอียด' })).not.toBeInTheDocument();
    const actions = await screen.findByRole('region', { name: 'ขั้นตอนการดำเนินงาน' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['เปิดมาตรการอีกครั้ง']);
    const assignees = screen.getByRole('region', { name: 'ผู้รับผิดชอบ' });
    await within(assignees).findByText('นายธนากร แก้วมณี');
    expect(within(assignees).queryByRole('button')).not.toBeInTheDocument();
    expect(within(assignees).getByText('ระงับการใช้งาน')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /รายงานความคืบหน้า/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'ร้อยละความคืบหน้า' })).not.toBeInTheDocument();
    // The seeded measure reached approval step by step, so its version is past 1.
    expect(screen.getByText(/evidence-slot approved v\d+ upload:false remove:false/)).toBeInTheDocument();
  });

  it('tells the history in Thai: reviews with their notes, uploads, assignments and reports', async () => {
    await renderMeasurePage(stack, HEAD, SEED.approvedFinanceMeasure);
    const history = await screen.findByRole('region', { name: 'ประวัติการดำเนินงาน' });
    expect(await within(history).findByText('อนุมัติมาตรการ')).toBeInTheDocument();
    expect(within(history).getByText('ความเห็นผู้ตรวจ: หลักฐานครบถ้วน')).toBeInTheDocument();
    expect(within(history).getByText('ส่งกลับแก้ไข')).toBeInTheDocument();
    expect(
      within(history).getByText('ความเห็นผู้ตรวจ: สรุปผลการจัดซื้อจัดจ้างรายเดือนยังขาดเดือนมีนาคม 2565 กรุณาแนบฉบับที่ครบถ้วน'),
    ).toBeInTheDocument();
    const reviews = within(history)
      .getAllByRole('listitem')
      .filter((item) => /ความเห็นผู้ตรวจ/.test(item.textContent ?? ''));
    expect(reviews.map((item) => /นางวันเพ็ญ ทองดี · (25|31) มี.ค. 2565/.test(item.textContent ?? ''))).toEqual([
      true,
      true,
    ]);
    expect(within(history).getByText('มอบหมายให้ นายธนากร แก้วมณี')).toBeInTheDocument();
    expect(within(history).getByText('แนบหลักฐานฉบับที่ 2 “สรุปผลการจัดซื้อจัดจ้างรายเดือน (ฉบับแก้ไข).xlsx”')).toBeInTheDocument();
    expect(within(history).getByText('รายงานความคืบหน้า ไตรมาสที่ 2 ร้อยละ 100')).toBeInTheDocument();
  });
});
