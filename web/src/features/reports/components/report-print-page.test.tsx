import { screen, within } from '@testing-library/react';
import { ReportPrintPage } from '@/features/reports/components/report-print-page';
import type { ReportViewer } from '@/features/reports/components/report-viewer';
import { renderWithProviders } from '@/testing/render';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

const ADMIN: ReportViewer = {
  organizationId: '10000000-0000-4000-8000-000000000001',
  role: 'admin',
  fullName: 'นางสาวพิมพ์ชนก ศรีสุข',
  position: 'นักวิเคราะห์นโยบายและแผนชำนาญการ (ผู้ประสานงาน ITA)',
  departmentName: 'ฝ่ายปกครอง',
};

let stack: WebTestStack;
beforeAll(async () => {
  stack = await startWebTestStack();
});
afterAll(() => stack.close());

// Under load a kept-alive socket can close as the sign-in request is sent (POSTs are not retried): try twice.
const signIn = (email: string) => stack.signIn(email).catch(() => stack.signIn(email));

async function renderPrint(report: 'o42' | 'o43', period: 'half_year' | 'annual') {
  const view = renderWithProviders(
    <ReportPrintPage viewer={ADMIN} fiscalYear={2565} report={report} period={period} />,
    {
      client: await signIn('admin@dindaeng.example'),
    },
  );
  const doc = await screen.findByRole('article');
  return { ...view, doc };
}

describe('ReportPrintPage', () => {
  it('prints O43 for the 6-month period: Thai document, repeated header row, one row per measure, links to measure pages', async () => {
    const { doc, user } = await renderPrint('o43', 'half_year');
    expect(doc).toHaveAttribute('lang', 'th');
    expect(within(doc).getByRole('heading', { level: 1 })).toHaveTextContent(
      'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    );
    expect(within(doc).getByText('ประจำปีงบประมาณ พ.ศ. 2565')).toBeInTheDocument();
    expect(within(doc).getByText('รอบ 6 เดือน (1 ต.ค. 2564 – 31 มี.ค. 2565)')).toBeInTheDocument();
    expect(within(doc).getByText(/ได้คะแนนเท่ากับ 75\.28 คะแนน จัดอยู่ในระดับ B/)).toBeInTheDocument();

    const table = within(doc).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['ตัวชี้วัด', 'การวิเคราะห์', 'ผลการวิเคราะห์ของหน่วยงาน', 'มาตรการ', 'ผลการดำเนินงาน']);
    expect(table.querySelector('thead')).not.toBeNull();
    // header row + 12 measure rows (the two starting in April are not in this period)
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    const evidence = within(table).getByRole('link', { name: 'รายงานผลการจัดซื้อจัดจ้าง ไตรมาส 1-2.pdf' });
    expect(evidence).toHaveAttribute('href', `${window.location.origin}/measures/70000000-0000-4000-8000-000000000104`);
    expect(within(doc).getByText(/^จัดทำเมื่อ .+ โดย นางสาวพิมพ์ชนก ศรีสุข \(นักวิเคราะห์/)).toBeInTheDocument();

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' }).closest('.report-print-toolbar')).not.toBeNull();
    expect(document.title).toBe('O43-2565-รอบ 6 เดือน');
  });

  it('prints O42: one row per indicator with its measures, owners and periods', async () => {
    const { doc } = await renderPrint('o42', 'half_year');
    expect(within(doc).getByRole('heading', { level: 1 })).toHaveTextContent(
      /^มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน$/,
    );
    const table = within(doc).getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(9);
    expect(rows[1]).toHaveTextContent('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่');
    expect(rows[1]).toHaveTextContent('(IIT) คะแนนเฉลี่ย 86.39');
    expect(within(rows[1]!).getAllByRole('listitem')).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('ผู้รับผิดชอบ: ฝ่ายทะเบียน');
    expect(rows[1]).toHaveTextContent('ระยะเวลา: 1 ต.ค. 2564 – 31 มี.ค. 2565');
  });
});
