import { expect, type Page } from '@playwright/test';
import { withFy } from '../fixtures/seed';

/** /reports: the O42/O43 documents and the measures export of a year's plan. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async goto(fiscalYear?: number) {
    await this.page.goto(withFy('/reports', fiscalYear));
    await expect(this.page.getByRole('heading', { level: 1, name: 'รายงาน' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'ดาวน์โหลด O42 (DOCX)' })).toBeVisible();
  }

  /** Clicks the download button and resolves with the browser's download. */
  async download(report: 'O42' | 'O43') {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `ดาวน์โหลด ${report} (DOCX)` }).click();
    return download;
  }
}

/** /reports/print: the O42/O43 document as an A4 landscape page to print or save as PDF. */
export class ReportPrintPage {
  constructor(readonly page: Page) {}

  async goto(report: 'o42' | 'o43', period: 'half_year' | 'annual', fiscalYear?: number) {
    await this.page.goto(withFy(`/reports/print?report=${report}&period=${period}`, fiscalYear));
    await expect(this.document).toBeVisible();
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  get document() {
    return this.page.getByRole('article');
  }
  get table() {
    return this.document.getByRole('table');
  }
}
