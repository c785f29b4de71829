import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { artifactPath } from '../fixtures/artifacts';
import { expect, test } from '../fixtures/test';
import { users } from '../fixtures/seed';
import { AppShell } from '../pages/app-shell';
import { ImportPage } from '../pages/import-page';
import { ReportPrintPage, ReportsPage } from '../pages/reports-page';

/**
 * Journey 6: the ITA coordinator imports the plan document through the admin screen, checks the preview, creates
 * the plan and downloads its O42 (.docx); the O43 print page renders Thai and prints to A4 with repeated headers.
 *
 * The seed document is Din Daeng's FY 2565 plan, which the demo data already holds (importing it again is
 * refused: "plan_exists"), and the import screen takes the year from the document. So the journey imports the same
 * document with its year changed to 2566: a year whose ITA framework exists (indicator groups come from it) and
 * which has no plan yet.
 */
const IMPORT_YEAR = 2566;
const seedDocument = readFileSync(
  new URL('../../web/src/testing/fixtures/ita-2565-dindaeng.txt', import.meta.url),
  'utf8',
);
const O43_TITLE = 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

test('journey 6: the coordinator imports the plan document, creates the plan and downloads its O42', async ({
  signIn,
}) => {
  const { page } = await signIn(users.admin);
  await expect(page).toHaveURL(/\/admin/);
  await new AppShell(page).navLink('นำเข้าข้อมูล').click();
  const importPage = new ImportPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'นำเข้าข้อมูล' })).toBeVisible();

  await importPage.upload({
    name: `ita-${IMPORT_YEAR}-dindaeng.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(seedDocument.replaceAll('2565', String(IMPORT_YEAR))),
  });
  const preview = importPage.preview;
  await expect(preview).toContainText(`ประจำปีงบประมาณ พ.ศ. ${IMPORT_YEAR}`);
  await expect(preview).toContainText('สำนักงานเขตดินแดง');
  await expect(preview).toContainText('75.28');
  await expect(preview).toContainText('ตัวชี้วัด 8 ตัว มาตรการ 14 มาตรการ');
  await expect(preview.getByRole('button', { name: /^ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ IIT/ })).toBeVisible();
  // Saving waits for a department for each measure.
  await expect(importPage.saveButton).toBeDisabled();
  await importPage.fillDepartments('ฝ่ายปกครอง');
  await expect(importPage.assignments.getByRole('textbox', { name: 'กำหนดแล้วเสร็จ มาตรการ 1.1' })).toHaveValue(
    `30/09/${IMPORT_YEAR}`,
  );
  await importPage.save(IMPORT_YEAR);

  await page.getByRole('link', { name: 'เปิดแผน' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `แผนปีงบประมาณ ${IMPORT_YEAR}` })).toBeVisible();

  const reports = new ReportsPage(page);
  await reports.goto(IMPORT_YEAR);
  const download = await reports.download('O42');
  expect(download.suggestedFilename()).toBe(`O42-${IMPORT_YEAR}.docx`);
  const file = artifactPath(`O42-${IMPORT_YEAR}.docx`);
  await download.saveAs(file);
  const docx = await JSZip.loadAsync(readFileSync(file));
  const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
  expect(xml).toContain(`พ.ศ. ${IMPORT_YEAR}`);
  expect(xml).toContain('ดำเนินการเผยแพร่ขั้นตอนการปฏิบัติงานให้ผู้มีส่วนได้เสียทั้งภายในและภายนอกทราบ');
});

test('journey 6: the O43 print page renders Thai and prints to A4 pages with the header row repeated', async ({
  signIn,
}) => {
  const { page } = await signIn(users.admin);
  const print = new ReportPrintPage(page);
  await print.goto('o43', 'annual');

  await expect(print.document.getByRole('heading', { level: 1 })).toHaveText(O43_TITLE);
  await expect(print.document).toContainText('ประจำปีงบประมาณ พ.ศ. 2565');
  await expect(print.document).toContainText('สำนักงานเขตดินแดง');
  await expect(print.table.getByRole('columnheader')).toHaveText([
    'ตัวชี้วัด',
    'การวิเคราะห์',
    'ผลการวิเคราะห์ของหน่วยงาน',
    'มาตรการ',
    'ผลการดำเนินงาน',
  ]);
  await expect(print.table).toContainText('ตัวชี้วัดที่ 1');
  await expect(print.table).toContainText('เผยแพร่ขึ้นการการจัดซื้อจัดจ้างในระบบเผยแพร่ข้อมูลการจัดซื้อ');

  // Thai is drawn with the document's Thai font (Sarabun, loaded), not a fallback, and nothing overflows sideways.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const doc = document.querySelector('.report-doc');
    return {
      family: doc ? getComputedStyle(doc).fontFamily : '',
      sarabunThai: document.fonts.check('16px Sarabun', 'การดำเนินการตามมาตรการ'),
      loaded: [...document.fonts].filter((f) => f.family.includes('Sarabun') && f.status === 'loaded').length,
    };
  });
  expect(fonts.family).toMatch(/^Sarabun/);
  expect(fonts.sarabunThai).toBe(true);
  expect(fonts.loaded).toBeGreaterThan(0);
  const overflow = await page.evaluate(() => {
    const wider = (el: Element) => el.scrollWidth > el.clientWidth + 1;
    return {
      page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      document: [...document.querySelectorAll('.report-doc')].some(wider),
      cells: [...document.querySelectorAll('.report-doc th, .report-doc td')].filter(wider).length,
    };
  });
  expect(overflow).toEqual({ page: false, document: false, cells: 0 });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' })).toBeHidden();
  expect(await print.table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  await page.screenshot({ path: artifactPath('o43-print.png'), fullPage: true });
  const pdf = await page.pdf({ path: artifactPath('o43-print.pdf'), preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
  // A4 landscape (842 × 595 pt).
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+\s*\]/);
});
