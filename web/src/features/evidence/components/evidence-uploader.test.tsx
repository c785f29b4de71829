import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import { UploadTransportProvider } from '@/features/evidence/components/upload-transport-context';
import { UploadHttpError } from '@/features/evidence/lib/upload-transport';
import { controllableTransport } from '@/features/evidence/testing/controllable-transport';
import {
  MEASURE_IN_PROGRESS,
  STAFF_GOV,
  fileOf,
  jpegBytes,
  pdfBytes,
} from '@/features/evidence/testing/evidence-fixtures';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

// The per-file progress UI, driven by a transport the test controls (jsdom's XHR sends everything in one
// step). Signing the URL, storing the bytes and saving the row still happen on the local stack.

let stack: WebTestStack;
let staff: AppSupabaseClient;
let staffId: string;

beforeAll(async () => {
  stack = await startWebTestStack();
  staff = await stack.signIn(STAFF_GOV);
  staffId = (await staff.auth.getUser()).data.user!.id;
});
afterAll(() => stack?.close());

function renderPanel() {
  const control = controllableTransport();
  const view = renderWithProviders(
    <UploadTransportProvider transport={control.transport}>
      <EvidencePanel
        measure={{ ...MEASURE_IN_PROGRESS, status: 'in_progress', version: 1 }}
        canUpload
        canRemove
        viewerId={staffId}
      />
    </UploadTransportProvider>,
    { client: staff },
  );
  return { ...view, ...control };
}

async function chooseAndUpload(user: ReturnType<typeof userEvent.setup>, files: File[]) {
  await user.upload(await screen.findByLabelText('ไฟล์หลักฐาน'), files);
  await user.click(screen.getByRole('button', { name: `อัปโหลด ${files.length} ไฟล์` }));
}

describe('upload progress in the evidence panel', () => {
  it('shows the bytes sent as a progress bar, then the file in the list', async () => {
    const user = userEvent.setup();
    const { upload } = renderPanel();
    const name = 'ภาพถ่ายป้ายประกาศ.jpg';
    await chooseAndUpload(user, [fileOf(jpegBytes(200 * 1024), name, 'image/jpeg')]);

    const pending = await upload(0);
    const bar = await screen.findByRole('progressbar', { name: `ความคืบหน้าการอัปโหลด ${name}` });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    act(() => pending.progress(100 * 1024));
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByText('200 KB · กำลังอัปโหลด 50%')).toBeVisible();
    expect(screen.getByText('100 KB จาก 200 KB')).toBeVisible();
    expect(screen.getByRole('button', { name: `ยกเลิกการอัปโหลด ${name}` })).toBeVisible();

    await act(() => pending.succeed());
    expect(await screen.findByText('200 KB · อัปโหลดแล้ว')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: `ความคืบหน้าการอัปโหลด ${name}` })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    expect(screen.getByRole('status')).toHaveTextContent(`อัปโหลด ${name} แล้ว`);
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(await within(list).findByText(name)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'ล้างรายการที่อัปโหลดแล้ว' }));
    expect(screen.queryByRole('list', { name: 'ไฟล์ที่เลือก' })).not.toBeInTheDocument();
  });

  it('cancels one file while it is being sent, and can send it again', async () => {
    const user = userEvent.setup();
    const { upload } = renderPanel();
    const name = 'คำสั่งยกเลิก.pdf';
    await chooseAndUpload(user, [fileOf(pdfBytes('cancel'), name, 'application/pdf')]);
    const first = await upload(0);
    act(() => first.progress(10));

    await user.click(screen.getByRole('button', { name: `ยกเลิกการอัปโหลด ${name}` }));
    expect(await screen.findByText(/ยกเลิกแล้ว$/)).toBeVisible();
    expect(first.request.signal?.aborted).toBe(true);
    const { data } = await stack.service().from('evidence').select('id').eq('original_filename', name);
    expect(data).toEqual([]);

    await user.click(screen.getByRole('button', { name: `อัปโหลด ${name} ใหม่อีกครั้ง` }));
    const second = await upload(1);
    await act(() => second.succeed());
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(await within(list).findByText(name)).toBeVisible();
  });

  it('explains a network failure in Thai and retries the file', async () => {
    const user = userEvent.setup();
    const { upload } = renderPanel();
    const name = 'รายงานสรุปผล.pdf';
    await chooseAndUpload(user, [fileOf(pdfBytes('network'), name, 'application/pdf')]);
    const first = await upload(0);
    act(() => first.fail(new UploadHttpError(0, '0', 'Network error during upload')));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'การเชื่อมต่อขัดข้องระหว่างอัปโหลด กรุณาตรวจสอบอินเทอร์เน็ตแล้วกด “ลองใหม่”',
    );
    expect(screen.getByText(/อัปโหลดไม่สำเร็จ$/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: `อัปโหลด ${name} ใหม่อีกครั้ง` }));
    const second = await upload(1);
    expect(second.request.url).not.toBe(first.request.url); // a fresh key and signed URL
    await act(() => second.succeed());
    const list = await screen.findByRole('list', { name: 'รายการหลักฐาน' });
    expect(await within(list).findByText(name)).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends two files at a time; the others wait and can be cancelled before they start', async () => {
    const user = userEvent.setup();
    const { upload, uploads } = renderPanel();
    const files = ['ก.pdf', 'ข.pdf', 'ค.pdf'].map((n) => fileOf(pdfBytes(n), `ลำดับ ${n}`, 'application/pdf'));
    await chooseAndUpload(user, files);
    await upload(1);
    expect(uploads).toHaveLength(2);
    expect(screen.getByText(/รอคิว$/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'ยกเลิกการอัปโหลด ลำดับ ค.pdf' }));
    expect(await screen.findByText(/ยกเลิกแล้ว$/)).toBeVisible();
    await act(() => uploads[0]!.succeed());
    await act(() => uploads[1]!.succeed());
    await waitFor(() => expect(screen.getAllByText(/อัปโหลดแล้ว$/)).toHaveLength(2));
    expect(uploads).toHaveLength(2);
  });
});
