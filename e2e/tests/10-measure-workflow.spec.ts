import { expect, test } from '../fixtures/test';
import { measures, users } from '../fixtures/seed';
import { AppShell } from '../pages/app-shell';
import { DashboardPage, type RowFigures, type Totals } from '../pages/dashboard-page';
import { MeasurePage } from '../pages/measure-page';
import { MyWorkPage } from '../pages/my-work-page';
import { ReviewPage } from '../pages/review-page';

/**
 * Journeys 1–4 on one measure of ฝ่ายปกครอง (not started, nobody assigned in the demo data): the head assigns it,
 * the staff member works and submits it, the head returns it and then approves it, and the director watches the
 * dashboard. Each step builds on the one before (serial); the file runs alone on a fresh stack.
 */
test.describe.configure({ mode: 'serial' });

const measure = measures.investigation;
const head = users.headGovernance;
const staff = users.staffGovernance;
const returnReason = 'ขอเพิ่มภาพถ่ายประกาศขั้นตอนการสอบสวน ณ จุดบริการ และระบุระยะเวลาของแต่ละขั้นตอนให้ชัดเจน';

let before: { totals: Totals; department: RowFigures };

test('the director notes the dashboard figures before the work starts', async ({ signIn }) => {
  const { page } = await signIn(users.director, { path: DashboardPage.path });
  const dashboard = new DashboardPage(page);
  await dashboard.expectLoaded();
  before = { totals: await dashboard.totals(), department: await dashboard.department(measure.department) };
  expect(before.totals.measures).toBeGreaterThan(0);
  expect(before.department.not_started).toBeGreaterThan(0);
});

test('journey 1: a head assigns a staff member and sets a due date; the staff member sees it in My work', async ({
  signIn,
}) => {
  const { page } = await signIn(head, { viaForm: true });
  await expect(page).toHaveURL(/\/my-work/);
  const myWork = new MyWorkPage(page);
  await myWork.goto();
  await expect(myWork.row(measure.title)).toContainText('ยังไม่ได้มอบหมาย');
  await myWork.open(measure.title);

  const measurePage = new MeasurePage(page);
  await expect(measurePage.assignees).toContainText('ยังไม่ได้มอบหมายผู้รับผิดชอบ');
  await measurePage.assign(staff.fullName);
  await expect(new AppShell(page).toast('มอบหมายผู้รับผิดชอบแล้ว')).toBeVisible();

  await measurePage.setDueDate('31/08/2565');
  await expect(measurePage.detail('กำหนดแล้วเสร็จ')).toContainText('31 สิงหาคม 2565');

  const { page: staffPage } = await signIn(staff, { path: MyWorkPage.path });
  const staffWork = new MyWorkPage(staffPage);
  await staffWork.expectLoaded();
  const row = staffWork.row(measure.title);
  await expect(row).toContainText(staff.fullName);
  await expect(row).toContainText('ยังไม่เริ่ม');
  await expect(row).toContainText('31 ส.ค. 2565');
});

test('journey 2: the staff member uploads a PDF and a phone photo, reports progress and submits; not without evidence', async ({
  signIn,
  evidenceFiles,
}) => {
  const { page, context } = await signIn(staff, { path: MyWorkPage.path });
  const myWork = new MyWorkPage(page);
  await myWork.expectLoaded();
  await myWork.open(measure.title);
  const measurePage = new MeasurePage(page);
  await measurePage.act('start', 'กำลังดำเนินการ');

  // Submitting with no evidence is refused by the database, with the reason in Thai beside the steps.
  const refused = await measurePage.runAction('submit');
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  await expect(measurePage.workflow.getByRole('alert')).toContainText(
    'กรุณาแนบหลักฐานการดำเนินงานอย่างน้อย 1 รายการก่อนส่งตรวจ',
  );
  await expect(measurePage.workflow).toContainText('กำลังดำเนินการ');

  // A slow uplink (256 KB/s) so the bytes-sent progress of the photo is seen, as on a phone in the field.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 256 * 1024,
  });
  const sending = page.getByRole('list', { name: 'ไฟล์ที่เลือก' }).getByText(/กำลังอัปโหลด \d+%/);
  const upload = measurePage.uploadEvidence([evidenceFiles.pdf, evidenceFiles.photo], 'ขั้นตอนการสอบสวนและภาพถ่าย');
  await expect(sending.first()).toBeVisible();
  await upload;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(measurePage.evidenceList.getByRole('listitem')).toHaveCount(2);

  await measurePage.reportProgress(
    'ไตรมาสที่ 4',
    'จัดทำขั้นตอนการสอบสวนและลงโทษผู้กระทำผิด พร้อมกำหนดระยะเวลาแต่ละขั้นตอน และเผยแพร่แล้ว',
    100,
  );
  await measurePage.act('submit', 'ส่งตรวจแล้ว', 'แนบขั้นตอนและภาพถ่ายครบแล้ว');
  await expect(page.getByText('ส่งตรวจแล้ว รอหัวหน้าฝ่ายพิจารณา')).toBeVisible();
  await expect(measurePage.fileInput).toHaveCount(0);
});

test('journey 3: the head returns it with a reason, the staff member adds a file and resubmits, the head approves and it is locked', async ({
  signIn,
  evidenceFiles,
}) => {
  const { page: headPage } = await signIn(head, { path: ReviewPage.path });
  const review = new ReviewPage(headPage);
  await review.expectLoaded();
  await review.open(measure.title);
  await expect(headPage.getByText(evidenceFiles.pdf.name)).toBeVisible();
  await review.returnWithReason(returnReason);
  await expect(new AppShell(headPage).toast(/ส่งกลับ .* ให้แก้ไขแล้ว/)).toBeVisible();
  await expect(review.queueItem(measure.title)).toHaveCount(0);

  const { page } = await signIn(staff, { path: MeasurePage.path(measure.id) });
  const measurePage = new MeasurePage(page);
  await measurePage.expectLoaded();
  await expect(measurePage.workflow).toContainText('ส่งกลับแก้ไข');
  const banner = page.getByRole('alert').filter({ hasText: 'มาตรการนี้ถูกส่งกลับให้แก้ไข' });
  await expect(banner).toContainText(returnReason);
  await expect(banner).toContainText(`ส่งกลับโดย ${head.fullName}`);

  await measurePage.uploadEvidence([evidenceFiles.extraPhoto]);
  await expect(measurePage.evidenceList.getByRole('listitem')).toHaveCount(3);
  await measurePage.act('resume', 'กำลังดำเนินการ');
  await measurePage.act('submit', 'ส่งตรวจแล้ว');

  await review.goto();
  await review.open(measure.title);
  await expect(headPage.getByText(evidenceFiles.extraPhoto.name)).toBeVisible();
  await review.approve('หลักฐานครบถ้วน');
  await expect(new AppShell(headPage).toast(/อนุมัติ .* แล้ว/)).toBeVisible();

  // Locked for everyone: no edits, no evidence changes, only the head's "reopen".
  const locked = new MeasurePage(headPage);
  await locked.goto(measure.id);
  await expect(headPage.getByText('มาตรการนี้อนุมัติแล้วและถูกล็อก')).toBeVisible();
  await expect(locked.workflow.getByRole('button')).toHaveText(['เปิดมาตรการอีกครั้ง']);
  await expect(locked.editButton).toHaveCount(0);
  await expect(locked.fileInput).toHaveCount(0);
  await expect(locked.evidenceList.getByRole('button', { name: /^ลบ / })).toHaveCount(0);
  await expect(locked.evidenceList.getByRole('button', { name: /^อัปโหลดฉบับใหม่แทน / })).toHaveCount(0);
  await expect(locked.assignees.getByRole('combobox')).toHaveCount(0);

  await page.reload();
  await expect(measurePage.workflow).toContainText('อนุมัติแล้ว');
  await expect(measurePage.workflow).toContainText('ไม่มีขั้นตอนที่คุณดำเนินการได้ในสถานะนี้');
  await expect(measurePage.fileInput).toHaveCount(0);
  await expect(measurePage.progressReports.getByRole('button')).toHaveCount(0);
});

test('journey 4: the director sees the dashboard figures change and cannot edit a measure', async ({ signIn }) => {
  test.skip(!before, 'needs the figures noted at the start of this file');
  const director = await signIn(users.director, { path: DashboardPage.path });
  const dashboard = new DashboardPage(director.page);
  await dashboard.expectLoaded();
  const after = { totals: await dashboard.totals(), department: await dashboard.department(measure.department) };

  expect(after.totals.measures).toBe(before.totals.measures);
  expect(after.totals.overdue).toBe(before.totals.overdue - 1);
  expect(after.totals.percentApproved).not.toBe(before.totals.percentApproved);
  expect(parseFloat(after.totals.percentApproved)).toBeGreaterThan(parseFloat(before.totals.percentApproved));
  expect(after.department).toMatchObject({
    measures: before.department.measures,
    not_started: before.department.not_started - 1,
    approved: before.department.approved + 1,
    overdue: before.department.overdue - 1,
  });

  // On the approved measure and on one still in progress: read-only for the director.
  const measurePage = new MeasurePage(director.page);
  for (const id of [measure.id, measures.complaints.id]) {
    await measurePage.goto(id);
    await expect(measurePage.workflow).toContainText('ไม่มีขั้นตอนที่คุณดำเนินการได้ในสถานะนี้');
    await expect(measurePage.editButton).toHaveCount(0);
    await expect(measurePage.assignees.getByRole('combobox')).toHaveCount(0);
    await expect(measurePage.fileInput).toHaveCount(0);
    await expect(measurePage.progressReports.getByRole('button')).toHaveCount(0);
  }

  // The database agrees: an update sent straight to the API changes nothing.
  const update = await director.page.request.patch(`/rest/v1/measures?id=eq.${measures.complaints.id}&select=id`, {
    headers: { ...director.apiHeaders(), prefer: 'return=representation' },
    data: { title: 'แก้ไขโดยผู้อำนวยการ' },
  });
  expect(update.ok() ? await update.json() : []).toEqual([]);
  await director.page.reload();
  await expect(measurePage.heading).toHaveText(measures.complaints.title);
});
