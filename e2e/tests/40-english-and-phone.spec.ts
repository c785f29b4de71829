import { expect, test } from '../fixtures/test';
import { measures, PASSWORD, users, withFy } from '../fixtures/seed';
import { AppShell } from '../pages/app-shell';
import { MeasurePage } from '../pages/measure-page';
import { MyWorkPage } from '../pages/my-work-page';

/** Journey 7: the English switch, and journey 2 (evidence, progress, submit) on a phone (390 × 844, touch). */

test('journey 7: the English switch translates the app and remembers the choice; Thai comes back', async ({ page }) => {
  const staff = users.staffGovernance;
  const measure = measures.website;
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  const languages = page.getByRole('group', { name: 'ภาษา (Language)' });
  await languages.getByRole('button', { name: 'English' }).click();
  await expect(languages.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('textbox', { name: 'E-mail' }).fill(staff.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Plan overview' })).toBeVisible();

  // A measure page in English, dates included, and the database's refusal explained in English.
  await page.goto(withFy(`/measures/${measure.id}`));
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await expect(workflow).toContainText('In progress');
  await expect(page.getByRole('region', { name: 'Measure details' })).toContainText('30 September 2022');
  await workflow.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit for review' }).click();
  await expect(workflow.getByRole('alert')).toContainText(
    'Please attach at least one piece of evidence before submitting for review.',
  );

  // The choice survives a reload; switching back gives Thai.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Workflow' })).toBeVisible();
  await page.getByRole('group', { name: 'ภาษา (Language)' }).getByRole('button', { name: 'ไทย' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(new MeasurePage(page).workflow).toContainText('กำลังดำเนินการ');
  await expect(new AppShell(page).navLink('ภาพรวมแผน')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });

  test('journey 7: journey 2 on a phone: upload a PDF and a photo, report progress and submit; not without evidence', async ({
    signIn,
    evidenceFiles,
  }) => {
    const measure = measures.technology;
    const { page } = await signIn(users.staffRegistry, { viaForm: true });
    const myWork = new MyWorkPage(page);
    await myWork.goto();
    await myWork.open(measure.title);
    const measurePage = new MeasurePage(page);
    await expect(measurePage.workflow).toContainText('กำลังดำเนินการ');
    // Touch screens also offer the camera.
    await expect(page.getByRole('button', { name: 'ถ่ายรูป' })).toBeVisible();

    const refused = await measurePage.runAction('submit');
    expect(refused.ok()).toBe(false);
    await expect(measurePage.workflow.getByRole('alert')).toContainText(
      'กรุณาแนบหลักฐานการดำเนินงานอย่างน้อย 1 รายการก่อนส่งตรวจ',
    );

    await measurePage.uploadEvidence([evidenceFiles.pdf, evidenceFiles.photo]);
    await measurePage.reportProgress('ไตรมาสที่ 3', 'ติดตั้งระบบบัตรคิวอิเล็กทรอนิกส์ที่ฝ่ายทะเบียนครบทุกจุดบริการแล้ว', 80);
    await measurePage.act('submit', 'ส่งตรวจแล้ว');

    // Nothing is wider than the phone's screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
