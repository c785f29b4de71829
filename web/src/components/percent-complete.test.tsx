import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { PercentComplete } from './percent-complete';

describe('PercentComplete', () => {
  it('says the percent in words for screen readers; the bar is decoration', async () => {
    const { container } = renderWithProviders(<PercentComplete percent={40} />);
    expect(await screen.findByLabelText('ความคืบหน้า 40%')).toHaveTextContent('40%');
    const bar = container.querySelector('.mantine-Progress-root');
    expect(bar).toHaveAttribute('aria-hidden', 'true');
  });
});
