import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

/** The route glue: the real route tree hands each admin and reports page the signed-in user and the fiscal year. */

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

describe('admin and reports routes', () => {
  it('opens a plan from the admin landing page', async () => {
    const { user, history } = renderApp({ client: await signIn('admin@dindaeng.example'), route: '/admin?fy=2565' });
    await user.click(await screen.findByRole('link', { name: 'เปิดแผน' }, { timeout: 10_000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'แผนปีงบประมาณ 2565' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/admin/plans/50000000-0000-4000-8000-000000000165');
    expect(history.location.search).toBe('?fy=2565');
  });

  it('gives the users page the signed-in admin (their own row is marked)', async () => {
    renderApp({ client: await signIn('admin@dindaeng.example'), route: '/admin/users' });
    expect(await screen.findByText('นางสาวพิมพ์ชนก ศรีสุข (คุณ)', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('shows the print page of O43 inside the app with its print button', async () => {
    renderApp({
      client: await signIn('director@dindaeng.example'),
      route: '/reports/print?fy=2565&report=o43&period=half_year',
    });
    const doc = await screen.findByRole('article', {}, { timeout: 10_000 });
    expect(within(doc).getByText('รอบ 6 เดือน (1 ต.ค. 2564 – 31 มี.ค. 2565)')).toBeInTheDocument();
    expect(within(doc).getByText(/โดย นายสมชาย วงศ์ใหญ่ \(ผู้อำนวยการเขตดินแดง\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' })).toBeInTheDocument();
  });

  it('keeps heads out of administration', async () => {
    renderApp({ client: await signIn('head.finance@dindaeng.example'), route: '/admin/import' });
    expect(await screen.findByRole('heading', { name: 'ไม่มีสิทธิ์เข้าถึงหน้านี้' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
