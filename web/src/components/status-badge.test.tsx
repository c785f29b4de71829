import { screen } from '@testing-library/react';
import { MEASURE_STATUSES } from '@/config/measure-status';
import { renderWithProviders } from '@/testing/render';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it('names every status in Thai with an icon, not colour alone', async () => {
    renderWithProviders(
      <>
        {MEASURE_STATUSES.map((status) => (
          <StatusBadge key={status} status={status} />
        ))}
      </>,
    );
    for (const label of ['ยังไม่เริ่ม', 'กำลังดำเนินการ', 'ส่งตรวจแล้ว', 'ส่งกลับแก้ไข', 'อนุมัติแล้ว', 'ยกเลิก']) {
      const badge = (await screen.findByText(label)).closest('[data-status]');
      expect(badge?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    }
  });
});
