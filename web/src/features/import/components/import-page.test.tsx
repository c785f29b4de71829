import { screen, within } from '@testing-library/react';
import fixtureText from '@/testing/fixtures/ita-2565-dindaeng.txt?raw';
import { ImportPage } from '@/features/import/components/import-page';
import { buildImportTemplateXlsx } from '@/features/import/lib/build-import-template';
import expectedPlan from '@/testing/fixtures/ita-2565-dindaeng.expected.json';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

const DIN_DAENG = '10000000-0000-4000-8000-000000000001';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

async function renderImport() {
  const view = renderWithProviders(<ImportPage organizationId={DIN_DAENG} fiscalYear={2565} />, {
    client: await signIn('admin@dindaeng.example'),
  });
  await screen.findByRole('tab', { name: 'อัปโหลดไฟล์' });
  return view;
}

async function plansOf(year: number) {
  const { data } = await stack
    .service()
    .from('plans')
    .select('id')
    .eq('organization_id', DIN_DAENG)
    .eq('fiscal_year', year);
  return data ?? [];
}

const problemsList = () => screen.queryByRole('list', { name: 'รายการปัญหาที่พบ' });

describe('ImportPage', () => {
  it('previews the seed document (8 indicators, 14 measures, no errors) and creates the plan only after confirmation', async () => {
    const { user } = await renderImport();
    await user.click(screen.getByRole('tab', { name: 'วางข้อความ' }));
    await user.click(screen.getByLabelText(/ข้อความจากเอกสาร/));
    await user.paste(fixtureText.replaceAll('2565', '2566'));
    await user.click(screen.getByRole('button', { name: 'อ่านข้อความ' }));

    const summary = within(await screen.findByRole('region', { name: 'ข้อมูลที่อ่านได้' }));
    expect(summary.getByText('ตัวชี้วัด 8 ตัว มาตรการ 14 มาตรการ')).toBeInTheDocument();
    expect(summary.getByText('สำนักงานเขตดินแดง')).toBeInTheDocument();
    expect(summary.getByText('75.28')).toBeInTheDocument();
    expect(summary.getByText('ตัวชี้วัดที่ 8 การปรับปรุงกระบวนการ')).toBeInTheDocument();
    const problems = problemsList();
    expect(problems?.querySelectorAll('[data-severity="error"]') ?? []).toHaveLength(0);

    // The text export names no departments: choose one for all, keep the default due date (30 ก.ย. 2566).
    const save = screen.getByRole('button', { name: 'บันทึกแผน' });
    expect(save).toBeDisabled();
    expect(screen.getByText(/มาตรการ 14 รายการไม่ระบุหน่วยงานรับผิดชอบ/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('ฝ่ายสำหรับมาตรการที่ยังไม่ได้เลือก'), 'ฝ่ายปกครอง');
    await user.click(screen.getByRole('button', { name: 'ใช้กับมาตรการที่ยังว่าง (14)' }));
    await user.selectOptions(screen.getByLabelText(/^ฝ่ายที่รับผิดชอบ มาตรการ 2\.1/), 'ฝ่ายการคลัง');
    expect(save).toBeEnabled();

    await user.click(save);
    const confirm = await screen.findByRole('dialog', { name: 'สร้างแผนปีงบประมาณ 2566 จากไฟล์นี้?' });
    expect(await plansOf(2566)).toEqual([]); // nothing written before the confirmation
    await user.click(within(confirm).getByRole('button', { name: 'บันทึกแผน' }));

    expect(await screen.findByText('สร้างแผนปีงบประมาณ 2566 แล้ว')).toBeInTheDocument();
    const [plan] = await plansOf(2566);
    expect(screen.getByRole('link', { name: 'เปิดแผน' })).toHaveAttribute('href', `/admin/plans/${plan!.id}`);
    const { data: stored } = await stack
      .service()
      .from('plans')
      .select('fiscal_year, ita_score, ita_grade, status, framework_id, plan_indicators(count), measures(count)')
      .eq('id', plan!.id)
      .single();
    expect(stored).toEqual({
      fiscal_year: 2566,
      ita_score: 75.28,
      ita_grade: 'B',
      status: 'active',
      framework_id: '40000000-0000-4000-8000-000000000166',
      plan_indicators: [{ count: 8 }],
      measures: [{ count: 14 }],
    });
    const { data: budget } = await stack
      .service()
      .from('measures')
      .select('due_date, department:departments(name), plan_indicators!inner(no)')
      .eq('plan_id', plan!.id)
      .eq('plan_indicators.no', 2);
    expect(budget).toEqual([{ due_date: '2023-09-30', department: { name: 'ฝ่ายการคลัง' }, plan_indicators: { no: 2 } }]);
  });

  it('shows the problems of a broken file with their lines, and writes nothing', async () => {
    const before = await stack.service().from('plans').select('id', { count: 'exact', head: true });
    const { user } = await renderImport();
    const broken = new File(['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\tไม่มีหัวตาราง\n\nบรรทัดอื่น ๆ'], 'เอกสารเสีย.txt', {
      type: 'text/plain',
    });
    await user.upload(screen.getByLabelText('เลือกไฟล์เอกสาร'), broken);

    expect(await screen.findByText('ไฟล์: เอกสารเสีย.txt')).toBeInTheDocument();
    const alert = screen.getAllByRole('alert')[0]!;
    expect(alert).toHaveTextContent(/พบข้อผิดพลาด/);
    const errors = problemsList()!.querySelectorAll('[data-severity="error"]');
    expect(errors.length).toBeGreaterThan(0);
    expect(within(problemsList()!).getByText(/ไม่พบปีงบประมาณ/)).toBeInTheDocument();
    const skipped = within(problemsList()!)
      .getByText(/ข้ามข้อความที่อยู่นอกตาราง: "บรรทัดอื่น ๆ"/)
      .closest('li')!;
    expect(skipped).toHaveTextContent('บรรทัด 3');
    expect(screen.queryByRole('button', { name: 'บันทึกแผน' })).not.toBeInTheDocument();
    const after = await stack.service().from('plans').select('id', { count: 'exact', head: true });
    expect(after.count).toBe(before.count);
  });

  it('reads the template (.xlsx) with each measure’s department and due date, matched by name', async () => {
    const { user } = await renderImport();
    const plan = {
      ...expectedPlan,
      fiscal_year_be: 2567,
      indicators: expectedPlan.indicators.slice(0, 2).map((ind, i) => ({
        ...ind,
        measure_details: ind.measures.map((_, j) => ({
          department: i === 0 && j === 0 ? 'ฝ่ายที่ไม่มีอยู่' : 'การคลัง',
          due_date: j === 0 ? '2023-03-31' : null,
        })),
      })),
    };
    const bytes = await buildImportTemplateXlsx({ plan });
    await user.upload(
      screen.getByLabelText('เลือกไฟล์เอกสาร'),
      new File([new Uint8Array(bytes)], 'แม่แบบ-2567.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    expect(await screen.findByText('ตัวชี้วัด 2 ตัว มาตรการ 4 มาตรการ')).toBeInTheDocument();
    const unknown = screen.getByLabelText(/^ฝ่ายที่รับผิดชอบ มาตรการ 1\.1/);
    expect(unknown).toHaveValue('');
    expect(screen.getByText('ในไฟล์ระบุ "ฝ่ายที่ไม่มีอยู่" ซึ่งไม่พบในระบบ')).toBeInTheDocument();
    expect(screen.getByLabelText(/^ฝ่ายที่รับผิดชอบ มาตรการ 2\.1/)).toHaveDisplayValue('ฝ่ายการคลัง');
    expect(await screen.findAllByDisplayValue('31/03/2566')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'บันทึกแผน' })).toBeDisabled();
    await user.selectOptions(unknown, 'ฝ่ายปกครอง');
    expect(screen.getByRole('button', { name: 'บันทึกแผน' })).toBeEnabled();
  });

  it('blocks a year that already has a plan', async () => {
    const { user } = await renderImport();
    const file = new File([fixtureText], 'ita-2565.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('เลือกไฟล์เอกสาร'), file);
    expect(await screen.findByText(/หน่วยงานมีแผนของปีงบประมาณ 2565 อยู่แล้ว/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'บันทึกแผน' })).toBeDisabled();
  });

  it('shows the database’s Thai reason when saving fails, and nothing of the import is written', async () => {
    const HUAI_KHWANG = '10000000-0000-4000-8000-000000000002';
    const { user } = renderWithProviders(<ImportPage organizationId={HUAI_KHWANG} fiscalYear={2566} />, {
      client: await signIn('admin@huaikhwang.example'),
    });
    // Free when the file is read, taken (by someone else) before the save: the RPC refuses the whole import.
    await user.upload(
      await screen.findByLabelText('เลือกไฟล์เอกสาร'),
      new File([fixtureText.replaceAll('2565', '2566')], 'ita-2566.txt', { type: 'text/plain' }),
    );
    await user.selectOptions(await screen.findByLabelText('ฝ่ายสำหรับมาตรการที่ยังไม่ได้เลือก'), 'ฝ่ายปกครอง');
    await user.click(screen.getByRole('button', { name: /ใช้กับมาตรการที่ยังว่าง/ }));
    const { data: taken, error } = await stack
      .service()
      .from('plans')
      .insert({ organization_id: HUAI_KHWANG, fiscal_year: 2566, title: 'แผนที่สร้างระหว่างนั้น' })
      .select('id')
      .single();
    expect(error).toBeNull();
    await user.click(screen.getByRole('button', { name: 'บันทึกแผน' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'บันทึกแผน' }));
    const failure = await screen.findByText('บันทึกแผนไม่สำเร็จ');
    const box = failure.closest('[role="alert"]') as HTMLElement;
    expect(box).toHaveTextContent('หน่วยงานมีแผนของปีงบประมาณนี้อยู่แล้ว');
    expect(box).toHaveTextContent('ระบบไม่ได้บันทึกข้อมูลใด ๆ');
    const { data: plans } = await stack
      .service()
      .from('plans')
      .select('id, measures(count), plan_indicators(count)')
      .eq('organization_id', HUAI_KHWANG)
      .eq('fiscal_year', 2566);
    expect(plans).toEqual([{ id: taken!.id, measures: [{ count: 0 }], plan_indicators: [{ count: 0 }] }]);
  });
});
