import { formatFileSize } from '@/features/evidence/lib/format-file-size';

describe('formatFileSize', () => {
  it('writes sizes in binary units, Thai first', () => {
    expect(formatFileSize(820)).toBe('820 ไบต์');
    expect(formatFileSize(820, 'en')).toBe('820 bytes');
    expect(formatFileSize(6000)).toBe('5.9 KB');
    expect(formatFileSize(655012)).toBe('640 KB');
    expect(formatFileSize(1873320)).toBe('1.8 MB');
    expect(formatFileSize(52_428_800)).toBe('50 MB');
  });
});
