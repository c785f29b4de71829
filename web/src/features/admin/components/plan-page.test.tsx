import { screen, waitFor, within } from '@testing-library/react';
import { PlanPage } from '@/features/admin/components/plan-page';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

const DIN_DAENG = '10000000-0000-4000-8000-000000000001';
const PLAN_2565 = '50000000-0000-4000-8000-000000000165';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

async function renderPlan(planId = PLAN_2565) {
  const view = renderWithProviders(<PlanPage organizationId={DIN_DAENG} planId={planId} />, {
    client: await signIn('admin@dindaeng.example'),
  });
  await screen.findByRole('heading', { level: 1, name: /แผนปีงบประมาณ/ });
  return view;
}

const indicatorSection = (no: number) => screen.getByRole('region', { name: new RegExp(`^ตัวชี้วัดที่ ${no} `) });

describe('PlanPage', () => {
  it('shows the plan’s 8 indicators with their measures, owners and statuses', async () => {
    await renderPlan();
    expect(screen.getByRole('heading', { name: 'ตัวชี้วัด 8 ตัว มาตรการ 14 มาตรการ' })).toBeInTheDocument();
    const first = within(indicatorSection(1));
    expect(first.getByText('คะแนนเฉลี่ย 86.39')).toBeInTheDocument();
    expect(first.getByText('มาตรการ (3)')).toBeInTheDocument();
    expect(first.getAllByText('ฝ่ายปกครอง').length).toBeGreaterThan(0);
    // An approved measure is locked: no edit, no delete.
    const approved = within(indicatorSection(2));
    expect(approved.getByRole('button', { name: /^แก้ไขมาตรการ เผยแพร่/ })).toBeDisabled();
    expect(approved.getByRole('button', { name: /^ลบมาตรการ เผยแพร่/ })).toBeDisabled();
  });

  it('enters an indicator’s score and both analyses', async () => {
    const { user } = await renderPlan();
    await user.click(within(indicatorSection(3)).getByRole('button', { name: 'คะแนนและผลการวิเคราะห์ ตัวชี้วัดที่ 3' }));
    const dialog = await screen.findByRole('dialog', { name: /ตัวชี้วัดที่ 3 การใช้อำนาจ/ });
    const score = within(dialog).getByLabelText('คะแนนเฉลี่ย');
    await user.clear(score);
    await user.type(score, '81.5');
    const analysis = within(dialog).getByLabelText('การวิเคราะห์');
    await user.clear(analysis);
    await user.type(analysis, 'วิเคราะห์ใหม่');
    const agency = within(dialog).getByLabelText('ผลการวิเคราะห์ของหน่วยงาน');
    await user.clear(agency);
    await user.type(agency, 'หน่วยงานวิเคราะห์ใหม่');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    expect(await within(indicatorSection(3)).findByText('คะแนนเฉลี่ย 81.50')).toBeInTheDocument();
    const { data } = await stack
      .service()
      .from('plan_indicators')
      .select('score, analysis, agency_analysis')
      .eq('plan_id', PLAN_2565)
      .eq('no', 3)
      .single();
    expect(data).toEqual({ score: 81.5, analysis: 'วิเคราะห์ใหม่', agency_analysis: 'หน่วยงานวิเคราะห์ใหม่' });
  });

  it('adds a measure for any department with a due date, then deletes it after confirmation', async () => {
    const { user } = await renderPlan();
    await user.click(within(indicatorSection(4)).getByRole('button', { name: 'เพิ่มมาตรการ ตัวชี้วัดที่ 4' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มมาตรการ' });
    await user.type(within(dialog).getByLabelText(/^มาตรการ/), 'ตรวจนับพัสดุประจำปีและเผยแพร่ผล');
    await user.selectOptions(within(dialog).getByLabelText(/ฝ่ายที่รับผิดชอบ/), 'ฝ่ายเทศกิจ');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    expect(await within(dialog).findByText('กรุณากรอกข้อมูลนี้')).toBeInTheDocument();
    await user.type(await within(dialog).findByRole('textbox', { name: /กำหนดแล้วเสร็จ/ }), '30/09/2565');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));

    const row = (await within(indicatorSection(4)).findByText(/ตรวจนับพัสดุประจำปีและเผยแพร่ผล/)).closest('tr')!;
    expect(within(row).getByText('ฝ่ายเทศกิจ')).toBeInTheDocument();
    expect(within(row).getByText('30 ก.ย. 2565')).toBeInTheDocument();
    const { data } = await stack
      .service()
      .from('measures')
      .select('due_date, status, department_id')
      .eq('title', 'ตรวจนับพัสดุประจำปีและเผยแพร่ผล')
      .single();
    expect(data).toEqual({
      due_date: '2022-09-30',
      status: 'not_started',
      department_id: '20000000-0000-4000-8000-000000000108',
    });

    await user.click(within(row).getByRole('button', { name: /^ลบมาตรการ ตรวจนับ/ }));
    const confirm = await screen.findByRole('dialog', { name: 'ลบมาตรการนี้?' });
    await user.click(within(confirm).getByRole('button', { name: 'ลบ' }));
    await waitFor(() => expect(screen.queryByText(/ตรวจนับพัสดุประจำปีและเผยแพร่ผล/)).not.toBeInTheDocument());
  });

  it('enters the overall score and closes the plan after confirmation', async () => {
    const { user } = await renderPlan();
    const form = screen.getByRole('form', { name: 'ข้อมูลแผน' });
    const score = within(form).getByLabelText('คะแนน ITA');
    await user.clear(score);
    await user.type(score, '76.1');
    await user.selectOptions(within(form).getByLabelText('สถานะ'), 'ปิดแผนแล้ว');
    await user.click(within(form).getByRole('button', { name: 'บันทึก' }));
    const confirm = await screen.findByRole('dialog', { name: 'เปลี่ยนสถานะแผนเป็น "ปิดแผนแล้ว"?' });
    await user.click(within(confirm).getByRole('button', { name: 'เปลี่ยนสถานะ' }));
    expect(await screen.findByText('บันทึกข้อมูลแผนแล้ว')).toBeInTheDocument();
    const { data } = await stack
      .service()
      .from('plans')
      .select('status, ita_score, ita_grade')
      .eq('id', PLAN_2565)
      .single();
    expect(data).toEqual({ status: 'closed', ita_score: 76.1, ita_grade: 'B' });
  });
});
