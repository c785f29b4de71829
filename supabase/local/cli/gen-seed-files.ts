/**
 * `npx tsx supabase/local/cli/gen-seed-files.ts`: writes the demo evidence files that supabase/seed.sql
 * points at — PDFs and images rendered by headless Chromium with the self-hosted Sarabun font, an XLSX
 * (exceljs) and a DOCX (docx) — to supabase/seed-storage/evidence/<key>, then rewrites the MIME type,
 * size, sha256 and md5 of each `pg_temp.upload('<key>', …)` call in seed.sql to match the bytes.
 *
 * Not run at start: the files are committed. Run it after changing a document here (Chromium and the
 * libraries stamp dates into the files, so every run changes the bytes and therefore the seed). Every
 * file must stay under 100 KiB. Needs Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium).
 * `--check` only verifies that the committed files and seed.sql agree (exit 1 when they do not);
 * `--seed-only` rewrites seed.sql from the committed files without rendering anything.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEED_FILE = path.join(REPO_ROOT, 'supabase/seed.sql');
export const SEED_STORAGE_DIR = path.join(REPO_ROOT, 'supabase/seed-storage');
const FONT_DIR = path.join(REPO_ROOT, 'node_modules/@fontsource/sarabun');
export const MAX_BYTES = 100 * 1024;

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const DD = '10000000-0000-4000-8000-000000000001';
const HK = '10000000-0000-4000-8000-000000000002';
const dept = (n: number) => `20000000-0000-4000-8000-000000000${n}`;
const key = (org: string, d: number, measure: number, evidence: number, ext: string) =>
  `${org}/${dept(d)}/70000000-0000-4000-8000-000000000${measure}/80000000-0000-4000-8000-000000000${evidence}.${ext}`;

type Render =
  | { kind: 'pdf'; html: string }
  | { kind: 'jpeg' | 'png'; html: string; width: number; height: number }
  | { kind: 'xlsx'; build: () => Promise<Uint8Array> }
  | { kind: 'docx'; build: () => Promise<Uint8Array> };

interface SeedFile {
  key: string;
  mime: string;
  render: Render;
}

// Documents ----------------------------------------------------------------------------------------------

const DEMO_NOTE = 'เอกสารตัวอย่างสำหรับระบบสาธิต ITA Action Tracker — ข้อมูลสมมติ ไม่ใช่เอกสารราชการจริง';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PAGE_CSS = `
  @page { size: A4; margin: 22mm 20mm 20mm 25mm; }
  * { box-sizing: border-box; }
  body { font-family: 'Sarabun', sans-serif; font-size: 14pt; line-height: 1.4; color: #111; margin: 0; }
  h1 { font-size: 18pt; font-weight: 700; text-align: center; margin: 0 0 4pt; }
  h2 { font-size: 16pt; font-weight: 700; text-align: center; margin: 0 0 12pt; }
  h3 { font-size: 15pt; font-weight: 700; margin: 12pt 0 4pt; }
  p { margin: 0 0 6pt; text-indent: 2.5em; }
  p.plain { text-indent: 0; }
  ol, ul { margin: 0 0 6pt; padding-left: 2.2em; }
  li { margin-bottom: 3pt; }
  table { border-collapse: collapse; width: 100%; font-size: 12pt; margin: 6pt 0 10pt; }
  th, td { border: 0.6pt solid #444; padding: 3pt 5pt; vertical-align: top; }
  th { background: #e8eef5; font-weight: 700; }
  td.num { text-align: right; white-space: nowrap; }
  .sign { margin: 28pt 0 0 50%; text-align: center; }
  .sign p { text-indent: 0; text-align: center; margin: 0; }
  .date { text-indent: 0; text-align: center; margin-top: 14pt; }
  .demo { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 9pt; color: #888; }
  .org { text-align: center; font-weight: 700; font-size: 16pt; margin-bottom: 2pt; }
  hr { border: none; border-top: 0.8pt solid #333; width: 30%; margin: 8pt auto 12pt; }
`;

function page(body: string, extraCss = ''): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>${PAGE_CSS}${extraCss}</style></head>
<body>${body}<div class="demo">${esc(DEMO_NOTE)}</div></body></html>`;
}

function announcement(options: {
  org: string;
  title: string;
  paragraphs: string[];
  items?: string[];
  closing?: string;
  date: string;
  signer: string;
  position: string;
}): string {
  return page(`
    <h1>ประกาศ${esc(options.org)}</h1>
    <h2>เรื่อง ${esc(options.title)}</h2>
    <hr>
    ${options.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
    ${options.items ? `<ol>${options.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>` : ''}
    ${options.closing ? `<p>${esc(options.closing)}</p>` : ''}
    <p class="date">ประกาศ ณ วันที่ ${esc(options.date)}</p>
    <div class="sign"><p>(ลงชื่อ) ${esc(options.signer.replace(/^(นาย|นางสาว|นาง)/, ''))}</p>
      <p>(${esc(options.signer)})</p><p>${esc(options.position)}</p></div>`);
}

function table(head: string[], rows: (string | number)[][], numeric: number[] = []): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${esc(String(c))}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

const baht = (n: number) => n.toLocaleString('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const REGISTRY_STEPS = page(`
  <div class="org">ฝ่ายทะเบียน สำนักงานเขตดินแดง</div>
  <h2>ขั้นตอนการให้บริการงานทะเบียนราษฎรและบัตรประจำตัวประชาชน</h2>
  <p>เพื่อให้ผู้รับบริการทราบขั้นตอน ระยะเวลา และเอกสารที่ต้องใช้ล่วงหน้า ฝ่ายทะเบียนจึงเผยแพร่ขั้นตอนการให้บริการ
  ณ จุดให้บริการและบนเว็บไซต์สำนักงานเขต โดยไม่มีค่าธรรมเนียมเพิ่มเติมนอกเหนือจากที่กฎหมายกำหนด</p>
  ${table(
    ['ลำดับ', 'งานบริการ', 'ขั้นตอน', 'ระยะเวลา', 'เอกสารที่ใช้'],
    [
      [1, 'แจ้งเกิด', 'ยื่นหนังสือรับรองการเกิด → ตรวจสอบ → ออกสูติบัตร', '15 นาที', 'หนังสือรับรองการเกิด, บัตรประชาชนผู้แจ้ง'],
      [2, 'แจ้งตาย', 'ยื่นหนังสือรับรองการตาย → ตรวจสอบ → ออกมรณบัตร', '15 นาที', 'หนังสือรับรองการตาย, ทะเบียนบ้าน'],
      [3, 'แจ้งย้ายเข้า', 'ยื่นใบแจ้งย้าย → ตรวจสอบ → เพิ่มชื่อในทะเบียนบ้าน', '20 นาที', 'ใบแจ้งการย้ายที่อยู่, ทะเบียนบ้าน'],
      [4, 'แจ้งย้ายออก', 'ยื่นคำร้อง → ตรวจสอบ → ออกใบแจ้งการย้ายที่อยู่', '15 นาที', 'ทะเบียนบ้าน, บัตรประชาชน'],
      [5, 'ทำบัตรประชาชน (ครั้งแรก)', 'ยื่นคำขอ → ถ่ายรูป/พิมพ์ลายนิ้วมือ → รับบัตร', '15 นาที', 'สูติบัตร, ทะเบียนบ้าน'],
      [6, 'ต่ออายุบัตรประชาชน', 'ยื่นคำขอ → ถ่ายรูป → รับบัตร', '10 นาที', 'บัตรประชาชนเดิม'],
      [7, 'คัดสำเนาทะเบียนบ้าน', 'ยื่นคำร้อง → ตรวจสอบ → รับสำเนา', '10 นาที', 'บัตรประชาชน'],
    ],
  )}
  <h3>ช่องทางติดต่อและร้องเรียน</h3>
  <ul><li>ฝ่ายทะเบียน ชั้น 1 สำนักงานเขตดินแดง วันจันทร์–ศุกร์ เวลา 08.00–16.00 น.</li>
  <li>หากได้รับบริการล่าช้ากว่าที่กำหนด หรือถูกเรียกรับเงินนอกเหนือค่าธรรมเนียม แจ้งหัวหน้าฝ่ายทะเบียนหรือผู้อำนวยการเขตได้ทันที</li></ul>
  <p class="date">ข้อมูล ณ วันที่ ๑๕ มีนาคม ๒๕๖๕</p>`);

const ANTI_CORRUPTION = announcement({
  org: 'สำนักงานเขตดินแดง',
  title: 'เจตนารมณ์การต่อต้านการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
  paragraphs: [
    'สำนักงานเขตดินแดงมุ่งมั่นบริหารงานด้วยความซื่อสัตย์ สุจริต โปร่งใส และตรวจสอบได้ ตามหลักธรรมาภิบาล เพื่อให้ประชาชนได้รับบริการที่เป็นธรรมและมีคุณภาพ',
    'จึงประกาศเจตนารมณ์ว่า ผู้บริหารและบุคลากรทุกคนของสำนักงานเขตดินแดงจะ',
  ],
  items: [
    'ปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต ไม่เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใดเพื่อแลกกับการปฏิบัติหน้าที่',
    'ไม่ใช้ตำแหน่งหน้าที่แสวงหาประโยชน์แก่ตนเองหรือผู้อื่นโดยมิชอบ',
    'ให้บริการตามขั้นตอนและระยะเวลาที่ประกาศไว้ ต่อผู้รับบริการทุกคนอย่างเท่าเทียม',
    'ร่วมกันเฝ้าระวังและแจ้งเบาะแสการทุจริต โดยผู้แจ้งจะได้รับการคุ้มครอง',
  ],
  closing:
    'ผู้รับบริการไม่ต้องจ่ายเงินหรือทรัพย์สินใดนอกเหนือจากค่าธรรมเนียมตามกฎหมาย หากพบการเรียกรับสินบน โปรดแจ้งผู้อำนวยการเขตดินแดงโดยตรง',
  date: '๑๕ พฤศจิกายน พ.ศ. ๒๕๖๔',
  signer: 'นายสมชาย วงศ์ใหญ่',
  position: 'ผู้อำนวยการเขตดินแดง',
});

const NOTICE_PHOTO = `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
  body { margin: 0; width: 960px; height: 720px; font-family: 'Sarabun', sans-serif; overflow: hidden;
    background: linear-gradient(180deg, #d9d4c7 0%, #cfc8b8 62%, #8d8377 62%, #7b7166 100%); }
  .wall-sign { position: absolute; top: 26px; left: 0; right: 0; text-align: center; font-size: 30px; font-weight: 700;
    color: #fff; } .wall-sign span { background: #1f5a99; padding: 6px 28px; border-radius: 6px; }
  .board { position: absolute; top: 92px; left: 150px; width: 660px; height: 470px; background: #b88b5a;
    border: 14px solid #6e4b2a; box-shadow: 0 12px 24px rgba(0,0,0,.35); transform: rotate(-1.2deg); }
  .sheet { position: absolute; background: #fbfaf6; box-shadow: 2px 3px 6px rgba(0,0,0,.3); padding: 16px 20px; color: #222; }
  .a { top: 24px; left: 30px; width: 330px; height: 410px; transform: rotate(0.8deg); }
  .b { top: 40px; left: 390px; width: 230px; height: 180px; transform: rotate(-2deg); background: #fff7d6; }
  .c { top: 250px; left: 395px; width: 220px; height: 170px; transform: rotate(1.5deg); }
  .pin { position: absolute; width: 14px; height: 14px; border-radius: 50%; background: #c62828; top: -6px; left: 50%; }
  h1 { font-size: 19px; margin: 4px 0 2px; text-align: center; } h2 { font-size: 15px; margin: 0 0 10px; text-align: center; }
  p, li { font-size: 12px; line-height: 1.45; margin: 0 0 5px; } ol { padding-left: 18px; margin: 0; }
  .caption { position: absolute; bottom: 18px; right: 24px; color: #f4efe6; font-size: 16px; }
  .desk { position: absolute; bottom: 0; left: 60px; width: 840px; height: 60px; background: #5d4632; }
</style></head><body>
  <div class="wall-sign"><span>ประชาสัมพันธ์ · จุดบริการงานทะเบียน</span></div>
  <div class="board">
    <div class="sheet a"><div class="pin"></div><h1>ประกาศสำนักงานเขตดินแดง</h1>
      <h2>เจตนารมณ์การต่อต้านการทุจริต ปีงบประมาณ ๒๕๖๕</h2>
      <ol><li>ไม่เรียก ไม่รับ ทรัพย์สินหรือประโยชน์ใดเพื่อแลกกับการให้บริการ</li>
      <li>ให้บริการตามขั้นตอนและระยะเวลาที่ประกาศ อย่างเท่าเทียม</li>
      <li>ไม่ใช้ตำแหน่งหน้าที่แสวงหาประโยชน์โดยมิชอบ</li>
      <li>พบการเรียกรับสินบน แจ้งผู้อำนวยการเขตได้โดยตรง</li></ol>
      <p style="text-align:center;margin-top:14px">ประกาศ ณ วันที่ ๑๕ พฤศจิกายน ๒๕๖๔</p>
      <p style="text-align:center">(นายสมชาย วงศ์ใหญ่) ผู้อำนวยการเขตดินแดง</p></div>
    <div class="sheet b"><div class="pin" style="background:#1565c0"></div><h2>ไม่ต้องจ่ายเงินพิเศษ</h2>
      <p>ค่าธรรมเนียมเป็นไปตามกฎหมายเท่านั้น ทุกการชำระเงินได้รับใบเสร็จ</p></div>
    <div class="sheet c"><div class="pin" style="background:#2e7d32"></div><h2>ร้องเรียนการทุจริต</h2>
      <p>โทร. ๐ ๒๒๔๕ xxxx<br>ตู้รับเรื่องร้องเรียน ชั้น 1</p></div>
  </div>
  <div class="desk"></div>
  <div class="caption">ภาพสาธิต (ข้อมูลสมมติ) · ๒๐ พ.ย. ๒๕๖๔</div>
</body></html>`;

const PROCUREMENTS: [string, string, string, number, string][] = [
  ['จ้างเหมาทำความสะอาดอาคารสำนักงานเขต ต.ค.–ธ.ค. 2564', 'เฉพาะเจาะจง', 'บริษัท ตัวอย่างบริการ จำกัด', 297000, '2564-10-01'],
  ['ซื้อวัสดุสำนักงาน ไตรมาส 1', 'เฉพาะเจาะจง', 'ร้านสมมติพาณิชย์', 48750, '2564-10-12'],
  ['จ้างซ่อมแซมผิวจราจรซอยวิภาวดีรังสิต 2 (ตัวอย่าง)', 'e-bidding', 'ห้างหุ้นส่วนจำกัด ตัวอย่างก่อสร้าง', 1845000, '2564-11-19'],
  ['ซื้อหมึกพิมพ์และกระดาษ', 'เฉพาะเจาะจง', 'ร้านสมมติพาณิชย์', 36400, '2564-12-03'],
  ['จ้างเหมาบริการรักษาความปลอดภัย ม.ค.–มี.ค. 2565', 'เฉพาะเจาะจง', 'บริษัท ตัวอย่างการ์ด จำกัด', 264000, '2565-01-04'],
  ['ซื้อเครื่องคอมพิวเตอร์ฝ่ายทะเบียน 5 เครื่อง', 'e-bidding', 'บริษัท ตัวอย่างไอที จำกัด', 112500, '2565-01-27'],
  ['จ้างปรับปรุงห้องน้ำอาคารสำนักงาน', 'e-bidding', 'ห้างหุ้นส่วนจำกัด ตัวอย่างก่อสร้าง', 689000, '2565-02-15'],
  ['ซื้อวัสดุงานบ้านงานครัว', 'เฉพาะเจาะจง', 'ร้านสมมติพาณิชย์', 18920, '2565-03-08'],
  ['จ้างพิมพ์แผ่นพับประชาสัมพันธ์', 'เฉพาะเจาะจง', 'ร้านตัวอย่างการพิมพ์', 24500, '2565-03-21'],
];

const PROCUREMENT_REPORT = page(`
  <div class="org">ฝ่ายการคลัง สำนักงานเขตดินแดง</div>
  <h2>รายงานผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๑–๒ ปีงบประมาณ พ.ศ. ๒๕๖๕ (ต.ค. ๒๕๖๔ – มี.ค. ๒๕๖๕)</h2>
  ${table(
    ['ที่', 'งานที่จัดซื้อจัดจ้าง', 'วิธี', 'ผู้ได้รับการคัดเลือก', 'ราคาที่ตกลง (บาท)', 'วันที่ลงนาม'],
    PROCUREMENTS.map(([name, method, vendor, amount, date], i) => [i + 1, name, method, vendor, baht(amount), date]),
    [4],
  )}
  <p class="plain">รวม ${PROCUREMENTS.length} รายการ วงเงินรวม ${baht(PROCUREMENTS.reduce((s, p) => s + p[3], 0))} บาท
  เผยแพร่ในระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP) และเว็บไซต์สำนักงานเขตดินแดงทุกเดือน</p>
  <div class="sign"><p>(ลงชื่อ) วันเพ็ญ ทองดี</p><p>(นางวันเพ็ญ ทองดี)</p><p>หัวหน้าฝ่ายการคลัง</p></div>`);

// Per month: the items of PROCUREMENTS signed that month (count, specific method, e-bidding, amount).
const MONTHS: [string, number, number, number][] = [
  ['ตุลาคม 2564', 2, 2, 0],
  ['พฤศจิกายน 2564', 1, 0, 1],
  ['ธันวาคม 2564', 1, 1, 0],
  ['มกราคม 2565', 2, 1, 1],
  ['กุมภาพันธ์ 2565', 1, 0, 1],
  ['มีนาคม 2565', 2, 2, 0],
];
const MONTH_AMOUNTS = [345750, 1845000, 36400, 376500, 689000, 43420];

async function procurementXlsx(months: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'นายธนากร แก้วมณี';
  wb.created = new Date('2022-03-22T08:00:00Z');
  wb.modified = wb.created;
  const ws = wb.addWorksheet('สรุปรายเดือน', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = [{ width: 20 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 18 }, { width: 22 }];
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = 'สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. 2565 — ฝ่ายการคลัง สำนักงานเขตดินแดง';
  ws.getCell('A1').font = { name: 'Sarabun', bold: true, size: 14 };
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = DEMO_NOTE;
  ws.getCell('A2').font = { name: 'Sarabun', italic: true, size: 9, color: { argb: 'FF888888' } };
  const header = ws.addRow(['เดือน', 'จำนวนโครงการ', 'เฉพาะเจาะจง', 'e-bidding', 'วงเงินรวม (บาท)', 'เผยแพร่ในเว็บไซต์']);
  header.font = { name: 'Sarabun', bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
    c.border = { bottom: { style: 'thin' } };
  });
  MONTHS.slice(0, months).forEach(([month, count, specific, bidding], i) => {
    const row = ws.addRow([month, count, specific, bidding, MONTH_AMOUNTS[i], 'เผยแพร่แล้ว']);
    row.font = { name: 'Sarabun' };
    row.getCell(5).numFmt = '#,##0.00';
  });
  const first = 4;
  const last = first + months - 1;
  const total = ws.addRow([
    'รวม',
    { formula: `SUM(B${first}:B${last})` },
    { formula: `SUM(C${first}:C${last})` },
    { formula: `SUM(D${first}:D${last})` },
    { formula: `SUM(E${first}:E${last})` },
    '',
  ]);
  total.font = { name: 'Sarabun', bold: true };
  total.getCell(5).numFmt = '#,##0.00';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const HR_POLICY = page(`
  <div class="org">สำนักงานเขตดินแดง</div>
  <h2>นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h2>
  <p>สำนักงานเขตดินแดงกำหนดนโยบายการบริหารทรัพยากรบุคคล เพื่อให้การบริหารงานบุคคลเป็นไปอย่างเป็นธรรม
  โปร่งใส ตรวจสอบได้ และยึดหลักคุณธรรม ดังนี้</p>
  <h3>๑. การสรรหาและการแต่งตั้ง</h3>
  <ul><li>สรรหาและคัดเลือกตามหลักเกณฑ์ที่ประกาศล่วงหน้า เปิดเผยผลการพิจารณาให้ผู้เกี่ยวข้องทราบ</li>
  <li>ไม่มีการซื้อขายตำแหน่ง หรือเอื้อประโยชน์ให้กลุ่มหรือพวกพ้อง</li></ul>
  <h3>๒. การมอบหมายงานและการประเมินผล</h3>
  <ul><li>มอบหมายงานตามความรู้ความสามารถ โดยผู้บังคับบัญชาแจ้งเป้าหมายและตัวชี้วัดเป็นลายลักษณ์อักษร</li>
  <li>ประเมินผลการปฏิบัติงานตามผลงานจริง และแจ้งผลพร้อมเหตุผลให้ผู้รับการประเมินทราบ</li></ul>
  <h3>๓. การพัฒนาบุคลากร</h3>
  <ul><li>จัดอบรมด้านคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน อย่างน้อยปีละ ๑ ครั้ง</li>
  <li>ส่งเสริมการพัฒนาทักษะดิจิทัลเพื่อการให้บริการประชาชน</li></ul>
  <h3>๔. การรักษาวินัยและการร้องเรียน</h3>
  <ul><li>ดำเนินการทางวินัยอย่างเป็นธรรมและเปิดเผยผลตามที่กฎหมายกำหนด</li>
  <li>บุคลากรร้องเรียนการบริหารงานบุคคลที่ไม่เป็นธรรมได้ที่ผู้อำนวยการเขตโดยตรง</li></ul>
  <p class="date">ประกาศ ณ วันที่ ๑ กุมภาพันธ์ พ.ศ. ๒๕๖๕</p>
  <div class="sign"><p>(ลงชื่อ) สมชาย วงศ์ใหญ่</p><p>(นายสมชาย วงศ์ใหญ่)</p><p>ผู้อำนวยการเขตดินแดง</p></div>`);

const LENDING_RULES = announcement({
  org: 'สำนักงานเขตดินแดง',
  title: 'หลักเกณฑ์การยืมพัสดุและทรัพย์สินของราชการ',
  paragraphs: [
    'เพื่อให้การใช้ทรัพย์สินของราชการเป็นไปเพื่อประโยชน์ของทางราชการ โปร่งใส และตรวจสอบได้ สำนักงานเขตดินแดงจึงกำหนดหลักเกณฑ์การยืมพัสดุและทรัพย์สินของราชการ ดังนี้',
  ],
  items: [
    'การยืมต้องใช้เพื่อปฏิบัติราชการเท่านั้น ห้ามนำไปใช้เพื่อประโยชน์ส่วนตัว',
    'ผู้ยืมยื่นแบบฟอร์มขอยืมพัสดุต่อหัวหน้าฝ่ายการคลัง ระบุรายการ วัตถุประสงค์ และกำหนดส่งคืน',
    'ผู้มีอำนาจอนุมัติ ได้แก่ หัวหน้าฝ่ายการคลัง (วงเงินไม่เกิน ๕๐,๐๐๐ บาท) หรือผู้อำนวยการเขต',
    'ส่งคืนภายใน ๗ วันนับแต่วันที่เสร็จงาน ในสภาพที่ใช้การได้เรียบร้อย',
    'เจ้าหน้าที่พัสดุบันทึกการยืม–คืนในทะเบียนคุมและรายงานหัวหน้าฝ่ายทุกสิ้นเดือน',
  ],
  closing: 'ทั้งนี้ ตั้งแต่วันที่ ๑ มิถุนายน พ.ศ. ๒๕๖๕ เป็นต้นไป',
  date: '๑๐ พฤษภาคม พ.ศ. ๒๕๖๕',
  signer: 'นายสมชาย วงศ์ใหญ่',
  position: 'ผู้อำนวยการเขตดินแดง',
});

async function lendingFormDocx(): Promise<Uint8Array> {
  const font = 'TH Sarabun New';
  const text = (t: string, options: { bold?: boolean; size?: number } = {}) =>
    new TextRun({ text: t, font, size: options.size ?? 32, bold: options.bold ?? false });
  const line = (t: string) => new Paragraph({ children: [text(t)], spacing: { after: 120 } });
  const cell = (t: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [text(t, { bold, size: 28 })] })] });
  const doc = new Document({
    creator: 'นางสาวกมลวรรณ จันทร์เพ็ญ',
    title: 'แบบฟอร์มขอยืมพัสดุ',
    description: DEMO_NOTE,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [text('แบบฟอร์มขอยืมพัสดุและทรัพย์สินของราชการ', { bold: true, size: 36 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [text('สำนักงานเขตดินแดง', { bold: true })],
          }),
          line(
            'เขียนที่ ............................................  วันที่ ........ เดือน .................... พ.ศ. ..........',
          ),
          line('เรียน  หัวหน้าฝ่ายการคลัง'),
          line(
            'ข้าพเจ้า ...................................................... ตำแหน่ง ..............................................',
          ),
          line('สังกัดฝ่าย ................................................ มีความประสงค์ขอยืมพัสดุเพื่อใช้ในราชการ ดังนี้'),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ children: ['ที่', 'รายการ', 'จำนวน', 'หมายเลขครุภัณฑ์', 'หมายเหตุ'].map((h) => cell(h, true)) }),
              ...[1, 2, 3].map((n) => new TableRow({ children: [String(n), '', '', '', ''].map((c) => cell(c)) })),
            ],
          }),
          line(''),
          line(
            'วัตถุประสงค์ในการยืม ........................................................................................',
          ),
          line('กำหนดส่งคืนภายในวันที่ ........ เดือน .................... พ.ศ. .......... ในสภาพที่ใช้การได้เรียบร้อย'),
          line(''),
          line(
            'ลงชื่อ ............................................ ผู้ยืม        ลงชื่อ ............................................ ผู้อนุมัติ',
          ),
          line('วันที่รับคืน ......................  ลงชื่อ ............................................ เจ้าหน้าที่พัสดุ'),
          new Paragraph({ spacing: { before: 360 }, children: [text(DEMO_NOTE, { size: 20 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const NO_GIFT = (org: string, district: string, director: string, date: string) =>
  announcement({
    org,
    title: 'นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)',
    paragraphs: [`เพื่อเสริมสร้างวัฒนธรรมองค์กรที่ซื่อสัตย์สุจริตและป้องกันผลประโยชน์ทับซ้อน ${org}จึงประกาศนโยบาย ดังนี้`],
    items: [
      'ผู้บริหารและบุคลากรทุกคนไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใด จากการปฏิบัติหน้าที่ ในทุกเทศกาลและทุกโอกาส',
      'ไม่มอบของขวัญแก่ผู้บังคับบัญชาหรือผู้เกี่ยวข้อง เพื่อแลกกับการพิจารณาหรืออนุมัติใด ๆ',
      'หากมีความจำเป็นต้องรับตามธรรมจรรยา ให้รายงานผู้บังคับบัญชาตามแบบที่กำหนดภายใน ๓๐ วัน',
      'ขอความร่วมมือผู้รับบริการและคู่ค้างดให้ของขวัญแก่เจ้าหน้าที่ โดยแสดงความปรารถนาดีด้วยการอวยพรแทน',
    ],
    closing: 'จึงประกาศให้ทราบโดยทั่วกัน',
    date,
    signer: director,
    position: `ผู้อำนวยการ${district}`,
  });

const COMPLAINT_SCREEN = `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1000px; height: 680px; font-family: 'Sarabun', sans-serif; background: #f1f4f8; color: #1d2733; }
  .bar { background: #fff; border-bottom: 1px solid #d5dbe3; height: 38px; display: flex; align-items: center; padding: 0 14px; gap: 8px; }
  .dot { width: 11px; height: 11px; border-radius: 50%; } .url { margin-left: 14px; flex: 1; background: #eef1f5;
    border-radius: 16px; padding: 4px 14px; font-size: 13px; color: #4b5866; }
  header { background: #1f5a99; color: #fff; padding: 14px 28px; font-size: 20px; font-weight: 700; }
  header small { display: block; font-size: 13px; font-weight: 400; opacity: .85; }
  main { display: flex; gap: 22px; padding: 20px 28px; }
  .form { flex: 1.6; background: #fff; border: 1px solid #d5dbe3; border-radius: 8px; padding: 18px 22px; }
  .side { flex: 1; background: #fff; border: 1px solid #d5dbe3; border-radius: 8px; padding: 18px 20px; font-size: 14px; }
  h2 { margin: 0 0 12px; font-size: 19px; } label { display: block; font-size: 14px; font-weight: 700; margin: 10px 0 4px; }
  .input { border: 1px solid #b8c2ce; border-radius: 5px; height: 30px; background: #fbfcfd; font-size: 13px; color: #8a96a3;
    padding: 5px 9px; box-sizing: border-box; } .area { height: 74px; }
  .row { display: flex; gap: 12px; } .row > div { flex: 1; }
  .check { font-size: 13px; margin-top: 12px; } .btn { margin-top: 14px; background: #1f5a99; color: #fff; display: inline-block;
    padding: 7px 22px; border-radius: 5px; font-weight: 700; font-size: 14px; }
  .side li { margin-bottom: 6px; } .badge { background: #fff4d6; border: 1px solid #f0c24b; border-radius: 5px; padding: 6px 10px; font-size: 13px; margin-top: 10px; }
</style></head><body>
  <div class="bar"><span class="dot" style="background:#ff5f57"></span><span class="dot" style="background:#febc2e"></span>
    <span class="dot" style="background:#28c840"></span><span class="url">dindaeng-district.example/complaints (ร่าง)</span></div>
  <header>สำนักงานเขตดินแดง<small>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</small></header>
  <main>
    <div class="form"><h2>แจ้งเรื่องร้องเรียน</h2>
      <div class="row"><div><label>ชื่อ–นามสกุล (ไม่บังคับ)</label><div class="input">ไม่ประสงค์ออกนามได้</div></div>
        <div><label>ช่องทางติดต่อกลับ (ไม่บังคับ)</label><div class="input">อีเมลหรือหมายเลขโทรศัพท์</div></div></div>
      <label>เรื่องที่ร้องเรียน</label><div class="input">เช่น การเรียกรับเงินนอกเหนือค่าธรรมเนียม</div>
      <div class="row"><div><label>หน่วยงาน/ฝ่ายที่เกี่ยวข้อง</label><div class="input">เลือกฝ่าย ▾</div></div>
        <div><label>วันที่เกิดเหตุ</label><div class="input">วว/ดด/ปปปป</div></div></div>
      <label>รายละเอียด</label><div class="input area">เล่าเหตุการณ์ที่พบ</div>
      <label>แนบหลักฐาน (ไม่บังคับ)</label><div class="input">เลือกไฟล์ภาพหรือเอกสาร</div>
      <div class="check">☑ ข้าพเจ้ารับทราบว่าข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</div>
      <div class="btn">ส่งเรื่องร้องเรียน</div></div>
    <div class="side"><h2>การคุ้มครองผู้ร้องเรียน</h2>
      <ul><li>ข้อมูลผู้ร้องเรียนเปิดเผยเฉพาะผู้อำนวยการเขตและผู้ได้รับมอบหมาย</li>
      <li>แจ้งผลการดำเนินการภายใน ๑๕ วันทำการ</li><li>ติดตามสถานะได้ด้วยเลขที่เรื่อง</li>
      <li>ร้องเรียนนอกเวลาราชการ: ตู้รับเรื่อง ชั้น 1 หรือสายด่วนเขต</li></ul>
      <div class="badge">หน้าจอตัวอย่าง (ร่าง) สำหรับระบบสาธิต — ข้อมูลสมมติ</div></div>
  </main>
</body></html>`;

const RECEIPT = page(
  `
  <div class="receipt">
    <div class="watermark">ตัวอย่าง</div>
    <div class="top"><div><b>กทม.1</b></div><div>เล่มที่ 0123 &nbsp; เลขที่ 045</div></div>
    <h1>ใบเสร็จรับเงิน</h1>
    <div class="center">สำนักงานเขตดินแดง กรุงเทพมหานคร</div>
    <div class="center">วันที่ ๑ มีนาคม พ.ศ. ๒๕๖๕</div>
    <p class="plain" style="margin-top:10pt">ได้รับเงินจาก &nbsp; <u>นายตัวอย่าง ผู้เสียภาษี</u> &nbsp; ที่อยู่ &nbsp; <u>ถนนตัวอย่าง แขวงดินแดง เขตดินแดง</u></p>
    ${table(
      ['รายการ', 'จำนวนเงิน (บาท)'],
      [
        ['ภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๕ (ที่อยู่อาศัย)', baht(1250)],
        ['เบี้ยปรับ / เงินเพิ่ม', baht(0)],
        ['รวมเงิน (หนึ่งพันสองร้อยห้าสิบบาทถ้วน)', baht(1250)],
      ],
      [1],
    )}
    <div class="sign" style="margin-top:18pt"><p>(ลงชื่อ) ..................................... ผู้รับเงิน</p><p>(เจ้าหน้าที่ฝ่ายรายได้)</p></div>
    <p class="plain" style="font-size:11pt;margin-top:16pt">ใบเสร็จรับเงินออกตามระเบียบกรุงเทพมหานครว่าด้วยการเงินการคลัง ทุกการชำระเงินต้องได้รับใบเสร็จฉบับนี้</p>
  </div>`,
  `.receipt { border: 1.2pt solid #333; padding: 14pt 18pt; position: relative; margin-top: 10pt; }
   .top { display: flex; justify-content: space-between; font-size: 12pt; } .center { text-align: center; }
   .watermark { position: absolute; top: 40%; left: 18%; font-size: 80pt; color: rgba(200,0,0,.12); transform: rotate(-22deg); font-weight: 700; }`,
);

const LENDING_MANUAL = page(`
  <div class="org">ฝ่ายการคลัง สำนักงานเขตห้วยขวาง</div>
  <h2>คู่มือการยืม–คืนพัสดุและทรัพย์สินของราชการ</h2>
  <h3>๑. วัตถุประสงค์</h3>
  <p>เพื่อให้บุคลากรทราบขั้นตอนการยืม–คืนพัสดุอย่างถูกต้อง ใช้ทรัพย์สินของราชการเพื่อประโยชน์ของทางราชการเท่านั้น
  และตรวจสอบการใช้ทรัพย์สินได้ทุกขั้นตอน</p>
  <h3>๒. ขั้นตอนการยืม</h3>
  ${table(
    ['ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา'],
    [
      ['ยื่นแบบขอยืมพัสดุ ระบุรายการ วัตถุประสงค์ และกำหนดส่งคืน', 'ผู้ยืม', '—'],
      ['ตรวจสอบรายการและสถานะพัสดุในทะเบียนคุม', 'เจ้าหน้าที่พัสดุ', '๑ วันทำการ'],
      ['พิจารณาอนุมัติ', 'หัวหน้าฝ่ายการคลัง / ผู้อำนวยการเขต', '๑ วันทำการ'],
      ['ส่งมอบพัสดุและบันทึกการยืม', 'เจ้าหน้าที่พัสดุ', 'วันที่อนุมัติ'],
    ],
  )}
  <h3>๓. การคืนและการตรวจสอบ</h3>
  <ul><li>คืนภายใน ๗ วันนับแต่เสร็จงาน เจ้าหน้าที่พัสดุตรวจสภาพต่อหน้าผู้ยืม</li>
  <li>พัสดุชำรุดหรือสูญหายจากความประมาท ผู้ยืมต้องซ่อมแซมหรือชดใช้ตามระเบียบ</li>
  <li>เจ้าหน้าที่พัสดุรายงานการยืม–คืนต่อหัวหน้าฝ่ายทุกสิ้นเดือน และเผยแพร่สรุปในเว็บไซต์สำนักงานเขตทุกไตรมาส</li></ul>
  <h3 style="page-break-before: always">๔. คำถามที่พบบ่อย</h3>
  <p class="plain"><b>ยืมไปใช้ที่บ้านได้หรือไม่?</b> ไม่ได้ เว้นแต่เป็นการปฏิบัติราชการนอกสถานที่ที่ได้รับอนุมัติ</p>
  <p class="plain"><b>ยืมต่อได้หรือไม่?</b> ยื่นขอขยายเวลาก่อนครบกำหนดคืน พร้อมเหตุผล</p>
  <p class="plain"><b>ใครตรวจสอบการยืม?</b> เจ้าหน้าที่พัสดุ หัวหน้าฝ่ายการคลัง และผู้ตรวจสอบภายในของกรุงเทพมหานคร</p>
  <p class="date">ฉบับปรับปรุง มิถุนายน พ.ศ. ๒๕๖๕</p>
  <div class="sign"><p>(นางสุภาพร เรืองศรี)</p><p>หัวหน้าฝ่ายการคลัง สำนักงานเขตห้วยขวาง</p></div>`);

export const SEED_FILES: SeedFile[] = [
  { key: key(DD, 102, 101, 101, 'pdf'), mime: PDF, render: { kind: 'pdf', html: REGISTRY_STEPS } },
  { key: key(DD, 101, 102, 102, 'pdf'), mime: PDF, render: { kind: 'pdf', html: ANTI_CORRUPTION } },
  {
    key: key(DD, 101, 102, 103, 'jpg'),
    mime: 'image/jpeg',
    render: { kind: 'jpeg', html: NOTICE_PHOTO, width: 960, height: 720 },
  },
  { key: key(DD, 103, 104, 104, 'pdf'), mime: PDF, render: { kind: 'pdf', html: PROCUREMENT_REPORT } },
  { key: key(DD, 103, 104, 105, 'xlsx'), mime: XLSX, render: { kind: 'xlsx', build: () => procurementXlsx(5) } },
  { key: key(DD, 103, 104, 106, 'xlsx'), mime: XLSX, render: { kind: 'xlsx', build: () => procurementXlsx(6) } },
  { key: key(DD, 101, 105, 107, 'pdf'), mime: PDF, render: { kind: 'pdf', html: HR_POLICY } },
  { key: key(DD, 103, 106, 108, 'pdf'), mime: PDF, render: { kind: 'pdf', html: LENDING_RULES } },
  { key: key(DD, 103, 106, 109, 'docx'), mime: DOCX, render: { kind: 'docx', build: lendingFormDocx } },
  {
    key: key(DD, 101, 107, 110, 'pdf'),
    mime: PDF,
    render: {
      kind: 'pdf',
      html: NO_GIFT('สำนักงานเขตดินแดง', 'เขตดินแดง', 'นายสมชาย วงศ์ใหญ่', '๑ ธันวาคม พ.ศ. ๒๕๖๔'),
    },
  },
  {
    key: key(DD, 101, 108, 111, 'png'),
    mime: 'image/png',
    render: { kind: 'png', html: COMPLAINT_SCREEN, width: 1000, height: 680 },
  },
  { key: key(DD, 104, 111, 112, 'pdf'), mime: PDF, render: { kind: 'pdf', html: RECEIPT } },
  { key: key(HK, 203, 202, 201, 'pdf'), mime: PDF, render: { kind: 'pdf', html: LENDING_MANUAL } },
  {
    key: key(HK, 201, 204, 202, 'pdf'),
    mime: PDF,
    render: {
      kind: 'pdf',
      html: NO_GIFT('สำนักงานเขตห้วยขวาง', 'เขตห้วยขวาง', 'นายอนุชา ศักดิ์สิทธิ์', '๑๐ ธันวาคม พ.ศ. ๒๕๖๔'),
    },
  },
];

// Rendering ----------------------------------------------------------------------------------------------

/** Sarabun (400 and 700, Thai and Latin subsets) as @font-face rules with the font files inlined. */
async function fontCss(): Promise<string> {
  const faces: string[] = [];
  for (const css of ['thai-400.css', 'thai-700.css', 'latin-400.css', 'latin-700.css']) {
    let text = await readFile(path.join(FONT_DIR, css), 'utf8');
    for (const [, file] of text.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)) {
      const data = (await readFile(path.join(FONT_DIR, 'files', file!))).toString('base64');
      text = text.replace(`url(./files/${file})`, `url(data:font/woff2;base64,${data})`);
    }
    // Only the woff2 source: the woff fallback URL would not resolve from a data: page.
    faces.push(text.replace(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, ''));
  }
  return faces.join('\n');
}

async function renderInBrowser(browser: Browser, render: Extract<Render, { html: string }>, fonts: string) {
  const context = await browser.newContext(
    render.kind === 'pdf' ? {} : { viewport: { width: render.width, height: render.height }, deviceScaleFactor: 1 },
  );
  try {
    const page = await context.newPage();
    await page.setContent(render.html.replace('<style>', `<style>${fonts}\n`), { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
      // The PDF's title (shown by viewers instead of about:blank): the document's heading.
      if (!document.title)
        document.title = (document.querySelector('h2') ?? document.querySelector('h1'))?.textContent ?? '';
    });
    const thai = await page.evaluate(() => document.fonts.check('16px Sarabun', 'ก'));
    if (!thai) throw new Error('Sarabun did not load');
    if (render.kind === 'pdf') return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    if (render.kind === 'jpeg') return new Uint8Array(await page.screenshot({ type: 'jpeg', quality: 72 }));
    return new Uint8Array(await page.screenshot({ type: 'png' }));
  } finally {
    await context.close();
  }
}

// The seed ------------------------------------------------------------------------------------------------

const digest = (algorithm: 'sha256' | 'md5', bytes: Uint8Array) => createHash(algorithm).update(bytes).digest('hex');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `pg_temp.upload('<key>', '<name>', '<mime>', <size>, '<sha256>', '<md5>'` call of a key in seed.sql. */
function uploadCall(key: string): RegExp {
  return new RegExp(
    `(pg_temp\\.upload\\('${escapeRegExp(key)}',\\s*'(?:[^']|'')*',\\s*)'[^']*',\\s*\\d+,\\s*'[0-9a-f]*',\\s*'[0-9a-f]*'`,
  );
}

export interface FileFacts {
  key: string;
  mime: string;
  size: number;
  sha256: string;
  md5: string;
}

export function factsOf(key: string, mime: string, bytes: Uint8Array): FileFacts {
  return { key, mime, size: bytes.length, sha256: digest('sha256', bytes), md5: digest('md5', bytes) };
}

/** seed.sql with each file's upload call set to these facts; throws when a key has no upload call. */
export function rewriteSeed(seed: string, files: FileFacts[]): string {
  let out = seed;
  for (const f of files) {
    const re = uploadCall(f.key);
    if (!re.test(out)) throw new Error(`seed.sql has no pg_temp.upload('${f.key}', …) call`);
    out = out.replace(re, (_m, head: string) => `${head}'${f.mime}', ${f.size}, '${f.sha256}', '${f.md5}'`);
  }
  return out;
}

async function committedFacts(): Promise<FileFacts[]> {
  return Promise.all(
    SEED_FILES.map(async (f) =>
      factsOf(f.key, f.mime, new Uint8Array(await readFile(path.join(SEED_STORAGE_DIR, 'evidence', f.key)))),
    ),
  );
}

async function generate(): Promise<FileFacts[]> {
  const fonts = await fontCss();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--font-render-hinting=none'],
  });
  const facts: FileFacts[] = [];
  try {
    for (const f of SEED_FILES) {
      const r = f.render;
      const bytes = r.kind === 'xlsx' || r.kind === 'docx' ? await r.build() : await renderInBrowser(browser, r, fonts);
      if (bytes.length > MAX_BYTES) throw new Error(`${f.key} is ${bytes.length} bytes, over ${MAX_BYTES}`);
      const file = path.join(SEED_STORAGE_DIR, 'evidence', f.key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
      facts.push(factsOf(f.key, f.mime, bytes));
    }
  } finally {
    await browser.close();
  }
  return facts;
}

async function main() {
  const check = process.argv.includes('--check');
  const facts = check || process.argv.includes('--seed-only') ? await committedFacts() : await generate();
  const seed = await readFile(SEED_FILE, 'utf8');
  const next = rewriteSeed(seed, facts);
  for (const f of facts) console.log(`${String(f.size).padStart(7)}  ${f.mime.padEnd(20).slice(0, 20)}  ${f.key}`);
  if (check) {
    if (next !== seed) {
      console.error(
        'seed.sql does not match supabase/seed-storage: run `npx tsx supabase/local/cli/gen-seed-files.ts`',
      );
      process.exit(1);
    }
    console.log('seed.sql matches the committed files');
    return;
  }
  if (next !== seed) await writeFile(SEED_FILE, next);
  console.log(`seed.sql now matches the ${facts.length} files under supabase/seed-storage/evidence`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
