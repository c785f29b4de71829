import { act, screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { openConfirmDialog, type ConfirmDialogOptions, type ConfirmResult } from './confirm-dialog';

/** Opening updates ModalsProvider's state outside any event handler: do it inside act(). */
function open(options: ConfirmDialogOptions): Promise<ConfirmResult> {
  let result!: Promise<ConfirmResult>;
  act(() => {
    result = openConfirmDialog(options);
  });
  return result;
}

describe('openConfirmDialog', () => {
  it('resolves with the reason once one is given', async () => {
    const { user } = renderWithProviders(<p>พร้อม</p>);
    await screen.findByText('พร้อม');
    const result = open({
      title: 'ส่งกลับแก้ไข',
      message: 'ต้องการส่งมาตรการนี้กลับไปแก้ไขหรือไม่',
      reason: { label: 'เหตุผลที่ส่งกลับ', required: true },
    });

    const dialog = await screen.findByRole('dialog', { name: 'ส่งกลับแก้ไข' });
    expect(dialog).toHaveTextContent('ต้องการส่งมาตรการนี้กลับไปแก้ไขหรือไม่');
    await user.click(screen.getByRole('button', { name: 'ยืนยัน' }));
    expect(await screen.findByText('กรุณาระบุเหตุผล')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/เหตุผลที่ส่งกลับ/), '  ยังไม่แนบหลักฐาน  ');
    await user.click(screen.getByRole('button', { name: 'ยืนยัน' }));
    await expect(result).resolves.toEqual({ confirmed: true, reason: 'ยังไม่แนบหลักฐาน' });
  });

  it('resolves unconfirmed on cancel', async () => {
    const { user } = renderWithProviders(<p>พร้อม</p>);
    await screen.findByText('พร้อม');
    const result = open({ title: 'ยกเลิกมาตรการ', message: 'ยืนยันหรือไม่', danger: true });
    await user.click(await screen.findByRole('button', { name: 'ยกเลิก' }));
    await expect(result).resolves.toEqual({ confirmed: false });
  });
});
