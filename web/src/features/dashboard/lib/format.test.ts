import { formatPercent, formatPoints, formatScore } from './format';

describe('dashboard number formats', () => {
  it('shows scores and points with two decimals, rounding the decimal value half up', () => {
    expect(formatScore(75.28)).toBe('75.28');
    expect(formatScore(80.7715)).toBe('80.77');
    expect(formatScore(100)).toBe('100.00');
    expect(formatScore(84.995)).toBe('85.00');
    // 10 × (100 − 64.15) / 100 is 3.5849999… in binary floating point; the published figure is 3.59.
    expect(formatPoints((10 * (100 - 64.15)) / 100)).toBe('3.59');
    expect(formatScore(null)).toBe('–');
  });

  it('shows percentages with at most one decimal', () => {
    expect(formatPercent(28.57)).toBe('28.6%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(61.43, 'en')).toBe('61.4%');
  });
});
