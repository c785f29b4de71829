import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { checkAccessibility, settle } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';
import { measures, users, withFy } from '../fixtures/seed';
import { ImportPage } from '../pages/import-page';
import { MeasurePage } from '../pages/measure-page';
import { ReviewPage } from '../pages/review-page';

/**
 * axe-core (WCAG 2.1 A/AA) on every main screen, as the role that uses it, including its open dialogs and forms:
 * no serious or critical violations. Each test checks all of its screens and reports every violation it finds
 * (rule, elements, why); the full axe results are attached to the test.
 */
const seedDocument = readFileSync(new URL('../../web/src/testing/fixtures/ita-2565-dindaeng.txt', import.meta.url));

async function visit(page: Page, path: string, screen: string, testInfo: TestInfo) {
  await page.goto(withFy(path));
  await settle(page);
  await checkAccessibility(page, screen, testInfo);
}

test('accessibility: the login page', async ({ page }, testInfo) => {
  await page.goto('/login');
  await settle(page);
  await checkAccessibility(page, 'login', testInfo);
});

test('accessibility: a staff member’s screens', async ({ signIn }, testInfo) => {
  const { page } = await signIn(users.staffGovernance);
  await visit(page, '/my-work', 'my work', testInfo);
  await visit(page, `/measures/${measures.website.id}`, 'measure detail (assignee: uploader, reports)', testInfo);
  await new MeasurePage(page).actionButton('submit').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checkAccessibility(page, 'measure detail: confirm dialog', testInfo);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await visit(page, '/notifications', 'notifications', testInfo);
});

test('accessibility: a head’s screens', async ({ signIn }, testInfo) => {
  const { page } = await signIn(users.headFinance);
  const review = new ReviewPage(page);
  await visit(page, '/review', 'review queue', testInfo);
  await review.decision.getByRole('button', { name: 'ส่งกลับแก้ไข' }).click();
  await expect(review.decision.getByRole('textbox', { name: 'เหตุผลที่ส่งกลับ' })).toBeFocused();
  await checkAccessibility(page, 'review queue: return form', testInfo);
  await page.goto(withFy('/measures/70000000-0000-4000-8000-000000000106'));
  await settle(page);
  await new MeasurePage(page).editButton.click();
  await expect(page.getByRole('region', { name: 'แก้ไขรายละเอียดมาตรการ' })).toBeVisible();
  await checkAccessibility(page, 'measure detail (head): edit form', testInfo);
});

test('accessibility: the director’s screens', async ({ signIn }, testInfo) => {
  const { page } = await signIn(users.director);
  await visit(page, '/dashboard', 'dashboard', testInfo);
  await visit(page, '/plan', 'plan overview', testInfo);
  await visit(page, '/reports', 'reports', testInfo);
  await visit(page, '/reports/print?report=o43&period=annual', 'O43 print page', testInfo);
});

test('accessibility: the coordinator’s administration screens', async ({ signIn }, testInfo) => {
  const { page } = await signIn(users.admin);
  await visit(page, '/admin', 'admin home', testInfo);
  await visit(page, '/admin/departments', 'departments', testInfo);
  await visit(page, '/admin/users', 'users', testInfo);
  await visit(page, '/admin/frameworks', 'frameworks', testInfo);
  await visit(page, '/admin/plans', 'plans', testInfo);
  await visit(page, '/admin/plans/50000000-0000-4000-8000-000000000165', 'plan (admin)', testInfo);
  const importPage = new ImportPage(page);
  await visit(page, '/admin/import', 'import', testInfo);
  await importPage.upload({ name: 'ita-2565-dindaeng.txt', mimeType: 'text/plain', buffer: seedDocument });
  await checkAccessibility(page, 'import: preview with problems', testInfo);
});

test('accessibility: not found and no access', async ({ signIn }, testInfo) => {
  const { page } = await signIn(users.staffFinance);
  await visit(page, `/measures/${measures.complaints.id}`, 'measure: not found or no access', testInfo);
  await visit(page, '/admin', 'page: no access', testInfo);
});
