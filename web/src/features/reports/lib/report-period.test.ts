import type { ReportMeasure } from './report-model';
import { isMeasureInPeriod, modelForPeriod, reportPeriod } from './report-period';
import { fixtureReportModel } from './report-test-model';

const measure = (start: string | null, due: string | null): ReportMeasure => ({
  title: 'ม',
  department: null,
  start_date: start,
  due_date: due,
  status: null,
  completed_at: null,
  progress: null,
  evidence: [],
});

describe('report periods', () => {
  it('gives the 6-month and the full fiscal year with Thai labels', () => {
    expect(reportPeriod(2565, 'half_year')).toEqual({
      kind: 'half_year',
      fiscal_year_be: 2565,
      start: '2021-10-01',
      end: '2022-03-31',
      label: 'รอบ 6 เดือน (1 ต.ค. 2564 – 31 มี.ค. 2565)',
    });
    expect(reportPeriod(2566, 'annual')).toMatchObject({
      start: '2022-10-01',
      end: '2023-09-30',
      label: 'รอบ 12 เดือน (1 ต.ค. 2565 – 30 ก.ย. 2566)',
    });
  });

  it('keeps measures whose start–due range overlaps the period', () => {
    const half = reportPeriod(2565, 'half_year');
    expect(isMeasureInPeriod(measure('2021-10-01', '2022-09-30'), half)).toBe(true);
    expect(isMeasureInPeriod(measure('2022-04-01', '2022-09-30'), half)).toBe(false);
    expect(isMeasureInPeriod(measure(null, '2022-09-30'), half)).toBe(false);
    expect(isMeasureInPeriod(measure(null, '2022-03-31'), half)).toBe(true);
    expect(isMeasureInPeriod(measure('2021-01-01', '2021-09-30'), half)).toBe(false);
    expect(isMeasureInPeriod(measure(null, null), half)).toBe(true);
  });

  it('shows a completion after the end of the period as still in progress', () => {
    const model = fixtureReportModel();
    const half = modelForPeriod(model, reportPeriod(2565, 'half_year'));
    expect(half.indicators[0]!.measures[0]).toMatchObject({ completed_at: '2022-01-20', status: 'ดำเนินการแล้วเสร็จ' });
    expect(half.indicators[0]!.measures[2]).toMatchObject({ completed_at: null, status: 'อยู่ระหว่างดำเนินการ' });
    const year = modelForPeriod(model, reportPeriod(2565, 'annual'));
    expect(year).toEqual(model);
  });
});
