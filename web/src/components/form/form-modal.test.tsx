import { TextInput } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { ApiError } from '@/lib/errors';
import { renderWithProviders } from '@/testing/render';
import { closeAndReset, FormModal } from './form-modal';

function renderModal(props: Partial<ComponentProps<typeof FormModal>> = {}) {
  const onClose = vi.fn();
  const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
  const rendered = renderWithProviders(
    <FormModal opened onClose={onClose} title="เพิ่มฝ่าย" onSubmit={onSubmit} error={null} isSubmitting={false} {...props}>
      <TextInput label="ชื่อฝ่าย" data-autofocus />
    </FormModal>,
  );
  return { ...rendered, onClose, onSubmit };
}

describe('FormModal', () => {
  it('names the dialog by its title and submits the form with "บันทึก"', async () => {
    const { user, onSubmit } = renderModal();
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มฝ่าย' });
    expect(within(dialog).getByLabelText('ชื่อฝ่าย')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('shows the error in Thai as an alert', async () => {
    renderModal({ error: new ApiError({ message: 'duplicate key value', status: 409, code: '23505' }) });
    const dialog = await screen.findByRole('dialog', { name: 'เพิ่มฝ่าย' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('มีข้อมูลนี้อยู่แล้ว');
  });

  it('keeps the submit button busy while submitting', async () => {
    renderModal({ isSubmitting: true, submitLabel: 'เพิ่มปีงบประมาณ' });
    const submit = within(await screen.findByRole('dialog')).getByRole('button', { name: 'เพิ่มปีงบประมาณ' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAttribute('data-loading');
  });

  it('calls onClose on cancel', async () => {
    const { user, onClose, onSubmit } = renderModal();
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'ยกเลิก' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('closeAndReset', () => {
  it('resets the mutation and the form, then closes', () => {
    const calls: string[] = [];
    const handleClose = closeAndReset(
      () => calls.push('close'),
      { reset: () => calls.push('mutation') },
      { reset: () => calls.push('form') },
    );
    handleClose();
    expect(calls).toEqual(['mutation', 'form', 'close']);
  });
});
