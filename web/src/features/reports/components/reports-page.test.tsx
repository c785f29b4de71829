import { screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { ReportsPage } from '@/features/reports/components/reports-page';
import type { ReportViewer } from '@/features/reports/components/report-viewer';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

const DIN_DAENG = '10000000-0000-4000-8000-000000000001';
const DIRECTOR: ReportViewer = {
  organizationId: DIN_DAENG,
  role: 'director',
  fullName: 'นายสมชาย วงศ์ใหญ่',
  position: 'ผู้อำนวยการเขตดินแดง',
  departmentName: null,
};
const HEAD: ReportViewer = {
  organizationId: DIN_DAENG,
  role: 'head',
  fullName: 'นางวันเพ็ญ ทองดี',
  position: 'หัวหน้าฝ่ายการคลัง',
  departmentName: 'ฝ่ายการคลัง',
};

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

async function renderReports(email: string, viewer: ReportViewer, fiscalYear = 2565) {
  const view = renderWithProviders(<ReportsPage viewer={viewer} fiscalYear={fiscalYear} />, {
    client: await signIn(email),
  });
  await screen.findByRole('heading', { level: 1, name: 'รายงาน' });
  return view;
}

describe('ReportsPage', () => {
  it('builds the Din Daeng 2565 report for the director: 8 indicators and 14 measures', async () => {
    const { user } = await renderReports('director@dindaeng.example', DIRECTOR);
    expect(await screen.findByText('ตัวชี้วัด 8 ตัว มาตรการ 14 มาตรการ')).toBeInTheDocument();
    expect(screen.queryByText(/รายงานของคุณมีเฉพาะมาตรการของ/)).not.toBeInTheDocument();
    const preview = screen.getByRole('table', { name: /สรุปเนื้อหาของรายงาน/ });
    expect(within(preview).getAllByRole('row')).toHaveLength(9);

    await user.click(screen.getByRole('radio', { name: /รอบ 6 เดือน/ }));
    expect(screen.getByText('รอบ 6 เดือน (1 ต.ค. 2564 – 31 มี.ค. 2565): มาตรการ 12 มาตรการ')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /รอบ 12 เดือน/ }));
    expect(screen.getByText('รอบ 12 เดือน (1 ต.ค. 2564 – 30 ก.ย. 2565): มาตรการ 14 มาตรการ')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'หน้าสำหรับพิมพ์ O43 / PDF' })).toHaveAttribute(
      'href',
      '/reports/print?report=o43&period=annual',
    );
  });

  it('downloads the O43 document generated now, by the signed-in user, with links to the measure pages', async () => {
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report';
    });
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const { user } = await renderReports('director@dindaeng.example', DIRECTOR);
      await user.click(await screen.findByRole('button', { name: 'ดาวน์โหลด O43 (DOCX)' }));
      await waitFor(() => expect(click).toHaveBeenCalled());
      const link = click.mock.contexts[0] as HTMLAnchorElement;
      expect(link.download).toBe('O43-2565-รอบ12เดือน.docx');
      const zip = await JSZip.loadAsync(await blobs[0]!.arrayBuffer());
      const document = await zip.file('word/document.xml')!.async('string');
      const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
      const footer = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
      const footers = (await Promise.all(footer.map((f) => zip.file(f)!.async('string')))).join('');
      expect(document).toContain('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่');
      expect(document).toContain('สำนักงานเขตดินแดง');
      expect(rels).toContain(`${window.location.origin}/measures/70000000-0000-4000-8000-000000000104`);
      expect(footers).toContain('นายสมชาย วงศ์ใหญ่');
    } finally {
      click.mockRestore();
      Object.assign(URL, original);
    }
  });

  it('gives a head a report of their own department only, and says so', async () => {
    await renderReports('head.finance@dindaeng.example', HEAD);
    expect(await screen.findByText('ตัวชี้วัด 8 ตัว มาตรการ 2 มาตรการ')).toBeInTheDocument();
    expect(screen.getByText(/รายงานของคุณมีเฉพาะมาตรการของฝ่ายการคลังตามสิทธิ์การเข้าถึง/)).toBeInTheDocument();
  });

  it('says when the fiscal year has no plan', async () => {
    await renderReports('director@dindaeng.example', DIRECTOR, 2566);
    expect(await screen.findByText('ยังไม่มีแผนของปีงบประมาณ 2566')).toBeInTheDocument();
  });
});
