import { screen, waitFor, within } from '@testing-library/react';
import { UsersPage } from '@/features/admin/components/users-page';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

const DIN_DAENG = '10000000-0000-4000-8000-000000000001';
const ADMIN_ID = '30000000-0000-4000-8000-000000000101';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

async function renderUsers() {
  const admin = await signIn('admin@dindaeng.example');
  const view = renderWithProviders(<UsersPage organizationId={DIN_DAENG} currentUserId={ADMIN_ID} />, {
    client: admin,
  });
  await screen.findByRole('table');
  return view;
}

const rowOf = (email: string) => {
  const row = document.querySelector<HTMLElement>(`tr[data-user="${email}"]`);
  if (!row) throw new Error(`no row for ${email}`);
  return row;
};

describe('UsersPage', () => {
  it('lists the organisation’s users with their Thai role, department and status', async () => {
    await renderUsers();
    const head = within(rowOf('head.finance@dindaeng.example'));
    expect(head.getByText('นางวันเพ็ญ ทองดี')).toBeInTheDocument();
    expect(head.getByText('หัวหน้าฝ่าย')).toBeInTheDocument();
    expect(head.getByText('ฝ่ายการคลัง')).toBeInTheDocument();
    expect(within(rowOf('disabled.finance@dindaeng.example')).getByText('ระงับการใช้งาน')).toBeInTheDocument();
    expect(screen.queryByText('admin@huaikhwang.example')).not.toBeInTheDocument();
  });

  it('checks the form in Thai before creating anyone', async () => {
    const { user } = await renderUsers();
    await user.click(screen.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มผู้ใช้งาน' });
    await user.type(within(dialog).getByLabelText(/อีเมล/), 'not-an-email');
    await user.type(within(dialog).getByLabelText(/รหัสผ่านเริ่มต้น/), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }));
    expect(await within(dialog).findByText('รูปแบบอีเมลไม่ถูกต้อง')).toBeInTheDocument();
    expect(within(dialog).getByText('รหัสผ่านต้องมีความยาว 8–72 ตัวอักษร')).toBeInTheDocument();
    expect(within(dialog).getByText('กรุณากรอกข้อมูลนี้')).toBeInTheDocument();
    expect(within(dialog).getByText('หัวหน้าฝ่ายและเจ้าหน้าที่ต้องเลือกฝ่าย')).toBeInTheDocument();
  });

  it('creates a user who can then sign in; disabling them refuses sign-in', async () => {
    const { user } = await renderUsers();
    await user.click(screen.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มผู้ใช้งาน' });
    await user.type(within(dialog).getByLabelText(/อีเมล/), 'new.registry@dindaeng.example');
    await user.type(within(dialog).getByLabelText(/รหัสผ่านเริ่มต้น/), 'first-password-1');
    await user.type(within(dialog).getByLabelText(/ชื่อ-นามสกุล/), 'นางสาวทดสอบ ระบบงาน');
    await user.type(within(dialog).getByLabelText(/ตำแหน่ง/), 'เจ้าพนักงานปกครองปฏิบัติงาน');
    await user.selectOptions(within(dialog).getByLabelText(/บทบาท/), 'เจ้าหน้าที่');
    await user.selectOptions(within(dialog).getByLabelText(/^ฝ่าย/), 'ฝ่ายทะเบียน');
    await user.click(within(dialog).getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'เพิ่มผู้ใช้งาน' })).not.toBeInTheDocument());
    expect(await screen.findByText('สร้างบัญชี นางสาวทดสอบ ระบบงาน แล้ว')).toBeInTheDocument();
    const row = within(await waitFor(() => rowOf('new.registry@dindaeng.example')));
    expect(row.getByText('เจ้าหน้าที่')).toBeInTheDocument();
    expect(row.getByText('ฝ่ายทะเบียน')).toBeInTheDocument();

    const signedIn = await stack.signIn('new.registry@dindaeng.example', 'first-password-1');
    const { data: me } = await signedIn
      .from('profiles')
      .select('role, department:departments(name)')
      .eq('email', 'new.registry@dindaeng.example')
      .single();
    expect(me).toEqual({ role: 'staff', department: { name: 'ฝ่ายทะเบียน' } });

    await user.click(row.getByRole('button', { name: 'การดำเนินการสำหรับ นางสาวทดสอบ ระบบงาน' }));
    await user.click(await screen.findByRole('menuitem', { name: 'ระงับการใช้งาน' }));
    const confirm = await screen.findByRole('dialog', { name: 'ระงับการใช้งานบัญชี นางสาวทดสอบ ระบบงาน?' });
    await user.click(within(confirm).getByRole('button', { name: 'ระงับการใช้งาน' }));
    await waitFor(() =>
      expect(within(rowOf('new.registry@dindaeng.example')).getByText('ระงับการใช้งาน')).toBeInTheDocument(),
    );
    await expect(stack.signIn('new.registry@dindaeng.example', 'first-password-1')).rejects.toThrow(/User is banned/);
  });

  it('shows the database’s Thai reason when the e-mail is taken', async () => {
    const { user } = await renderUsers();
    await user.click(screen.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }));
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มผู้ใช้งาน' });
    await user.type(within(dialog).getByLabelText(/อีเมล/), 'staff.finance@dindaeng.example');
    await user.type(within(dialog).getByLabelText(/รหัสผ่านเริ่มต้น/), 'first-password-1');
    await user.type(within(dialog).getByLabelText(/ชื่อ-นามสกุล/), 'ซ้ำ อีเมล');
    await user.selectOptions(within(dialog).getByLabelText(/^ฝ่าย/), 'ฝ่ายการคลัง');
    await user.click(within(dialog).getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('มีผู้ใช้งานที่ใช้อีเมลนี้อยู่แล้ว');
  });

  it('resets a password so the user signs in with the new one', async () => {
    const { user } = await renderUsers();
    const row = within(rowOf('staff.registry@dindaeng.example'));
    await user.click(row.getByRole('button', { name: /การดำเนินการสำหรับ/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'ตั้งรหัสผ่านใหม่' }));
    const dialog = await screen.findByRole('dialog', { name: 'ตั้งรหัสผ่านใหม่' });
    await user.type(within(dialog).getByLabelText(/^รหัสผ่านใหม่/), 'brand-new-pass');
    await user.type(within(dialog).getByLabelText(/ยืนยันรหัสผ่านใหม่/), 'brand-new-pass');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }));
    expect(await screen.findByText('ตั้งรหัสผ่านใหม่ให้ นายกิตติพงษ์ มีสุข แล้ว')).toBeInTheDocument();
    await expect(stack.signIn('staff.registry@dindaeng.example', 'brand-new-pass')).resolves.toBeTruthy();
  });

  it('changes a user’s role and department, but not the admin’s own', async () => {
    const { user } = await renderUsers();
    await user.click(within(rowOf('staff.governance@dindaeng.example')).getByRole('button', { name: /การดำเนินการ/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'แก้ไขข้อมูล' }));
    const dialog = await screen.findByRole('dialog', { name: /แก้ไขข้อมูล นางสาวสุดารัตน์/ });
    await user.selectOptions(within(dialog).getByLabelText(/บทบาท/), 'หัวหน้าฝ่าย');
    await user.selectOptions(within(dialog).getByLabelText(/^ฝ่าย/), 'ฝ่ายโยธา');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    await waitFor(() =>
      expect(within(rowOf('staff.governance@dindaeng.example')).getByText('ฝ่ายโยธา')).toBeInTheDocument(),
    );
    expect(within(rowOf('staff.governance@dindaeng.example')).getByText('หัวหน้าฝ่าย')).toBeInTheDocument();

    await user.click(within(rowOf('admin@dindaeng.example')).getByRole('button', { name: /การดำเนินการ/ }));
    expect(await screen.findByRole('menuitem', { name: 'ระงับการใช้งาน' })).toBeDisabled();
    await user.click(screen.getByRole('menuitem', { name: 'แก้ไขข้อมูล' }));
    const own = await screen.findByRole('dialog', { name: /แก้ไขข้อมูล นางสาวพิมพ์ชนก/ });
    expect(within(own).getByLabelText(/บทบาท/)).toBeDisabled();
    expect(within(own).getByText('ไม่สามารถเปลี่ยนบทบาทและฝ่ายของตนเองได้')).toBeInTheDocument();
  });
});
