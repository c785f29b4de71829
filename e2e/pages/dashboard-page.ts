import { expect, type Page } from '@playwright/test';
import { withFy } from '../fixtures/seed';

/** The figures of one row of a dashboard table (by department or indicator), by column header. */
export interface RowFigures {
  measures: number;
  not_started: number;
  in_progress: number;
  submitted: number;
  returned: number;
  approved: number;
  percentApproved: string;
  overdue: number;
}

/** The year-at-a-glance strip. */
export interface Totals {
  measures: number;
  percentApproved: string;
  percentComplete: string;
  overdue: number;
}

/** /dashboard: totals, the ITA score, progress by indicator and by department. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  static readonly path = withFy('/dashboard');

  async goto() {
    await this.page.goto(DashboardPage.path);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'แดชบอร์ด' })).toBeVisible();
    await expect(this.total('มาตรการทั้งหมด')).toBeVisible();
  }

  total(label: string) {
    return this.page
      .getByRole('main')
      .locator('dt')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  async totals(): Promise<Totals> {
    const text = async (label: string) => (await this.total(label).textContent())?.trim() ?? '';
    return {
      measures: Number(await text('มาตรการทั้งหมด')),
      percentApproved: await text('อนุมัติแล้ว'),
      percentComplete: await text('ความคืบหน้าเฉลี่ย'),
      overdue: Number(await text('เกินกำหนด')),
    };
  }

  /** A department's row of the "ความคืบหน้ารายฝ่าย" table (present for screen readers even while the chart shows). */
  async department(name: string): Promise<RowFigures> {
    const table = this.page.getByRole('region', { name: 'ความคืบหน้ารายฝ่าย' }).getByRole('table');
    const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
    const row = table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    // The row header is the first column; the cells follow the remaining headers in order.
    const byHeader = (header: string, occurrence = 0) => {
      const indexes = headers.flatMap((h, i) => (h === header ? [i] : []));
      const index = indexes[occurrence];
      if (index === undefined) throw new Error(`no column "${header}" in ${headers.join(' | ')}`);
      return cells[index - 1] ?? '';
    };
    return {
      measures: Number(byHeader('มาตรการ')),
      not_started: Number(byHeader('ยังไม่เริ่ม')),
      in_progress: Number(byHeader('กำลังดำเนินการ')),
      submitted: Number(byHeader('ส่งตรวจแล้ว')),
      returned: Number(byHeader('ส่งกลับแก้ไข')),
      approved: Number(byHeader('อนุมัติแล้ว', 0)),
      percentApproved: byHeader('อนุมัติแล้ว', 1),
      overdue: Number(byHeader('เกินกำหนด')),
    };
  }
}
