import { bangkokIsoDate, formatBeNumeric, formatThaiDate, formatThaiDateTime, formatThaiRange } from './thai-date';

describe('thai-date', () => {
  it('formats ISO dates as short Thai B.E. dates', () => {
    expect(formatThaiDate('2022-09-30')).toBe('30 ก.ย. 2565');
    expect(formatThaiDate('2021-10-01')).toBe('1 ต.ค. 2564');
    expect(formatThaiDate(null)).toBe('');
    expect(formatThaiDate('not a date')).toBe('');
  });

  it('takes timestamps in Asia/Bangkok whatever the machine time zone', () => {
    // 30 Sep 2022 20:00 UTC is already 1 Oct 03:00 in Bangkok.
    expect(formatThaiDate('2022-09-30T20:00:00Z')).toBe('1 ต.ค. 2565');
    expect(bangkokIsoDate('2022-09-30T20:00:00Z')).toBe('2022-10-01');
    expect(formatThaiDateTime(new Date('2022-10-05T03:30:00Z'))).toBe('5 ต.ค. 2565 10:30 น.');
  });

  it('formats periods and the template’s numeric B.E. dates', () => {
    expect(formatThaiRange('2021-10-01', '2022-03-31')).toBe('1 ต.ค. 2564 – 31 มี.ค. 2565');
    expect(formatThaiRange(null, '2022-03-31')).toBe('ถึง 31 มี.ค. 2565');
    expect(formatThaiRange('2021-10-01', null)).toBe('ตั้งแต่ 1 ต.ค. 2564');
    expect(formatThaiRange(null, null)).toBe('');
    expect(formatBeNumeric('2022-03-01')).toBe('01/03/2565');
    expect(formatBeNumeric(null)).toBe('');
  });
});
