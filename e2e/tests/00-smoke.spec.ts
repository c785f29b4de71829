import { expect, test } from '@playwright/test';

test('the Thai login page loads and a head signs in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await page.getByRole('textbox', { name: 'อีเมล' }).fill('head.finance@dindaeng.example');
  await page.getByRole('textbox', { name: 'รหัสผ่าน' }).fill('demo-password');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await expect(page).toHaveURL(/\/my-work/);
});
