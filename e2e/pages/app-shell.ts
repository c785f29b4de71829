import type { Page } from '@playwright/test';

/** The signed-in layout: header (fiscal year, language, notifications, user menu) and the role's navigation. */
export class AppShell {
  constructor(readonly page: Page) {}

  get main() {
    return this.page.getByRole('main');
  }
  get nav() {
    return this.page.getByRole('navigation', { name: 'เมนูหลัก' });
  }
  get languages() {
    return this.page.getByRole('group', { name: 'ภาษา (Language)' });
  }

  navLink(name: string) {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** A toast (Mantine notification) with this text. */
  toast(text: string | RegExp) {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }
}
