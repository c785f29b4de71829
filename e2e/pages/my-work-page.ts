import { expect, type Page } from '@playwright/test';
import { withFy } from '../fixtures/seed';

/** /my-work: a staff member's assigned measures, or a head's department's, grouped by what needs doing. */
export class MyWorkPage {
  constructor(readonly page: Page) {}

  static readonly path = withFy('/my-work');

  async goto() {
    await this.page.goto(MyWorkPage.path);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'งานของฉัน' })).toBeVisible();
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: /มาตรการ/ })
        .or(this.emptyTitle),
    ).toBeVisible();
  }

  get emptyTitle() {
    return this.page.getByRole('heading', { name: /ยังไม่มีมาตรการ|ไม่มีมาตรการ/ });
  }

  /** The row (list item) of a measure, found by its title link "no. title". */
  row(title: string) {
    return this.page.getByRole('listitem').filter({ has: this.link(title) });
  }

  link(title: string) {
    return this.page.getByRole('link', { name: new RegExp(`^\\d+\\. ${escapeRegExp(title)}$`) });
  }

  async open(title: string) {
    await this.link(title).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
