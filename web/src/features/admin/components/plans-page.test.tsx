import { screen, waitFor, within } from '@testing-library/react';
import { PlansPage } from '@/features/admin/components/plans-page';
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

async function renderPlans() {
  const view = renderWithProviders(<PlansPage organizationId={DIN_DAENG} fiscalYear={2565} />, {
    client: await signIn('admin@dindaeng.example'),
    route: '/admin/plans',
  });
  await screen.findByRole('table');
  return view;
}

async function planOf(year: number) {
  const { data } = await stack
    .service()
    .from('plans')
    .select('id, status, title, ita_score, ita_grade, source_plan_id, framework_id')
    .eq('organization_id', DIN_DAENG)
    .eq('fiscal_year', year)
    .maybeSingle();
  return data;
}

describe('PlansPage', () => {
  it('lists the 2565 plan with its score, indicators and measures', async () => {
    await renderPlans();
    const row = screen.getByRole('link', { name: 'ปีงบประมาณ 2565' }).closest('tr')!;
    expect(within(row).getByText('75.28 (B)')).toBeInTheDocument();
    expect(within(row).getByText('กำลังดำเนินการ')).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: '8' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: '14' })).toBeInTheDocument();
  });

  it('clones last year’s plan into a new fiscal year after explaining what is reset', async () => {
    const { user, router } = await renderPlans();
    await user.click(screen.getByRole('button', { name: 'คัดลอกแผนจากปีก่อน' }));
    const dialog = await screen.findByRole('dialog', { name: 'คัดลอกแผนไปยังปีงบประมาณใหม่' });
    expect(within(dialog).getByLabelText(/คัดลอกจากแผน/)).toHaveDisplayValue('ปีงบประมาณ 2565');
    expect(within(dialog).getByLabelText(/ไปยังปีงบประมาณ/)).toHaveValue('2566');
    expect(within(dialog).getByText(/มาตรการทุกข้อกลับเป็น "ยังไม่เริ่ม"/)).toBeInTheDocument();
    expect(within(dialog).getByText(/ไม่คัดลอกหลักฐาน/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'คัดลอกแผนจากปีก่อน' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/admin\/plans\/[0-9a-f-]{36}$/));
    const plan = await planOf(2566);
    expect(plan).toMatchObject({
      status: 'draft',
      ita_score: null,
      ita_grade: null,
      source_plan_id: '50000000-0000-4000-8000-000000000165',
      framework_id: '40000000-0000-4000-8000-000000000166',
    });
    expect(router.state.location.pathname).toBe(`/admin/plans/${plan!.id}`);
    const { data: measures } = await stack
      .service()
      .from('measures')
      .select('status, due_date')
      .eq('plan_id', plan!.id);
    expect(measures).toHaveLength(14);
    expect(new Set(measures!.map((m) => m.status))).toEqual(new Set(['not_started']));
    expect(await screen.findByRole('link', { name: 'ปีงบประมาณ 2566' })).toBeInTheDocument();
  });

  it('refuses to clone into a year that already has a plan, in Thai', async () => {
    const { user } = await renderPlans();
    await user.click(screen.getByRole('button', { name: 'คัดลอกแผนจากปีก่อน' }));
    const dialog = await screen.findByRole('dialog', { name: 'คัดลอกแผนไปยังปีงบประมาณใหม่' });
    const year = within(dialog).getByLabelText(/ไปยังปีงบประมาณ/);
    await user.clear(year);
    await user.type(year, '2565');
    await user.click(within(dialog).getByRole('button', { name: 'คัดลอกแผนจากปีก่อน' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('หน่วยงานมีแผนของปีงบประมาณนี้อยู่แล้ว');
  });

  it('creates an empty draft plan with the indicators of the year’s framework', async () => {
    const { user } = await renderPlans();
    await user.click(screen.getByRole('button', { name: 'สร้างแผน' }));
    const dialog = await screen.findByRole('dialog', { name: 'สร้างแผนประจำปีงบประมาณ' });
    const year = within(dialog).getByLabelText(/ปีงบประมาณ/);
    await user.clear(year);
    await user.type(year, '2570');
    expect(within(dialog).getByText(/ยังไม่มีกรอบการประเมินของปี 2570/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'สร้างแผน' }));
    await waitFor(async () => expect(await planOf(2570)).not.toBeNull());
    expect(await planOf(2570)).toMatchObject({
      status: 'draft',
      title: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570',
      framework_id: null,
    });
  });
});
