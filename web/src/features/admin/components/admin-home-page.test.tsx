import { screen } from '@testing-library/react';
import { AdminHomePage } from '@/features/admin/components/admin-home-page';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

describe('AdminHomePage', () => {
  it('counts what is set up and links to the selected year’s plan', async () => {
    renderWithProviders(<AdminHomePage organizationId="10000000-0000-4000-8000-000000000001" fiscalYear={2565} />, {
      client: await signIn('admin@dindaeng.example'),
    });
    expect(await screen.findByText('ใช้งาน 10 ฝ่าย')).toBeInTheDocument();
    expect(screen.getByText('ใช้งาน 9 คน (ระงับ 1 คน)')).toBeInTheDocument();
    expect(screen.getByText('14 มาตรการ')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'เปิดแผน' })).toHaveAttribute(
      'href',
      '/admin/plans/50000000-0000-4000-8000-000000000165',
    );
    expect(screen.getByRole('link', { name: /ผู้ใช้งาน/ })).toHaveAttribute('href', '/admin/users');
  });

  it('offers import or creation when the year has no plan', async () => {
    renderWithProviders(<AdminHomePage organizationId="10000000-0000-4000-8000-000000000001" fiscalYear={2566} />, {
      client: await signIn('admin@dindaeng.example'),
    });
    expect(await screen.findByText('ยังไม่มีแผนของปีงบประมาณ 2566')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'นำเข้าแผน' })).toHaveAttribute('href', '/admin/import');
  });
});
