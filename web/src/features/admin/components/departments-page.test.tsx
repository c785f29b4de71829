import { screen, waitFor, within } from '@testing-library/react';
import { DepartmentsPage } from '@/features/admin/components/departments-page';
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

async function renderDepartments() {
  const view = renderWithProviders(<DepartmentsPage organizationId={DIN_DAENG} />, {
    client: await signIn('admin@dindaeng.example'),
  });
  await screen.findByRole('table');
  return view;
}

const rowWith = (name: string) => screen.getByText(name, { selector: 'p' }).closest('tr') as HTMLElement;

describe('DepartmentsPage', () => {
  it('lists the ten Din Daeng departments with their members', async () => {
    await renderDepartments();
    expect(screen.getByText('ฝ่ายทั้งหมด 10 ฝ่าย')).toBeInTheDocument();
    expect(within(rowWith('ฝ่ายการคลัง')).getByText('FIN')).toBeInTheDocument();
    // head, two staff and the disabled one
    expect(within(rowWith('ฝ่ายการคลัง')).getByRole('cell', { name: '4' })).toBeInTheDocument();
  });

  it('renames a department', async () => {
    const { user } = await renderDepartments();
    await user.click(screen.getByRole('button', { name: 'แก้ไข ฝ่ายรายได้' }));
    const dialog = await screen.findByRole('dialog', { name: 'แก้ไขข้อมูลฝ่าย' });
    const name = within(dialog).getByLabelText(/ชื่อฝ่าย/);
    await user.clear(name);
    await user.type(name, 'ฝ่ายรายได้และภาษี');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));

    expect(await screen.findByText('ฝ่ายรายได้และภาษี', { selector: 'p' })).toBeInTheDocument();
    const { data } = await stack
      .service()
      .from('departments')
      .select('name')
      .eq('id', '20000000-0000-4000-8000-000000000104')
      .single();
    expect(data).toEqual({ name: 'ฝ่ายรายได้และภาษี' });
  });

  it('refuses a name another department already has', async () => {
    const { user } = await renderDepartments();
    await user.click(screen.getByRole('button', { name: 'เพิ่มฝ่าย' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มฝ่าย' });
    await user.type(within(dialog).getByLabelText(/ชื่อฝ่าย/), 'ฝ่ายโยธา');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('มีข้อมูลนี้อยู่แล้ว');
  });

  it('adds a department and deactivates it after confirmation', async () => {
    const { user } = await renderDepartments();
    await user.click(screen.getByRole('button', { name: 'เพิ่มฝ่าย' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มฝ่าย' });
    await user.type(within(dialog).getByLabelText(/ชื่อฝ่าย/), 'ฝ่ายทดสอบระบบ');
    await user.type(within(dialog).getByLabelText(/รหัสฝ่าย/), 'TST');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText('ฝ่ายทดสอบระบบ', { selector: 'p' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'ปิดใช้งาน ฝ่ายทดสอบระบบ' }));
    const confirm = await screen.findByRole('dialog', { name: 'ปิดใช้งานฝ่ายทดสอบระบบ?' });
    await user.click(within(confirm).getByRole('button', { name: 'ปิดใช้งาน' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'เปิดใช้งาน ฝ่ายทดสอบระบบ' })).toBeInTheDocument());
    expect(
      within(rowWith('ฝ่ายทดสอบระบบ')).getByText('ปิดใช้งาน', { selector: '.mantine-Badge-label' }),
    ).toBeInTheDocument();
  });
});
