import { expect, type Page } from '@playwright/test';
import { withFy } from '../fixtures/seed';

/** /plan: the plan's indicators with their measures (a head's or staff member's: their department's only). */
export class PlanOverviewPage {
  constructor(readonly page: Page) {}

  static readonly path = withFy('/plan');

  async goto() {
    await this.page.goto(PlanOverviewPage.path);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'ภาพรวมแผน' })).toBeVisible();
    await expect(this.page.getByRole('region', { name: /^ตัวชี้วัดที่ 1 / })).toBeVisible();
  }

  /** Every measure link on the page ("no. title"). */
  async measureTitles(): Promise<string[]> {
    const links = this.page.getByRole('main').getByRole('link', { name: /^\d+\. / });
    return (await links.allTextContents()).map((text) => text.replace(/^\d+\.\s*/, '').trim());
  }
}
