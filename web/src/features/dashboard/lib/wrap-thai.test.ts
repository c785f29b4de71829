import { wrapLabel } from './wrap-thai';

describe('wrapLabel', () => {
  it('breaks Thai between words, which have no spaces', () => {
    const lines = wrapLabel('การใช้ทรัพย์สินของราชการ', 12);
    expect(lines.join('')).toBe('การใช้ทรัพย์สินของราชการ');
    expect(lines.length).toBeGreaterThan(1);
    // No word is cut in two: every line starts where a word starts.
    for (const line of lines) expect('การใช้ทรัพย์สินของราชการ').toContain(line);
    expect(lines[0]).toBe('การใช้');
  });

  it('keeps short labels on one line', () => {
    expect(wrapLabel('1 การใช้อำนาจ', 24)).toEqual(['1 การใช้อำนาจ']);
  });

  it('breaks English at spaces and drops them at line ends', () => {
    expect(wrapLabel('Quality of operations', 10, { locale: 'en' })).toEqual(['Quality of', 'operations']);
  });

  it('cuts very long labels with an ellipsis', () => {
    const lines = wrapLabel('ประสิทธิภาพการสื่อสาร การปรับปรุงการทำงาน การเปิดเผยข้อมูล การป้องกันการทุจริต', 10, {
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
