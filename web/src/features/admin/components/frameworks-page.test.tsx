import { screen, waitFor, within } from '@testing-library/react';
import { FrameworksPage } from '@/features/admin/components/frameworks-page';
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

async function renderFrameworks(fiscalYear = 2565) {
  const view = renderWithProviders(<FrameworksPage organizationId={DIN_DAENG} fiscalYear={fiscalYear} />, {
    client: await signIn('admin@dindaeng.example'),
  });
  await screen.findByRole('form', { name: 'ข้อมูลทั่วไปของกรอบการประเมิน' });
  return view;
}

describe('FrameworksPage', () => {
  it('shows the selected year’s indicators, group weights and grade bands', async () => {
    await renderFrameworks();
    expect(screen.getByText('ตัวชี้วัด น้ำหนักคะแนน และระดับผลการประเมิน ITA ของแต่ละปีงบประมาณ')).toBeInTheDocument();
    expect(screen.getByLabelText('ปีงบประมาณ (พ.ศ.)')).toHaveDisplayValue('ปีงบประมาณ 2565');
    expect(screen.getByLabelText('น้ำหนัก OIT (%)')).toHaveValue('40');
    const indicators = within(screen.getByRole('region', { name: 'ตัวชี้วัด' }));
    expect(indicators.getAllByRole('row')).toHaveLength(11);
    expect(indicators.getByText('การป้องกันการทุจริต')).toBeInTheDocument();
    expect(indicators.getByText('OIT: รวม 40 จาก 40')).toBeInTheDocument();
    const bands = within(screen.getByRole('region', { name: 'ระดับผลการประเมิน' }));
    expect(bands.getByText('AA')).toBeInTheDocument();
    expect(bands.getByText('85.00 – 94.99')).toBeInTheDocument();
  });

  it('adds a fiscal year by copying the latest framework', async () => {
    const { user } = await renderFrameworks();
    await user.click(screen.getByRole('button', { name: 'เพิ่มปีงบประมาณ' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มกรอบการประเมินของปีงบประมาณใหม่' });
    expect(within(dialog).getByLabelText(/ปีงบประมาณ/)).toHaveValue('2567');
    expect(within(dialog).getByLabelText('คัดลอกจาก')).toHaveDisplayValue('ปีงบประมาณ 2566');
    await user.click(within(dialog).getByRole('button', { name: 'เพิ่มปีงบประมาณ' }));

    await waitFor(() => expect(screen.getByLabelText('ปีงบประมาณ (พ.ศ.)')).toHaveDisplayValue('ปีงบประมาณ 2567'));
    expect(await screen.findByDisplayValue('ITA ประจำปีงบประมาณ พ.ศ. 2567')).toBeInTheDocument();
    const bands = within(screen.getByRole('region', { name: 'ระดับผลการประเมิน' }));
    expect(bands.getByText('ผ่านดีเยี่ยม')).toBeInTheDocument();
    const { data } = await stack
      .service()
      .from('frameworks')
      .select('framework_indicators(count), framework_grade_bands(count)')
      .eq('organization_id', DIN_DAENG)
      .eq('fiscal_year', 2567)
      .single();
    expect(data).toEqual({ framework_indicators: [{ count: 10 }], framework_grade_bands: [{ count: 5 }] });
  });

  it('changes a group weight and warns while the weights do not add up to 100', async () => {
    const { user } = await renderFrameworks(2566);
    const form = screen.getByRole('form', { name: 'ข้อมูลทั่วไปของกรอบการประเมิน' });
    const iit = within(form).getByLabelText('น้ำหนัก IIT (%)');
    await user.clear(iit);
    await user.type(iit, '25');
    expect(within(form).getByText('น้ำหนักรวม 95% (ควรรวมได้ 100%)')).toBeInTheDocument();
    const eit = within(form).getByLabelText('น้ำหนัก EIT (%)');
    await user.clear(eit);
    await user.type(eit, '35');
    expect(within(form).getByText('น้ำหนักรวม 100%')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText('บันทึกกรอบการประเมินแล้ว')).toBeInTheDocument();
    const { data } = await stack
      .service()
      .from('frameworks')
      .select('iit_weight, eit_weight')
      .eq('id', '40000000-0000-4000-8000-000000000166')
      .single();
    expect(data).toEqual({ iit_weight: 25, eit_weight: 35 });
  });

  it('adds an indicator with its group and weight', async () => {
    const { user } = await renderFrameworks(2566);
    const section = within(screen.getByRole('region', { name: 'ตัวชี้วัด' }));
    await user.click(section.getByRole('button', { name: 'เพิ่มตัวชี้วัด' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มตัวชี้วัด' });
    expect(within(dialog).getByLabelText(/ข้อที่/)).toHaveValue('11');
    await user.type(within(dialog).getByLabelText(/ชื่อตัวชี้วัด/), 'การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง');
    await user.selectOptions(within(dialog).getByLabelText(/กลุ่ม/), 'OIT (เปิดเผยข้อมูล)');
    await user.type(within(dialog).getByLabelText(/น้ำหนัก/), '5');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    expect(await section.findByText('การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง')).toBeInTheDocument();
    expect(section.getByText('OIT: รวม 45 ไม่เท่ากับน้ำหนักกลุ่ม 40')).toBeInTheDocument();
  });
});
