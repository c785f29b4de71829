import { expect, type Page } from '@playwright/test';
import { apiCall, expectOk } from '../fixtures/test';
import { withFy } from '../fixtures/seed';
import { escapeRegExp } from './my-work-page';

/** /review: the queue of submitted measures beside the open item and its decision form. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  static readonly path = withFy('/review');

  async goto() {
    await this.page.goto(ReviewPage.path);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'รายการรอตรวจ' })).toBeVisible();
  }

  get queue() {
    return this.page.getByRole('list', { name: 'รอตรวจ' });
  }
  get decision() {
    return this.page.getByRole('region', { name: 'ผลการพิจารณา' });
  }

  queueItem(title: string) {
    return this.queue.getByRole('link', { name: new RegExp(`^\\d+\\. ${escapeRegExp(title)}`) });
  }

  async open(title: string) {
    await this.queueItem(title).click();
    await expect(this.page.getByRole('heading', { name: title })).toBeVisible();
  }

  /** Returns the open item with a reason (required) and waits for the database to accept it. */
  async returnWithReason(reason: string) {
    await this.decision.getByRole('button', { name: 'ส่งกลับแก้ไข' }).click();
    await this.decision.getByRole('textbox', { name: 'เหตุผลที่ส่งกลับ' }).fill(reason);
    const answer = apiCall(this.page, 'POST', '/rest/v1/rpc/return_measure');
    await this.decision.getByRole('button', { name: 'ยืนยันส่งกลับ' }).click();
    await expectOk(answer);
  }

  async approve(note?: string) {
    await this.decision.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
    if (note) await this.decision.getByRole('textbox', { name: 'หมายเหตุ' }).fill(note);
    const answer = apiCall(this.page, 'POST', '/rest/v1/rpc/approve_measure');
    await this.decision.getByRole('button', { name: 'ยืนยันอนุมัติ' }).click();
    await expectOk(answer);
  }
}
