import { apiCall, expect, test } from '../fixtures/test';
import { measures, users } from '../fixtures/seed';
import { MeasurePage } from '../pages/measure-page';
import { MyWorkPage } from '../pages/my-work-page';
import { PlanOverviewPage } from '../pages/plan-overview-page';

/**
 * Journey 5: staff of another department (ฝ่ายการคลัง) cannot see a ฝ่ายปกครอง measure (no row in their lists,
 * "not found / no access" on its URL) nor download its evidence by URL. Self-contained: the owner uploads the
 * evidence first, and can download it (so the refusals are not just a missing file).
 */
const measure = measures.complaints;

test('journey 5: staff of another department can neither see the measure nor download its evidence', async ({
  signIn,
  evidenceFiles,
}) => {
  const owner = await signIn(users.staffGovernance, { path: MeasurePage.path(measure.id) });
  const ownerPage = new MeasurePage(owner.page);
  await ownerPage.expectLoaded();
  await expect(ownerPage.heading).toHaveText(measure.title);
  const row = apiCall(owner.page, 'POST', '/rest/v1/evidence');
  await ownerPage.uploadEvidence([evidenceFiles.pdf]);
  const storagePath = ((await row).request().postDataJSON() as { storage_path: string }).storage_path;
  expect(storagePath).toMatch(new RegExp(`/${measure.id}/[0-9a-f-]+\\.pdf$`));
  const objectUrl = `/storage/v1/object/authenticated/evidence/${storagePath}`;

  const mine = await owner.page.request.get(objectUrl, { headers: owner.apiHeaders() });
  expect(mine.status()).toBe(200);
  expect(Buffer.from(await mine.body()).equals(evidenceFiles.pdf.buffer)).toBe(true);

  const other = await signIn(users.staffFinance, { path: PlanOverviewPage.path });
  const { page } = other;

  // No row in their lists (their own department's measures are there).
  const plan = new PlanOverviewPage(page);
  await plan.expectLoaded();
  const titles = await plan.measureTitles();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles).not.toContain(measure.title);
  expect(titles).not.toContain(measures.investigation.title);
  const myWork = new MyWorkPage(page);
  await myWork.goto();
  await expect(myWork.link(measure.title)).toHaveCount(0);

  // Its URL: one clear "not found or no access" page, nothing of the measure.
  const measurePage = new MeasurePage(page);
  await measurePage.goto(measure.id);
  await expect(measurePage.heading).toHaveText('ไม่พบมาตรการนี้ หรือคุณไม่มีสิทธิ์เข้าถึง');
  await expect(page.getByRole('main')).not.toContainText(measure.title);
  await expect(page.getByRole('link', { name: 'ไปที่ภาพรวมแผน' })).toBeVisible();

  // Its evidence by URL: the object, a signed link for it, and the evidence rows are all refused.
  const headers = other.apiHeaders();
  expect(headers.authorization).toMatch(/^Bearer /);
  const download = await page.request.get(objectUrl, { headers });
  expect(download.ok()).toBe(false);
  expect(Buffer.from(await download.body()).includes(Buffer.from('%PDF'))).toBe(false);
  const publicUrl = await page.request.get(`/storage/v1/object/public/evidence/${storagePath}`, { headers });
  expect(publicUrl.ok()).toBe(false);
  const sign = await page.request.post(`/storage/v1/object/sign/evidence/${storagePath}`, {
    headers,
    data: { expiresIn: 60 },
  });
  expect(sign.ok()).toBe(false);
  const rows = await page.request.get(`/rest/v1/evidence?select=id,storage_path&measure_id=eq.${measure.id}`, {
    headers,
  });
  expect(rows.status()).toBe(200);
  expect(await rows.json()).toEqual([]);
});
