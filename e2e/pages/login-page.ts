import { expect, type Page } from '@playwright/test';
import { PASSWORD, type DemoUser } from '../fixtures/seed';

/** /login (Thai labels). */
export class LoginPage {
  constructor(readonly page: Page) {}

  get email() {
    return this.page.getByRole('textbox', { name: 'อีเมล' });
  }
  get password() {
    return this.page.getByRole('textbox', { name: 'รหัสผ่าน' });
  }
  get submit() {
    return this.page.getByRole('button', { name: 'เข้าสู่ระบบ' });
  }

  async goto() {
    await this.page.goto('/login');
    await expect(this.submit).toBeVisible();
  }

  /** Signs in and waits for the role's home page. */
  async signIn(user: DemoUser) {
    await this.goto();
    await this.email.fill(user.email);
    await this.password.fill(PASSWORD);
    await this.submit.click();
    await expect(this.page).not.toHaveURL(/\/login/);
    await expect(this.page.getByRole('main')).toBeVisible();
  }
}
