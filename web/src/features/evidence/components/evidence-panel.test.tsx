import type { SupabaseClient } from '@supabase/supabase-js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uploadEvidence } from '@/features/evidence/api/upload-evidence';
import { EvidencePanel, type EvidencePanelMeasure } from '@/features/evidence/components/evidence-panel';
import { EvidenceViewer } from '@/features/evidence/components/evidence-viewer';
import { EVIDENCE_MAX_BYTES } from '@/features/evidence/lib/evidence-file-rules';
import { createFetchTransport } from '@/features/evidence/lib/upload-transport';
import {
  HEAD_FIN,
  HEAD_GOV,
  MEASURE_APPROVED,
  MEASURE_IN_PROGRESS,
  MEASURE_IN_PROGRESS_2,
  MEASURE_WITH_EVIDENCE,
  STAFF_GOV,
  fileOf,
  jpegBytes,
  pdfBytes,
  sha256Of,
} from '@/features/evidence/testing/evidence-fixtures';
import type { Database } from '@/lib/database.types';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

// The evidence panel and viewer against the seeded local stack; bytes go through the real XHR transport
// (jsdom's XMLHttpRequest) to the real signed upload endpoint.

let stack: WebTestStack;
let service: SupabaseClient<Database>;
let staff: AppSupabaseClient;
let staffId: string;

beforeAll(async () => {
  stack = await startWebTestStack();
  service = stack.service();
  staff = await stack.signIn(STAFF_GOV);
  staffId = await userIdOf(staff);
});
afterAll(() => stack?.close());
afterEach(() => vi.restoreAllMocks());

/** The signed-in person's id (the panel is told whose own files they are). */
const userIdOf = async (client: AppSupabaseClient) => (await client.auth.getUser()).data.user!.id;

const inProgress = (m: typeof MEASURE_IN_PROGRESS): EvidencePanelMeasure => ({
  ...m,
  status: 'in_progress',
  version: 1,
});

async function objectCount(m: typeof MEASURE_IN_PROGRESS) {
  const { data } = await service.storage.from('evidence').list(`${m.organization_id}/${m.department_id}/${m.id}`);
  return data?.length ?? 0;
}

/** Captures the URL of every download the page starts (jsdom cannot navigate). */
function captureDownloads(): string[] {
  const urls: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    urls.push(this.href);
  });
  return urls;
}

describe('EvidencePanel for a staff member assigned to an in-progress measure', () => {
  it('uploads a PDF and a JPEG chosen together, lists them under their Thai names, downloads under that name and shows the real SHA-256', async () => {
    const user = userEvent.setup();
    const pdf = pdfBytes('คำสั่งแต่งตั้งคณะทำงาน');
    const jpg = jpegBytes(6000);
    renderWithProviders(
      <EvidencePanel measure={inProgress(MEASURE_IN_PROGRESS)} canUpload canRemove viewerId={staffId} />,
      {
        client: staff,
      },
    );
    expect(await screen.findByRole('heading', { name: 'ยังไม่มีหลักฐาน' })).toBeVisible();

    await user.upload(screen.getByLabelText('ไฟล์หลักฐาน'), [
      fileOf(pdf, 'คำสั่งแต่งตั้งคณะทำงาน ITA ปี 2565.pdf', 'application/pdf'),
      fileOf(jpg, 'ภาพถ่ายการประชุมคณะทำงาน.jpg', 'image/jpeg'),
    ]);
    const chosen = screen.getByRole('list', { name: 'ไฟล์ที่เลือก' });
    expect(within(chosen).getByText('คำสั่งแต่งตั้งคณะทำงาน ITA ปี 2565.pdf')).toBeVisible();
    expect(within(chosen).getByText(/^5\.9 KB · พร้อมอัปโหลด$/)).toBeVisible();
    expect(screen.getByLabelText(/วันที่ดำเนินการ/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('คำอธิบาย (ไม่บังคับ)'), 'ประชุมครั้งที่ 1/2565');
    await user.click(screen.getByRole('button', { name: 'อัปโหลด 2 ไฟล์' }));

    await waitFor(() => expect(within(chosen).getAllByText(/อัปโหลดแล้ว$/)).toHaveLength(2), { timeout: 10_000 });
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(await within(list).findByText('คำสั่งแต่งตั้งคณะทำงาน ITA ปี 2565.pdf')).toBeVisible();
    expect(within(list).getByText('ภาพถ่ายการประชุมคณะทำงาน.jpg')).toBeVisible();
    expect(within(list).getAllByText('ประชุมครั้งที่ 1/2565')).toHaveLength(2);
    expect(within(list).getAllByText(/^อัปโหลดโดย นางสาวสุดารัตน์ พรหมมา เมื่อ \d{1,2} .+ 25\d\d \d\d:\d\d$/)).toHaveLength(
      2,
    );
    expect(await objectCount(MEASURE_IN_PROGRESS)).toBe(2);

    // Download: a signed URL with the Thai name, answered as an attachment with the same bytes.
    const downloads = captureDownloads();
    const download = within(list).getByRole('button', { name: 'ดาวน์โหลด คำสั่งแต่งตั้งคณะทำงาน ITA ปี 2565.pdf' });
    await user.click(download);
    await waitFor(() => expect(downloads).toHaveLength(1));
    await waitFor(() => expect(download).not.toHaveAttribute('data-loading'));
    expect(downloads[0]).toContain(`&download=${encodeURIComponent('คำสั่งแต่งตั้งคณะทำงาน ITA ปี 2565.pdf')}`);
    const response = await fetch(downloads[0]!);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename=${encodeURIComponent('คำสั่งแต่งตั้งคณะทำงาน ITA ปี 2565.pdf')}; filename*=UTF-8''${encodeURIComponent('คำสั่งแต่งตั้งคณะทำงาน ITA ปี 2565.pdf')};`,
    );
    expect(sha256Of(new Uint8Array(await response.arrayBuffer()))).toBe(sha256Of(pdf));

    // SHA-256 on request, equal to the real hash of the bytes.
    await user.click(within(list).getByRole('button', { name: 'แสดงค่า SHA-256 ของ ภาพถ่ายการประชุมคณะทำงาน.jpg' }));
    const sha = screen.getByRole('region', { name: 'ค่า SHA-256 ของ ภาพถ่ายการประชุมคณะทำงาน.jpg' });
    expect(within(sha).getByText(sha256Of(jpg))).toBeVisible();
    expect(within(sha).getByRole('button', { name: 'คัดลอก' })).toBeVisible();
  });

  it('refuses a type the bucket does not take, and a file that is too large, in Thai without uploading', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderWithProviders(
      <EvidencePanel measure={inProgress(MEASURE_IN_PROGRESS_2)} canUpload canRemove viewerId={staffId} />,
      {
        client: staff,
      },
    );
    await screen.findByRole('heading', { name: 'ยังไม่มีหลักฐาน' });
    const huge = fileOf(pdfBytes('huge'), 'รายงานฉบับสมบูรณ์.pdf', 'application/pdf');
    Object.defineProperty(huge, 'size', { value: EVIDENCE_MAX_BYTES + 1 });

    await user.upload(screen.getByLabelText('ไฟล์หลักฐาน'), [
      fileOf(new TextEncoder().encode('ชื่อ,นามสกุล'), 'รายชื่อผู้เข้าร่วม.csv', 'text/csv'),
      huge,
    ]);

    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'ไม่รองรับไฟล์ประเภทนี้ กรุณาแนบไฟล์ PDF รูปภาพ (JPG, PNG, WEBP, HEIC) หรือไฟล์ Word, Excel, PowerPoint',
      'ไฟล์มีขนาดใหญ่เกินกำหนด (ไม่เกิน 50 MB ต่อไฟล์)',
    ]);
    expect(screen.queryByRole('button', { name: /^อัปโหลด \d+ ไฟล์$/ })).not.toBeInTheDocument();
    expect(await objectCount(MEASURE_IN_PROGRESS_2)).toBe(0);

    await user.click(screen.getByRole('button', { name: 'นำ รายชื่อผู้เข้าร่วม.csv ออกจากรายการ' }));
    expect(screen.queryByText('รายชื่อผู้เข้าร่วม.csv')).not.toBeInTheDocument();
  });

  it('offers removal of a file only to its uploader, the head and admins (as the storage policy allows)', async () => {
    const name = 'ภาพหน้าจอช่องทางร้องเรียนออนไลน์.png';
    const head = await stack.signIn(HEAD_GOV);
    const headId = await userIdOf(head);
    // Someone who may remove only their own files (canRemove alone) does not get the button on the staff's file.
    const own = renderWithProviders(
      <EvidencePanel measure={inProgress(MEASURE_WITH_EVIDENCE)} canUpload canRemove viewerId={headId} />,
      {
        client: head,
      },
    );
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(within(list).getByText(name)).toBeVisible();
    expect(within(list).queryByRole('button', { name: `ลบ ${name}` })).not.toBeInTheDocument();
    own.unmount();

    renderWithProviders(
      <EvidencePanel measure={inProgress(MEASURE_WITH_EVIDENCE)} canUpload canRemove canRemoveAny viewerId={headId} />,
      { client: head },
    );
    const managed = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(await within(managed).findByRole('button', { name: `ลบ ${name}` })).toBeVisible();
  });

  it('asks for confirmation before removing a file, and removes it when confirmed', async () => {
    const user = userEvent.setup();
    const name = 'ภาพหน้าจอช่องทางร้องเรียนออนไลน์.png';
    renderWithProviders(
      <EvidencePanel measure={inProgress(MEASURE_WITH_EVIDENCE)} canUpload canRemove viewerId={staffId} />,
      {
        client: staff,
      },
    );
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(within(list).getByText(name)).toBeVisible();

    await user.click(within(list).getByRole('button', { name: `ลบ ${name}` }));
    const dialog = await screen.findByRole('dialog', { name: 'ลบไฟล์หลักฐาน' });
    expect(within(dialog).getByText(`ต้องการลบ “${name}” ใช่หรือไม่ ไฟล์ที่ลบแล้วไม่สามารถกู้คืนได้`)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'ยกเลิก' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(list).getByText(name)).toBeVisible();

    await user.click(within(list).getByRole('button', { name: `ลบ ${name}` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'ลบไฟล์' }));
    expect(await screen.findByRole('heading', { name: 'ยังไม่มีหลักฐาน' })).toBeVisible();
    const { data } = await service.from('evidence').select('id').eq('measure_id', MEASURE_WITH_EVIDENCE.id);
    expect(data).toEqual([]);
  });

  it('uploads a new version that replaces a file and keeps the old one under previous versions', async () => {
    const user = userEvent.setup();
    const first = await uploadEvidence(
      staff,
      {
        measure: MEASURE_IN_PROGRESS_2,
        file: fileOf(pdfBytes('v1'), 'ประกาศเจตนารมณ์.pdf', 'application/pdf'),
        effectiveDate: '2022-02-01',
        description: null,
        submissionId: crypto.randomUUID(),
      },
      { transport: createFetchTransport() },
    );
    renderWithProviders(
      <EvidencePanel measure={inProgress(MEASURE_IN_PROGRESS_2)} canUpload canRemove viewerId={staffId} />,
      {
        client: staff,
      },
    );
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    await user.click(within(list).getByRole('button', { name: 'อัปโหลดฉบับใหม่แทน ประกาศเจตนารมณ์.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'อัปโหลดฉบับใหม่' });
    await user.upload(
      within(dialog).getByLabelText('ไฟล์หลักฐาน'),
      fileOf(pdfBytes('v2'), 'ประกาศเจตนารมณ์ (ลงนามแล้ว).pdf', 'application/pdf'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'อัปโหลด 1 ไฟล์' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 10_000 });

    expect(await within(list).findByText('ประกาศเจตนารมณ์ (ลงนามแล้ว).pdf')).toBeVisible();
    expect(within(list).getByText(/^ฉบับที่ 2 · /)).toBeVisible();
    expect(within(list).queryByText('ประกาศเจตนารมณ์.pdf')).not.toBeInTheDocument();
    const older = within(list).getByRole('button', { name: 'ฉบับก่อนหน้าของ ประกาศเจตนารมณ์ (ลงนามแล้ว).pdf (1 ฉบับ)' });
    expect(older).toHaveAttribute('aria-expanded', 'false');
    await user.click(older);
    expect(older).toHaveAttribute('aria-expanded', 'true');
    expect(within(list).getByText('ประกาศเจตนารมณ์.pdf')).toBeVisible();
    expect(within(list).getByText(/^ฉบับที่ 1 · /)).toBeVisible();
    const { data } = await service.from('evidence').select('superseded_by').eq('id', first.id).single();
    expect(data?.superseded_by).not.toBeNull();
  });
});

describe('EvidencePanel for a head viewing an approved measure', () => {
  it('offers no upload, new version or remove, and says why', async () => {
    const head = await stack.signIn(HEAD_FIN);
    renderWithProviders(
      <EvidencePanel
        measure={{ ...MEASURE_APPROVED, status: 'approved', version: 3 }}
        canUpload
        canRemove
        canRemoveAny
        viewerId={await userIdOf(head)}
      />,
      { client: head },
    );
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(within(list).getByText('รายงานผลการจัดซื้อจัดจ้าง ไตรมาส 1-2.pdf')).toBeVisible();
    expect(within(list).getByText('สรุปผลการจัดซื้อจัดจ้างรายเดือน (ฉบับแก้ไข).xlsx')).toBeVisible();
    expect(screen.getByText('มาตรการนี้อนุมัติแล้ว จึงไม่สามารถเพิ่มหรือลบหลักฐานได้')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^ลบ / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^อัปโหลดฉบับใหม่แทน / })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('ไฟล์หลักฐาน')).not.toBeInTheDocument();
    expect(within(list).getByRole('button', { name: /^ดาวน์โหลด รายงานผลการจัดซื้อจัดจ้าง/ })).toBeVisible();
  });
});

describe('EvidenceViewer', () => {
  it('lists the current files read-only, with versions, and previews a PDF from a signed URL', async () => {
    const user = userEvent.setup();
    const head = await stack.signIn(HEAD_FIN);
    renderWithProviders(<EvidenceViewer measureId={MEASURE_APPROVED.id} />, { client: head });
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    // The seeded demo file's real size (supabase/seed-storage), which changes when the files are regenerated.
    expect(within(list).getByText(/^\d+(\.\d)? KB · วันที่ดำเนินการ 31 มี.ค. 2565$/)).toBeVisible();
    expect(within(list).getByText('เผยแพร่ในระบบ e-GP และเว็บไซต์สำนักงานเขต')).toBeVisible();
    expect(
      within(list).getByRole('button', { name: 'ฉบับก่อนหน้าของ สรุปผลการจัดซื้อจัดจ้างรายเดือน (ฉบับแก้ไข).xlsx (1 ฉบับ)' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /^ลบ / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^อัปโหลด/ })).not.toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'ดูตัวอย่าง รายงานผลการจัดซื้อจัดจ้าง ไตรมาส 1-2.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'ตัวอย่าง: รายงานผลการจัดซื้อจัดจ้าง ไตรมาส 1-2.pdf' });
    const frame = await within(dialog).findByTitle('รายงานผลการจัดซื้อจัดจ้าง ไตรมาส 1-2.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toMatch(
      /\/storage\/v1\/object\/sign\/evidence\/10000000-0000-4000-8000-000000000001\/20000000-0000-4000-8000-000000000103\/70000000-0000-4000-8000-000000000104\/80000000-0000-4000-8000-000000000104\.pdf\?token=/,
    );
    expect(within(dialog).getByRole('link', { name: 'เปิดในแท็บใหม่' })).toHaveAttribute(
      'href',
      frame.getAttribute('src'),
    );
  });

  it('shows the empty state for a measure without evidence', async () => {
    renderWithProviders(<EvidenceViewer measureId="70000000-0000-4000-8000-000000000109" />, {
      client: await stack.signIn(HEAD_GOV),
    });
    expect(await screen.findByRole('heading', { name: 'ยังไม่มีหลักฐาน' })).toBeVisible();
    expect(screen.getByText('ยังไม่มีการแนบหลักฐานสำหรับมาตรการนี้')).toBeVisible();
  });
});
