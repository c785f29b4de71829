import { expect, type Page } from '@playwright/test';
import { apiCall, expectOk } from '../fixtures/test';
import type { FilePayload } from '../fixtures/files';
import { withFy } from '../fixtures/seed';

/** /admin/import: upload the agency's O42/O43 document, check the preview, choose departments, create the plan. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto(withFy('/admin/import'));
    await expect(this.page.getByRole('heading', { level: 1, name: 'นำเข้าข้อมูล' })).toBeVisible();
  }

  get preview() {
    return this.page.getByRole('region', { name: 'ข้อมูลที่อ่านได้' });
  }
  get assignments() {
    return this.page.getByRole('region', { name: 'ฝ่ายที่รับผิดชอบและกำหนดแล้วเสร็จ' });
  }
  get saveButton() {
    return this.page.getByRole('main').getByRole('button', { name: 'บันทึกแผน' });
  }

  /** Chooses the document through the upload tab's file input and waits for the preview. */
  async upload(file: FilePayload) {
    await this.page.getByRole('tab', { name: 'อัปโหลดไฟล์' }).click();
    await this.page.getByLabel('เลือกไฟล์เอกสาร').setInputFiles(file);
    await expect(this.page.getByText(`ไฟล์: ${file.name}`)).toBeVisible();
    await expect(this.preview).toBeVisible();
  }

  /** Gives every measure without a department this one (the bulk fill). */
  async fillDepartments(department: string) {
    await this.assignments.getByRole('combobox', { name: 'ฝ่ายสำหรับมาตรการที่ยังไม่ได้เลือก' }).selectOption({
      label: department,
    });
    await this.assignments.getByRole('button', { name: /^ใช้กับมาตรการที่ยังว่าง/ }).click();
  }

  /** Saves (after the confirmation) and waits for the one transaction that creates the plan. */
  async save(fiscalYear: number) {
    await expect(this.saveButton).toBeEnabled();
    await this.saveButton.click();
    const dialog = this.page.getByRole('dialog', { name: `สร้างแผนปีงบประมาณ ${fiscalYear} จากไฟล์นี้?` });
    await expect(dialog).toBeVisible();
    const created = apiCall(this.page, 'POST', '/rest/v1/rpc/create_plan_from_import');
    await dialog.getByRole('button', { name: 'บันทึกแผน' }).click();
    await expectOk(created);
    await expect(this.page.getByRole('status').filter({ hasText: `สร้างแผนปีงบประมาณ ${fiscalYear} แล้ว` })).toBeVisible();
  }
}
