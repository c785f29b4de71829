import { expect, type Locator, type Page } from '@playwright/test';
import { apiCall, apiCalls, expectOk } from '../fixtures/test';
import type { FilePayload } from '../fixtures/files';
import { withFy } from '../fixtures/seed';

/** Workflow steps as their buttons (and confirm buttons) are labelled. */
export const ACTIONS = {
  start: { label: 'เริ่มดำเนินการ', rpc: 'start_measure' },
  resume: { label: 'ดำเนินการแก้ไข', rpc: 'start_measure' },
  submit: { label: 'ส่งตรวจ', rpc: 'submit_measure' },
  approve: { label: 'อนุมัติ', rpc: 'approve_measure' },
  return: { label: 'ส่งกลับแก้ไข', rpc: 'return_measure' },
} as const;
export type ActionName = keyof typeof ACTIONS;

/** /measures/$id: details, workflow, assignees, evidence, progress reports. */
export class MeasurePage {
  constructor(readonly page: Page) {}

  static path(measureId: string) {
    return withFy(`/measures/${measureId}`);
  }

  async goto(measureId: string) {
    await this.page.goto(MeasurePage.path(measureId));
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get workflow() {
    return this.page.getByRole('region', { name: 'ขั้นตอนการดำเนินงาน' });
  }
  get details() {
    return this.page.getByRole('region', { name: 'รายละเอียดมาตรการ' });
  }
  get assignees() {
    return this.page.getByRole('region', { name: 'ผู้รับผิดชอบ' });
  }
  get progressReports() {
    return this.page.getByRole('region', { name: 'รายงานความคืบหน้า' });
  }
  get editButton() {
    return this.page.getByRole('button', { name: 'แก้ไขรายละเอียด' });
  }
  get evidenceList() {
    return this.page.getByRole('list', { name: 'รายการหลักฐาน' });
  }
  get fileInput() {
    return this.page.getByLabel('ไฟล์หลักฐาน', { exact: true });
  }
  get dialog() {
    return this.page.getByRole('dialog');
  }

  actionButton(action: ActionName) {
    return this.workflow.getByRole('button', { name: ACTIONS[action].label, exact: true });
  }

  /** The value shown for a term of the details card (`กำหนดแล้วเสร็จ`, `สถานะ`, …). */
  detail(term: string): Locator {
    return this.details.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  /** Edits the due date (typed as B.E. `dd/mm/yyyy`) in the head's edit form and saves it. */
  async setDueDate(beDate: string) {
    await this.editButton.click();
    const form = this.page.getByRole('region', { name: 'แก้ไขรายละเอียดมาตรการ' });
    const due = form.getByRole('textbox', { name: 'กำหนดแล้วเสร็จ' });
    await expect(due).toBeEnabled();
    await due.fill(beDate);
    await due.blur();
    const saved = apiCall(this.page, 'PATCH', '/rest/v1/measures');
    await form.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await expectOk(saved);
    await expect(form).toBeHidden();
  }

  /** Picks a member of the department in the assignees card and assigns them. */
  async assign(fullName: string) {
    const picker = this.assignees.getByRole('combobox', { name: 'เพิ่มผู้รับผิดชอบ' });
    await expect(picker).toBeEnabled();
    await picker.click();
    await this.page.getByRole('option', { name: new RegExp(`^${fullName}`) }).click();
    await this.page.keyboard.press('Escape');
    const saved = apiCall(this.page, 'POST', '/rest/v1/measure_assignees');
    await this.assignees.getByRole('button', { name: 'มอบหมาย', exact: true }).click();
    await expectOk(saved);
    await expect(this.assignees.getByRole('listitem').filter({ hasText: fullName })).toBeVisible();
  }

  /**
   * Runs a workflow step: its button, then the confirm dialog (with a reason or note when given).
   * Resolves with the step's API answer (not checked: some tests expect a refusal).
   */
  async runAction(action: ActionName, reason?: string) {
    const { label, rpc } = ACTIONS[action];
    await this.actionButton(action).click();
    await expect(this.dialog).toBeVisible();
    if (reason !== undefined) await this.dialog.getByRole('textbox').fill(reason);
    const answer = apiCall(this.page, 'POST', `/rest/v1/rpc/${rpc}`);
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
    const response = await answer;
    await expect(this.dialog).toBeHidden();
    return response;
  }

  /** Runs a workflow step that must succeed, and waits for the new status. */
  async act(action: ActionName, expectedStatus: string, reason?: string) {
    const response = await this.runAction(action, reason);
    if (!response.ok()) throw new Error(`${action} failed: ${response.status()} ${await response.text()}`);
    await expect(this.workflow).toContainText(expectedStatus);
  }

  /**
   * Chooses files through the file input, uploads them, and checks each showed its progress bar and finished
   * (the bytes go to a signed upload URL, then the evidence row is saved).
   */
  async uploadEvidence(files: FilePayload[], description?: string) {
    await this.fileInput.setInputFiles(files);
    const queue = this.page.getByRole('list', { name: 'ไฟล์ที่เลือก' });
    for (const file of files) await expect(queue.getByText(file.name, { exact: true })).toBeVisible();
    if (description) await this.page.getByRole('textbox', { name: 'คำอธิบาย (ไม่บังคับ)' }).fill(description);
    const rows = apiCalls(this.page, 'POST', '/rest/v1/evidence', files.length);
    const puts = apiCalls(this.page, 'PUT', '/storage/v1/object/upload/sign/evidence/', files.length);
    await this.page.getByRole('button', { name: `อัปโหลด ${files.length} ไฟล์` }).click();
    for (const response of [...(await puts), ...(await rows)]) await expectOk(Promise.resolve(response));
    for (const file of files) {
      const bar = queue.getByRole('progressbar', { name: `ความคืบหน้าการอัปโหลด ${file.name}` });
      await expect(bar).toHaveAttribute('aria-valuenow', '100');
      await expect(queue.getByRole('listitem').filter({ hasText: file.name })).toContainText('อัปโหลดแล้ว');
      await expect(this.evidenceList.getByText(file.name, { exact: true })).toBeVisible();
    }
  }

  /** Writes the progress report of a period (`ไตรมาสที่ 4`, `รอบ 12 เดือน`, …). */
  async reportProgress(period: string, narrative: string, percent: number) {
    await this.progressReports.getByRole('button', { name: `รายงานความคืบหน้า ${period}` }).click();
    await this.progressReports.getByRole('textbox', { name: 'ผลการดำเนินงาน' }).fill(narrative);
    await this.progressReports.getByRole('textbox', { name: 'ร้อยละความคืบหน้า' }).fill(String(percent));
    const saved = apiCall(this.page, 'POST', '/rest/v1/progress_reports');
    await this.progressReports.getByRole('button', { name: 'บันทึกรายงาน' }).click();
    await expectOk(saved);
    await expect(this.progressReports.getByText(narrative)).toBeVisible();
  }
}
