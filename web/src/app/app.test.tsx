import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';
import { DEMO_PASSWORD, startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

const navigation = () => screen.getByRole('navigation', { name: 'เมนูหลัก' });

describe('the app', () => {
  it('sends a signed-out visitor to the login page and back after signing in', async () => {
    const { user, history } = renderApp({ client: stack.client(), route: '/my-work' });

    expect(await screen.findByRole('heading', { level: 1, name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/login');
    expect(history.location.search).toContain('redirect=%2Fmy-work');

    await user.type(screen.getByLabelText(/อีเมล/), 'head.finance@dindaeng.example');
    await user.type(screen.getByLabelText(/^รหัสผ่าน/), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'งานของฉัน' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/my-work');
  });

  it('shows the organisation, the user and their Thai role label in the header', async () => {
    renderApp({ client: await stack.signIn('head.finance@dindaeng.example'), route: '/my-work' });

    const header = await screen.findByRole('banner');
    expect(await within(header).findByText('สำนักงานเขตดินแดง')).toBeInTheDocument();
    expect(within(header).getByText('นางวันเพ็ญ ทองดี')).toBeInTheDocument();
    expect(within(header).getByText('หัวหน้าฝ่าย')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'การแจ้งเตือน' })).toHaveAttribute('href', '/notifications');
  });

  it('lists the fiscal years of the organisation’s plans in B.E.', async () => {
    renderApp({ client: await stack.signIn('head.finance@dindaeng.example'), route: '/plan' });
    // Header (desktop) and navbar (phones) each hold a picker; CSS decides which one shows.
    const [picker] = await screen.findAllByRole('combobox', { name: 'ปีงบประมาณ' });
    // The seeded organisation has an active 2565 plan: it is the default when the URL has no ?fy=.
    await waitFor(() => expect(picker).toHaveValue('ปีงบประมาณ 2565'));
    expect(screen.getByText('ความคืบหน้าของมาตรการทั้งหมดในแผนปีงบประมาณ 2565')).toBeInTheDocument();
  });

  it('takes the fiscal year from ?fy= and keeps it on links', async () => {
    renderApp({ client: await stack.signIn('head.finance@dindaeng.example'), route: '/plan?fy=2566' });
    expect(await screen.findByText('ความคืบหน้าของมาตรการทั้งหมดในแผนปีงบประมาณ 2566')).toBeInTheDocument();
    const [picker] = screen.getAllByRole('combobox', { name: 'ปีงบประมาณ' });
    expect(picker).toHaveValue('ปีงบประมาณ 2566');
    expect(within(navigation()).getByRole('link', { name: 'งานของฉัน' })).toHaveAttribute('href', '/my-work?fy=2566');
  });

  it('switches the fiscal year from the picker', async () => {
    const { user, history } = renderApp({
      client: await stack.signIn('head.finance@dindaeng.example'),
      route: '/plan?fy=2566',
    });
    const [picker] = await screen.findAllByRole('combobox', { name: 'ปีงบประมาณ' });
    await user.click(picker!);
    await user.click(await screen.findByRole('option', { name: 'ปีงบประมาณ 2565' }));
    expect(await screen.findByText('ความคืบหน้าของมาตรการทั้งหมดในแผนปีงบประมาณ 2565')).toBeInTheDocument();
    expect(history.location.search).toBe('?fy=2565');
  });

  it('shows each role its own navigation', async () => {
    renderApp({ client: await stack.signIn('head.finance@dindaeng.example'), route: '/my-work' });
    await screen.findByRole('heading', { level: 1, name: 'งานของฉัน' });
    const headNav = navigation();
    expect(within(headNav).getByRole('link', { name: 'งานของฉัน' })).toHaveAttribute('aria-current', 'page');
    expect(within(headNav).getByRole('link', { name: 'รายการรอตรวจ' })).toBeInTheDocument();
    expect(within(headNav).queryByRole('link', { name: 'ภาพรวมผู้ดูแลระบบ' })).not.toBeInTheDocument();
  });

  it.each([
    ['staff.finance@dindaeng.example', '/my-work', 'งานของฉัน'],
    ['director@dindaeng.example', '/dashboard', 'แดชบอร์ด'],
    ['admin@dindaeng.example', '/admin', 'ผู้ดูแลระบบ'],
  ])('sends %s from / to %s', async (email, path, heading) => {
    const { history } = renderApp({ client: await stack.signIn(email), route: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(history.location.pathname).toBe(path);
  });

  it('refuses a page the role may not open', async () => {
    renderApp({ client: await stack.signIn('staff.finance@dindaeng.example'), route: '/admin/users' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่มีสิทธิ์เข้าถึงหน้านี้' })).toBeInTheDocument();
  });

  it('signs out back to the login page', async () => {
    const client = await stack.signIn('staff.finance@dindaeng.example');
    const { user, history } = renderApp({ client, route: '/my-work' });
    await user.click(await screen.findByRole('button', { name: /เมนูผู้ใช้/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'ออกจากระบบ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/login');
    expect((await client.auth.getSession()).data.session).toBeNull();
  });

  it('offers a skip link to the main content', async () => {
    renderApp({ client: await stack.signIn('staff.finance@dindaeng.example'), route: '/my-work' });
    await screen.findByRole('heading', { level: 1, name: 'งานของฉัน' });
    expect(screen.getByRole('link', { name: 'ข้ามไปยังเนื้อหาหลัก' })).toHaveAttribute('href', '#main-content');
    expect(document.getElementById('main-content')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });

  it('shows a Thai not-found page for unknown paths', async () => {
    renderApp({ client: stack.client(), route: '/no-such-page' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบหน้าที่ต้องการ' })).toBeInTheDocument();
  });
});
