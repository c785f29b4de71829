import { screen, waitFor, within } from '@testing-library/react';
import { createMeasure, one, renderMeasurePage, SEED } from '@/features/measures/testing/measure-test-kit';
import { unwrap } from '@/lib/errors';
import { renderApp } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

const HEAD = 'head.finance@dindaeng.example';
const STAFF = 'staff.finance@dindaeng.example';
const DIRECTOR = 'director@dindaeng.example';

const actionsRegion = () => screen.findByRole('region', { name: 'ขั้นตอนการดำเนินงาน' });
const buttonLabels = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('button')
    .map((b) => b.textContent);
const storedMeasure = async (id: string) =>
  one(
    await stack
      .service()
      .from('measures')
      .select('status, status_reason, percent_complete, version')
      .eq('id', id)
      .single(),
  );

describe('the measure page, role by role', () => {
  it('offers an assignee only their own steps, and explains in Thai that evidence must come before submitting', async () => {
    const measure = await createMeasure(stack, { assignees: [SEED.staffFinance] });
    const { user } = await renderMeasurePage(stack, STAFF, measure.id);

    const actions = await actionsRegion();
    expect(buttonLabels(actions)).toEqual(['ส่งตรวจ']);
    expect(screen.queryByRole('button', { name: 'แก้ไขรายละเอียด' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /อนุมัติ|ส่งกลับแก้ไข|ยกเลิกมาตรการ/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'เพิ่มผู้รับผิดชอบ' })).not.toBeInTheDocument();
    expect(screen.getByText(/evidence-slot in_progress v1 upload:true remove:true/)).toBeInTheDocument();

    await user.click(within(actions).getByRole('button', { name: 'ส่งตรวจ' }));
    const dialog = await screen.findByRole('dialog', { name: 'ส่งตรวจ' });
    expect(dialog).toHaveTextContent('กรุณาตรวจสอบว่าแนบหลักฐานครบถ้วนแล้ว');
    await user.click(within(dialog).getByRole('button', { name: 'ส่งตรวจ' }));

    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      'กรุณาแนบหลักฐานการดำเนินงานอย่างน้อย 1 รายการก่อนส่งตรวจ',
    );
    expect((await storedMeasure(measure.id)).status).toBe('in_progress');
  });

  it('gives staff who are not assigned no workflow steps', async () => {
    const measure = await createMeasure(stack, { assignees: [SEED.staffFinance] });
    await renderMeasurePage(stack, 'staff2.finance@dindaeng.example', measure.id);
    const actions = await actionsRegion();
    expect(buttonLabels(actions)).toEqual([]);
    expect(within(actions).getByText('ไม่มีขั้นตอนที่คุณดำเนินการได้ในสถานะนี้')).toBeInTheDocument();
    expect(screen.getByText(/upload:false remove:false/)).toBeInTheDocument();
  });

  it('shows staff why their measure was returned, and lets them take it back into work', async () => {
    const { user } = await renderMeasurePage(stack, 'staff.registry@dindaeng.example', SEED.returnedRegistryMeasure);
    const banner = (await screen.findByText('มาตรการนี้ถูกส่งกลับให้แก้ไข')).closest('[role="alert"], .mantine-Alert-root');
    expect(banner).toHaveTextContent('เหตุผลที่ส่งกลับ');
    expect(banner).toHaveTextContent(
      'หลักฐานยังไม่ครบ: ขอเพิ่มภาพถ่ายการติดประกาศขั้นตอนการปฏิบัติงาน ณ จุดให้บริการ และลิงก์เผยแพร่บนเว็บไซต์สำนักงานเขต',
    );
    expect(banner).toHaveTextContent('ส่งกลับโดย นางอรุณี สายทอง เมื่อ 31 มี.ค. 2565 14:00');

    const actions = await actionsRegion();
    expect(buttonLabels(actions)).toEqual(['ดำเนินการแก้ไข']);
    await user.click(within(actions).getByRole('button', { name: 'ดำเนินการแก้ไข' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'ดำเนินการแก้ไข' }));
    await waitFor(() =>
      expect(buttonLabels(screen.getByRole('region', { name: 'ขั้นตอนการดำเนินงาน' }))).toEqual(['ส่งตรวจ']),
    );
    expect(screen.queryByText('มาตรการนี้ถูกส่งกลับให้แก้ไข')).not.toBeInTheDocument();
  });

  it('lets the director read and comment, with no edit controls', async () => {
    const measure = await createMeasure(stack, { status: 'submitted', assignees: [SEED.staffFinance] });
    const { user } = await renderMeasurePage(stack, DIRECTOR, measure.id);

    expect(buttonLabels(await actionsRegion())).toEqual([]);
    expect(screen.queryByRole('button', { name: 'แก้ไขรายละเอียด' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'ร้อยละความคืบหน้า' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'เพิ่มผู้รับผิดชอบ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^ยกเลิกการมอบหมาย/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /รายงานความคืบหน้า/ })).not.toBeInTheDocument();
    expect(screen.getByText(/upload:false remove:false/)).toBeInTheDocument();

    const comments = screen.getByRole('region', { name: 'ความคิดเห็น' });
    expect(await within(comments).findByText('ยังไม่มีความคิดเห็น')).toBeInTheDocument();
    await user.click(within(comments).getByRole('button', { name: 'ส่งความคิดเห็น' }));
    expect(await within(comments).findByText('กรุณาพิมพ์ความคิดเห็น')).toBeInTheDocument();
    await user.type(within(comments).getByRole('textbox', { name: 'แสดงความคิดเห็น' }), 'ขอให้เร่งรัดการตรวจสอบ');
    await user.click(within(comments).getByRole('button', { name: 'ส่งความคิดเห็น' }));

    const list = await within(comments).findByRole('list', { name: 'ความคิดเห็นเรียงจากเก่าไปใหม่' });
    expect(await within(list).findByText('ขอให้เร่งรัดการตรวจสอบ')).toBeInTheDocument();
    expect(within(list).getByText('นายสมชาย วงศ์ใหญ่')).toBeInTheDocument();
    expect(within(list).getByText('ผู้อำนวยการเขต')).toBeInTheDocument();
    await waitFor(() => expect(within(comments).getByRole('textbox', { name: 'แสดงความคิดเห็น' })).toHaveValue(''));
  });

  it('makes the head give a reason to return a measure, then shows it', async () => {
    const measure = await createMeasure(stack, { status: 'submitted', assignees: [SEED.staffFinance] });
    const { user } = await renderMeasurePage(stack, HEAD, measure.id);

    const actions = await actionsRegion();
    expect(buttonLabels(actions)).toEqual(['อนุมัติ', 'ส่งกลับแก้ไข', 'ยกเลิกมาตรการ']);
    await user.click(within(actions).getByRole('button', { name: 'ส่งกลับแก้ไข' }));
    const dialog = await screen.findByRole('dialog', { name: 'ส่งกลับแก้ไข' });
    await user.click(within(dialog).getByRole('button', { name: 'ส่งกลับแก้ไข' }));
    expect(await within(dialog).findByText('กรุณาระบุเหตุผล')).toBeInTheDocument();
    expect((await storedMeasure(measure.id)).status).toBe('submitted');

    await user.type(within(dialog).getByRole('textbox', { name: /เหตุผลที่ส่งกลับแก้ไข/ }), 'ขอภาพถ่ายประกาศเพิ่มเติม');
    await user.click(within(dialog).getByRole('button', { name: 'ส่งกลับแก้ไข' }));

    expect(await screen.findByText('มาตรการนี้ถูกส่งกลับให้แก้ไข')).toBeInTheDocument();
    expect(screen.getAllByText('ขอภาพถ่ายประกาศเพิ่มเติม').length).toBeGreaterThan(0);
    expect(await storedMeasure(measure.id)).toMatchObject({
      status: 'returned',
      status_reason: 'ขอภาพถ่ายประกาศเพิ่มเติม',
    });
    const history = screen.getByRole('region', { name: 'ประวัติการดำเนินงาน' });
    expect(await within(history).findByText('ความเห็นผู้ตรวจ: ขอภาพถ่ายประกาศเพิ่มเติม')).toBeInTheDocument();
  });

  it('shows staff of another department a clear not-found page with a way back', async () => {
    const measure = await createMeasure(stack);
    renderApp({ client: await stack.signIn('staff.registry@dindaeng.example'), route: `/measures/${measure.id}` });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'ไม่พบมาตรการนี้ หรือคุณไม่มีสิทธิ์เข้าถึง' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ไปที่ภาพรวมแผน' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/plan/),
    );
    expect(screen.getByRole('link', { name: 'กลับหน้าหลัก' })).toBeInTheDocument();
  });

  it('opens on its own route with the evidence panel composed in', async () => {
    renderApp({
      client: await stack.signIn(HEAD),
      route: '/measures/70000000-0000-4000-8000-000000000106',
    });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: /^ประกาศกฎระเบียบหรือขั้นตอนการใช้ทรัพย์สินของทางราชการ/ },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    // The evidence feature's panel lists the measure's seeded files.
    expect(await screen.findByText('แบบฟอร์มขอยืมพัสดุ.docx')).toBeInTheDocument();
    expect(buttonLabels(await actionsRegion())).toEqual(['อนุมัติ', 'ส่งกลับแก้ไข', 'ยกเลิกมาตรการ']);
  });

  it('treats a malformed measure id as not found', async () => {
    await renderMeasurePage(stack, STAFF, 'not-a-uuid');
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบมาตรการนี้ หรือคุณไม่มีสิทธิ์เข้าถึง' })).toBeInTheDocument();
  });

  it('lets the head assign people of the department and unassign them after confirming', async () => {
    const measure = await createMeasure(stack);
    const { user } = await renderMeasurePage(stack, HEAD, measure.id);
    const card = await screen.findByRole('region', { name: 'ผู้รับผิดชอบ' });
    expect(await within(card).findByText('ยังไม่ได้มอบหมายผู้รับผิดชอบ')).toBeInTheDocument();

    await user.click(within(card).getByRole('combobox', { name: 'เพิ่มผู้รับผิดชอบ' }));
    const options = await screen.findAllByRole('option');
    // Active heads and staff of ฝ่ายการคลัง only: not the disabled user, not other departments.
    expect(options.map((option) => option.textContent)).toEqual([
      'นางวันเพ็ญ ทองดี (หัวหน้าฝ่ายการคลัง)',
      'นางสาวกมลวรรณ จันทร์เพ็ญ (เจ้าพนักงานพัสดุชำนาญงาน)',
      'นายธนากร แก้วมณี (นักวิชาการเงินและบัญชีปฏิบัติการ)',
    ]);
    await user.click(screen.getByRole('option', { name: /นายธนากร แก้วมณี/ }));
    await user.click(within(card).getByRole('button', { name: 'มอบหมาย' }));
    expect(await within(card).findByText('นายธนากร แก้วมณี')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'ยกเลิกการมอบหมาย นายธนากร แก้วมณี' }));
    const dialog = await screen.findByRole('dialog', { name: 'ยกเลิกการมอบหมาย' });
    await user.click(within(dialog).getByRole('button', { name: 'ยกเลิกการมอบหมาย' }));
    expect(await within(card).findByText('ยังไม่ได้มอบหมายผู้รับผิดชอบ')).toBeInTheDocument();
  });

  it('lets an assignee report progress for a period', async () => {
    const measure = await createMeasure(stack, { assignees: [SEED.staffFinance] });
    const { user } = await renderMeasurePage(stack, STAFF, measure.id);
    const reports = await screen.findByRole('region', { name: 'รายงานความคืบหน้า' });
    expect(await within(reports).findByText('1 ต.ค. 2564 – 31 ธ.ค. 2564')).toBeInTheDocument();

    await user.click(within(reports).getByRole('button', { name: 'รายงานความคืบหน้า ไตรมาสที่ 1' }));
    const form = within(reports).getByRole('form', { name: 'รายงานความคืบหน้า ไตรมาสที่ 1' });
    await user.click(within(form).getByRole('button', { name: 'บันทึกรายงาน' }));
    expect(await within(form).findByText('กรุณากรอกผลการดำเนินงาน')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /ผลการดำเนินงาน/ }), 'ร่างประกาศแล้ว รอลงนาม');
    const percent = within(form).getByRole('textbox', { name: /ร้อยละความคืบหน้า/ });
    await user.clear(percent);
    await user.type(percent, '30');
    await user.click(within(form).getByRole('button', { name: 'บันทึกรายงาน' }));

    expect(await within(reports).findByText('ร้อยละ 30')).toBeInTheDocument();
    await waitFor(() => expect(within(reports).queryByRole('form')).not.toBeInTheDocument());
    expect(within(reports).getByText('ร่างประกาศแล้ว รอลงนาม')).toBeInTheDocument();
    expect(within(reports).getByText(/รายงานโดย นายธนากร แก้วมณี/)).toBeInTheDocument();
    expect(within(reports).getByRole('button', { name: 'แก้ไขรายงาน ไตรมาสที่ 1' })).toBeInTheDocument();
  });

  it('updates the percent at once and puts it back when someone else changed the measure first', async () => {
    const measure = await createMeasure(stack, { assignees: [SEED.staffFinance] });
    const { user } = await renderMeasurePage(stack, STAFF, measure.id);
    const input = await screen.findByRole('textbox', { name: 'ร้อยละความคืบหน้า' });
    await user.clear(input);
    await user.type(input, '60');
    await user.click(screen.getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    expect(await screen.findByRole('progressbar', { name: 'ความคืบหน้าร้อยละ 60' })).toBeInTheDocument();
    await waitFor(async () => expect((await storedMeasure(measure.id)).percent_complete).toBe(60));

    // The head edits the measure meanwhile; this page still holds the older version.
    const { version } = await storedMeasure(measure.id);
    unwrap(await stack.service().from('measures').update({ title: 'ปรับชื่อโดยหัวหน้าฝ่าย', version }).eq('id', measure.id));
    await user.clear(input);
    await user.type(input, '70');
    await user.click(screen.getByRole('button', { name: 'บันทึกความคืบหน้า' }));

    expect(await screen.findByText('มาตรการนี้ถูกแก้ไขโดยผู้อื่น กรุณาโหลดข้อมูลใหม่')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'ความคืบหน้าร้อยละ 60' })).toBeInTheDocument();
    expect((await storedMeasure(measure.id)).percent_complete).toBe(60);
  });
});
