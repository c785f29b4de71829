import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { ApiError } from '@/lib/errors';
import { renderWithProviders } from '@/testing/render';
import { shouldRetryQuery } from './query-client';

function SubmitButton({ errorToast }: { errorToast?: boolean }) {
  const submit = useMutation({
    mutationFn: () =>
      Promise.reject(new ApiError({ message: 'no evidence', status: 400, code: 'P0001', hint: 'evidence_required' })),
    meta: errorToast === false ? { errorToast } : undefined,
  });
  return <Button onClick={() => submit.mutate()}>ส่งตรวจ</Button>;
}

describe('query client', () => {
  it('shows a Thai toast when a mutation fails', async () => {
    const { user } = renderWithProviders(<SubmitButton />);
    await user.click(await screen.findByRole('button', { name: 'ส่งตรวจ' }));
    expect(await screen.findByText('กรุณาแนบหลักฐานการดำเนินงานอย่างน้อย 1 รายการก่อนส่งตรวจ')).toBeInTheDocument();
  });

  it('lets a mutation show its error itself', async () => {
    const { user, queryClient } = renderWithProviders(<SubmitButton errorToast={false} />);
    await user.click(await screen.findByRole('button', { name: 'ส่งตรวจ' }));
    await vi.waitFor(() => expect(queryClient.getMutationCache().getAll()[0]?.state.status).toBe('error'));
    expect(screen.queryByText(/กรุณาแนบหลักฐาน/)).not.toBeInTheDocument();
  });

  it('retries a query once for network and server errors only', () => {
    expect(shouldRetryQuery(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetryQuery(0, new ApiError({ message: 'down', status: 503 }))).toBe(true);
    expect(shouldRetryQuery(1, new ApiError({ message: 'down', status: 503 }))).toBe(false);
    expect(shouldRetryQuery(0, new ApiError({ message: 'denied', status: 403, code: '42501' }))).toBe(false);
  });
});
