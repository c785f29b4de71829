import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { IsoDate } from '@/lib/dates';
import { renderWithProviders } from '@/testing/render';
import { ThaiDateInput } from './thai-date-input';

function Harness({
  initial = null,
  onChange,
}: {
  initial?: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
}) {
  const [value, setValue] = useState<IsoDate | null>(initial);
  return (
    <ThaiDateInput
      label="กำหนดส่ง"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

/** The input once the lazily loaded calendar has replaced the read-only placeholder. */
async function findDateInput(name = 'กำหนดส่ง') {
  await waitFor(() => expect(screen.getByRole('textbox', { name })).toBeEnabled());
  return screen.getByRole('textbox', { name });
}

describe('ThaiDateInput', () => {
  it('shows an ISO value as a B.E. date', async () => {
    renderWithProviders(<Harness initial="2022-09-30" onChange={vi.fn()} />);
    expect(await findDateInput()).toHaveValue('30/09/2565');
  });

  it('turns a typed B.E. date into ISO CE', async () => {
    const onChange = vi.fn();
    const { user } = renderWithProviders(<Harness onChange={onChange} />);
    const input = await findDateInput();
    await user.type(input, '01/10/2564');
    expect(onChange).toHaveBeenLastCalledWith('2021-10-01');
  });

  it('explains a CE year or an impossible date in Thai', async () => {
    const { user } = renderWithProviders(<Harness onChange={vi.fn()} />);
    const input = await findDateInput();
    await user.type(input, '30/09/2022');
    await user.tab();
    expect(await screen.findByText('กรุณากรอกปีเป็นพุทธศักราช เช่น 2568')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '29/02/2565');
    await user.tab();
    expect(await screen.findByText('ไม่มีวันที่นี้ในปฏิทิน')).toBeInTheDocument();
  });

  it('labels the calendar with B.E. years and reads days out in full', async () => {
    const { user } = renderWithProviders(<Harness initial="2022-09-30" onChange={vi.fn()} />);
    await user.click(await findDateInput());
    expect(await screen.findByRole('button', { name: 'เลือกเดือน' })).toHaveTextContent('กันยายน 2565');
    expect(screen.getByRole('button', { name: 'เดือนถัดไป' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '30 กันยายน 2565' })).toBeInTheDocument();
  });
});
