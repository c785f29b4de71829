import {
  currentFiscalYear,
  daysUntil,
  fiscalHalfYearRange,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  formatBEInput,
  formatDate,
  formatDateTime,
  formatMonth,
  isInRange,
  isIsoDate,
  parseBEDate,
  todayIso,
  toBuddhistYear,
  toGregorianYear,
} from './dates';

describe('Buddhist Era years', () => {
  it('converts between CE and B.E.', () => {
    expect(toBuddhistYear(2022)).toBe(2565);
    expect(toGregorianYear(2565)).toBe(2022);
  });
});

describe('formatDate', () => {
  it('shows a calendar date in Thai with a short month and the full B.E. year', () => {
    expect(formatDate('2022-09-30')).toBe('30 ก.ย. 2565');
  });

  it('shows the long Thai form', () => {
    expect(formatDate('2022-09-30', { style: 'long' })).toBe('30 กันยายน 2565');
  });

  it('shows English dates with the CE year', () => {
    expect(formatDate('2022-09-30', { locale: 'en' })).toMatch(/^30 Sept? 2022$/);
    expect(formatDate('2022-09-30', { locale: 'en', style: 'long' })).toBe('30 September 2022');
  });

  it('does not shift a calendar date by the machine time zone', () => {
    expect(formatDate('2021-10-01')).toBe('1 ต.ค. 2564');
  });

  it('shows an instant as its calendar date in Bangkok', () => {
    expect(formatDate(new Date('2021-12-31T23:30:00Z'))).toBe('1 ม.ค. 2565');
    expect(formatDate('2021-12-31T23:30:00+00:00')).toBe('1 ม.ค. 2565');
  });

  it('names months for calendars', () => {
    expect(formatMonth('2022-09-01', { withYear: true })).toBe('กันยายน 2565');
    expect(formatMonth('2022-09-01', { style: 'short' })).toBe('ก.ย.');
    expect(formatMonth('2022-09-01', { locale: 'en', withYear: true })).toBe('September 2022');
  });

  it('shows date and time in Bangkok', () => {
    expect(formatDateTime('2022-09-30T07:05:00Z')).toBe('30 ก.ย. 2565 14:05');
  });

  it('refuses values that are not dates', () => {
    expect(() => formatDate('yesterday')).toThrow(RangeError);
    expect(() => formatDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('parseBEDate', () => {
  it('parses dd/mm/yyyy B.E. into an ISO CE date', () => {
    expect(parseBEDate('30/09/2565')).toEqual({ ok: true, value: '2022-09-30' });
    expect(parseBEDate(' 1/10/2564 ')).toEqual({ ok: true, value: '2021-10-01' });
    expect(parseBEDate('01-10-2564')).toEqual({ ok: true, value: '2021-10-01' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseBEDate('29/02/2563')).toEqual({ ok: true, value: '2020-02-29' });
    expect(parseBEDate('29/02/2565')).toEqual({ ok: false, error: 'invalid_date' });
    // 2100 CE (2643 B.E.) is not a leap year; 2000 CE (2543 B.E.) is.
    expect(parseBEDate('29/02/2643')).toEqual({ ok: false, error: 'invalid_date' });
    expect(parseBEDate('29/02/2543')).toEqual({ ok: true, value: '2000-02-29' });
  });

  it('explains why input is refused', () => {
    expect(parseBEDate('')).toEqual({ ok: false, error: 'empty' });
    expect(parseBEDate('30 ก.ย. 2565')).toEqual({ ok: false, error: 'format' });
    expect(parseBEDate('2022-09-30')).toEqual({ ok: false, error: 'format' });
    expect(parseBEDate('31/04/2565')).toEqual({ ok: false, error: 'invalid_date' });
    expect(parseBEDate('01/13/2565')).toEqual({ ok: false, error: 'invalid_date' });
    expect(parseBEDate('00/01/2565')).toEqual({ ok: false, error: 'invalid_date' });
  });

  it('refuses a CE year instead of guessing', () => {
    expect(parseBEDate('30/09/2022')).toEqual({ ok: false, error: 'year_out_of_range' });
  });

  it('round-trips with formatBEInput', () => {
    expect(formatBEInput('2022-09-30')).toBe('30/09/2565');
    expect(parseBEDate(formatBEInput('2020-02-29'))).toEqual({ ok: true, value: '2020-02-29' });
  });
});

describe('isIsoDate', () => {
  it('accepts existing dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });
});

describe('fiscal year and quarter', () => {
  it('puts 1 Oct 2564 in Q1 of FY 2565', () => {
    expect(fiscalYearOf('2021-10-01')).toBe(2565);
    expect(fiscalQuarterOf('2021-10-01')).toBe(1);
  });

  it('puts 30 Sep 2565 in Q4 of FY 2565', () => {
    expect(fiscalYearOf('2022-09-30')).toBe(2565);
    expect(fiscalQuarterOf('2022-09-30')).toBe(4);
  });

  it('puts 30 Sep 2564 in the previous fiscal year', () => {
    expect(fiscalYearOf('2021-09-30')).toBe(2564);
  });

  it('computes an instant in Bangkok: 31 Dec 2021 23:30 UTC is 1 Jan 2022 there, so Q2', () => {
    const instant = new Date('2021-12-31T23:30:00Z');
    expect(fiscalQuarterOf(instant)).toBe(2);
    expect(fiscalYearOf(instant)).toBe(2565);
    expect(todayIso(instant)).toBe('2022-01-01');
  });

  it('starts the next fiscal year at midnight of 1 October in Bangkok', () => {
    expect(fiscalYearOf(new Date('2022-09-30T16:59:59Z'))).toBe(2565);
    expect(fiscalYearOf(new Date('2022-09-30T17:00:00Z'))).toBe(2566);
    expect(currentFiscalYear(new Date('2022-09-30T17:00:00Z'))).toBe(2566);
  });

  it('maps every month to its quarter', () => {
    const quarters = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) =>
      fiscalQuarterOf(`2022-${m}-15`),
    );
    expect(quarters).toEqual([2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1]);
  });
});

describe('fiscal ranges', () => {
  it('gives the fiscal year range', () => {
    expect(fiscalYearRange(2565)).toEqual({ start: '2021-10-01', end: '2022-09-30' });
  });

  it('gives quarter ranges, with February in leap years', () => {
    expect(fiscalQuarterRange(2565, 1)).toEqual({ start: '2021-10-01', end: '2021-12-31' });
    expect(fiscalQuarterRange(2565, 2)).toEqual({ start: '2022-01-01', end: '2022-03-31' });
    expect(fiscalQuarterRange(2565, 3)).toEqual({ start: '2022-04-01', end: '2022-06-30' });
    expect(fiscalQuarterRange(2565, 4)).toEqual({ start: '2022-07-01', end: '2022-09-30' });
  });

  it('gives the 6-month (half-year) ranges', () => {
    expect(fiscalHalfYearRange(2565)).toEqual({ start: '2021-10-01', end: '2022-03-31' });
    expect(fiscalHalfYearRange(2565, 2)).toEqual({ start: '2022-04-01', end: '2022-09-30' });
    expect(fiscalHalfYearRange(2567)).toEqual({ start: '2023-10-01', end: '2024-03-31' });
  });

  it('refuses years that are not B.E. fiscal years', () => {
    expect(() => fiscalYearRange(2022)).toThrow(RangeError);
    expect(() => fiscalYearRange(2565.5)).toThrow(RangeError);
  });

  it('tells whether a date is in a range', () => {
    const fy = fiscalYearRange(2565);
    expect(isInRange('2021-10-01', fy)).toBe(true);
    expect(isInRange('2022-09-30', fy)).toBe(true);
    expect(isInRange('2022-10-01', fy)).toBe(false);
    expect(isInRange(new Date('2021-09-30T17:00:00Z'), fy)).toBe(true);
  });
});

describe('daysUntil', () => {
  it('counts calendar days from today in Bangkok', () => {
    const now = new Date('2021-12-31T23:30:00Z'); // 1 Jan 2022, 06:30 in Bangkok
    expect(daysUntil('2022-01-01', now)).toBe(0);
    expect(daysUntil('2022-01-31', now)).toBe(30);
    expect(daysUntil('2021-12-31', now)).toBe(-1);
  });
});
