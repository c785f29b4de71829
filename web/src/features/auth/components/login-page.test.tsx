import { screen, waitFor, within } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '@/i18n/i18n';
import { renderWithProviders } from '@/testing/render';
import { createOfflineSupabaseClient } from '@/testing/supabase';
import { DEMO_PASSWORD, startWebTestStack, type WebTestStack } from '@/testing/test-stack';
import { LoginPage } from './login-page';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

function renderLogin(client = stack.client()) {
  const onSignedIn = vi.fn();
  return { ...renderWithProviders(<LoginPage onSignedIn={onSignedIn} />, { client, route: '/login' }), onSignedIn };
}

async function fillAndSubmit(user: ReturnType<typeof renderLogin>['user'], email: string, password: string) {
  await user.clear(screen.getByLabelText(/อีเมล/));
  await user.type(screen.getByLabelText(/อีเมล/), email);
  await user.clear(screen.getByLabelText(/^รหัสผ่าน/));
  await user.type(screen.getByLabelText(/^รหัสผ่าน/), password);
  await user.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
}

describe('LoginPage', () => {
  it('is in Thai, with labelled fields', async () => {
    renderLogin(createOfflineSupabaseClient());
    expect(await screen.findByRole('heading', { level: 1, name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
    expect(screen.getByLabelText(/อีเมล/)).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText(/^รหัสผ่าน/)).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
  });

  it('asks for the missing fields in Thai before calling the server', async () => {
    const { user, onSignedIn } = renderLogin(createOfflineSupabaseClient());
    await user.click(await screen.findByRole('button', { name: 'เข้าสู่ระบบ' }));
    expect(await screen.findAllByText('กรุณากรอกข้อมูลนี้')).toHaveLength(2);
    await user.type(screen.getByLabelText(/อีเมล/), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
    expect(await screen.findByText('รูปแบบอีเมลไม่ถูกต้อง')).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows and hides the password with a labelled toggle', async () => {
    const { user } = renderLogin(createOfflineSupabaseClient());
    const toggle = await screen.findByRole('button', { name: 'แสดงรหัสผ่าน' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(screen.getByLabelText(/^รหัสผ่าน/)).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('explains that the ITA coordinator resets passwords', async () => {
    const { user } = renderLogin(createOfflineSupabaseClient());
    const disclosure = await screen.findByRole('button', { name: 'ลืมรหัสผ่าน?' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByText(/กรุณาติดต่อผู้ประสานงาน ITA ของหน่วยงาน/)).toBeVisible());
  });

  it('says so in Thai when the password is wrong', async () => {
    const { user, onSignedIn } = renderLogin();
    await screen.findByRole('heading', { name: 'เข้าสู่ระบบ' });
    await fillAndSubmit(user, 'head.finance@dindaeng.example', 'wrong-password');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('อีเมลหรือรหัสผ่านไม่ถูกต้อง')).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says the account is disabled', async () => {
    const { user } = renderLogin();
    await screen.findByRole('heading', { name: 'เข้าสู่ระบบ' });
    await fillAndSubmit(user, 'disabled.finance@dindaeng.example', DEMO_PASSWORD);
    expect(await screen.findByText('บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ประสานงาน ITA')).toBeInTheDocument();
  });

  it('tells how long to wait after too many attempts', async () => {
    const { user } = renderLogin();
    await screen.findByRole('heading', { name: 'เข้าสู่ระบบ' });
    // The stack allows 5 failures per e-mail in 5 minutes; an unknown address keeps other tests unaffected.
    for (let attempt = 0; attempt < 5; attempt++) {
      await fillAndSubmit(user, 'rate-limit-test@dindaeng.example', 'wrong-password');
      await screen.findByText('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
    }
    await fillAndSubmit(user, 'rate-limit-test@dindaeng.example', 'wrong-password');
    expect(await screen.findByText(/เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณารอ \d+ (วินาที|นาที) แล้วลองใหม่/)).toBeInTheDocument();
  });

  it('says the server cannot be reached when offline', async () => {
    const { user } = renderLogin(createOfflineSupabaseClient());
    await screen.findByRole('heading', { name: 'เข้าสู่ระบบ' });
    await fillAndSubmit(user, 'head.finance@dindaeng.example', DEMO_PASSWORD);
    expect(await screen.findByText(/เชื่อมต่อเซิร์ฟเวอร์ไม่ได้/, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('signs in with the right password', async () => {
    const client = stack.client();
    const { user, onSignedIn } = renderLogin(client);
    await screen.findByRole('heading', { name: 'เข้าสู่ระบบ' });
    await fillAndSubmit(user, 'head.finance@dindaeng.example', DEMO_PASSWORD);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    const { data } = await client.auth.getSession();
    expect(data.session?.user.email).toBe('head.finance@dindaeng.example');
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    const { user } = renderLogin(createOfflineSupabaseClient());
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mail/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await user.click(screen.getByRole('button', { name: 'ไทย' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('th');
  });
});
