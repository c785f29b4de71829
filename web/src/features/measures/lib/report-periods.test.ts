import { REPORT_PERIODS, reportPeriodRange } from './report-periods';

describe('reportPeriodRange', () => {
  it('covers the quarters, the first half and the whole of a B.E. fiscal year', () => {
    expect(REPORT_PERIODS).toEqual(['q1', 'q2', 'q3', 'q4', 'half_year', 'annual']);
    expect(reportPeriodRange(2565, 'q1')).toEqual({ start: '2021-10-01', end: '2021-12-31' });
    expect(reportPeriodRange(2565, 'q4')).toEqual({ start: '2022-07-01', end: '2022-09-30' });
    expect(reportPeriodRange(2565, 'half_year')).toEqual({ start: '2021-10-01', end: '2022-03-31' });
    expect(reportPeriodRange(2565, 'annual')).toEqual({ start: '2021-10-01', end: '2022-09-30' });
  });
});
