import type { MeasureStatus } from '@/config/measure-status';
import { filterMeasures, groupMeasures, groupOf, sortMeasures, type GroupableMeasure } from './my-work-groups';

// 10:00 on 15 June 2022 in Bangkok (03:00 UTC).
const now = new Date('2022-06-15T03:00:00Z');

let seq = 0;
function measure(overrides: Partial<GroupableMeasure> = {}): GroupableMeasure {
  seq += 1;
  return {
    id: `m${String(seq).padStart(3, '0')}`,
    no: 1,
    title: `มาตรการ ${seq}`,
    status: 'in_progress',
    due_date: '2022-09-30',
    indicator: { no: 1, name: 'การปฏิบัติหน้าที่' },
    department: { name: 'ฝ่ายการคลัง' },
    assignees: [],
    ...overrides,
  };
}

describe('groupOf', () => {
  it('puts open measures past their due date (in Bangkok) in overdue', () => {
    expect(groupOf({ status: 'in_progress', due_date: '2022-06-14' }, false, now)).toBe('overdue');
    expect(groupOf({ status: 'not_started', due_date: '2021-12-31' }, true, now)).toBe('overdue');
  });

  it('counts today and the next 7 days as due soon', () => {
    expect(groupOf({ status: 'in_progress', due_date: '2022-06-15' }, false, now)).toBe('dueSoon');
    expect(groupOf({ status: 'in_progress', due_date: '2022-06-22' }, false, now)).toBe('dueSoon');
    expect(groupOf({ status: 'in_progress', due_date: '2022-06-23' }, false, now)).toBe('other');
  });

  it('uses the Bangkok date even just after midnight there (still the previous day in UTC)', () => {
    const justAfterMidnight = new Date('2022-06-15T17:30:00Z'); // 00:30 on 16 June in Bangkok
    expect(groupOf({ status: 'in_progress', due_date: '2022-06-15' }, false, justAfterMidnight)).toBe('overdue');
  });

  it('keeps returned measures together whatever their due date', () => {
    expect(groupOf({ status: 'returned', due_date: '2021-01-01' }, false, now)).toBe('returned');
    expect(groupOf({ status: 'returned', due_date: null }, true, now)).toBe('returned');
  });

  it('asks heads, not staff, to review submitted measures, and never calls them overdue', () => {
    expect(groupOf({ status: 'submitted', due_date: '2021-01-01' }, true, now)).toBe('awaitingReview');
    expect(groupOf({ status: 'submitted', due_date: '2021-01-01' }, false, now)).toBe('other');
  });

  it.each<MeasureStatus>(['approved', 'cancelled'])('files finished (%s) measures under other', (status) => {
    expect(groupOf({ status, due_date: '2021-01-01' }, true, now)).toBe('other');
  });

  it('files open measures without a due date under other', () => {
    expect(groupOf({ status: 'in_progress', due_date: null }, false, now)).toBe('other');
  });
});

describe('groupMeasures', () => {
  it('returns the non-empty groups in display order, each measure once', () => {
    const list = [
      measure({ status: 'approved' }),
      measure({ status: 'submitted' }),
      measure({ status: 'returned' }),
      measure({ due_date: '2022-06-16' }),
      measure({ due_date: '2022-01-01' }),
    ];
    const groups = groupMeasures(list, { isHead: true, now });
    expect(groups.map((g) => g.group)).toEqual(['overdue', 'dueSoon', 'returned', 'awaitingReview', 'other']);
    expect(groups.flatMap((g) => g.measures)).toHaveLength(list.length);
    expect(groupMeasures(list, { isHead: false, now }).map((g) => g.group)).toEqual([
      'overdue',
      'dueSoon',
      'returned',
      'other',
    ]);
  });
});

describe('filterMeasures', () => {
  const alice = { user_id: 'u-alice', profile: { full_name: 'นางสาวสุดารัตน์ พรหมมา' } };
  const list = [
    measure({ title: 'จัดทำประกาศ No Gift Policy', status: 'returned', assignees: [alice] }),
    measure({ title: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', indicator: { no: 2, name: 'การใช้งบประมาณ' } }),
    measure({ title: 'ช่องทางร้องเรียน', assignees: [] }),
  ];

  it('filters by status, indicator number and assignee (or nobody)', () => {
    expect(filterMeasures(list, { status: 'returned' }).map((m) => m.title)).toEqual(['จัดทำประกาศ No Gift Policy']);
    expect(filterMeasures(list, { indicator: 2 }).map((m) => m.title)).toEqual(['เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง']);
    expect(filterMeasures(list, { assignee: 'u-alice' })).toHaveLength(1);
    expect(filterMeasures(list, { assignee: 'none' }).map((m) => m.title)).toEqual([
      'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง',
      'ช่องทางร้องเรียน',
    ]);
  });

  it('searches titles, indicator names and assignee names, ignoring case', () => {
    expect(filterMeasures(list, { q: 'no gift' })).toHaveLength(1);
    expect(filterMeasures(list, { q: 'งบประมาณ' })).toHaveLength(1);
    expect(filterMeasures(list, { q: 'สุดารัตน์' })).toHaveLength(1);
    expect(filterMeasures(list, { q: 'ไม่มีคำนี้' })).toHaveLength(0);
  });
});

describe('sortMeasures', () => {
  it('sorts by due date (none last), by workflow status, or by indicator and measure number', () => {
    const a = measure({ due_date: null, status: 'not_started', indicator: { no: 1, name: 'x' }, no: 2 });
    const b = measure({ due_date: '2022-03-31', status: 'approved', indicator: { no: 3, name: 'y' }, no: 1 });
    const c = measure({ due_date: '2022-01-31', status: 'submitted', indicator: { no: 1, name: 'x' }, no: 1 });
    expect(sortMeasures([a, b, c], 'due')).toEqual([c, b, a]);
    expect(sortMeasures([a, b, c], 'status')).toEqual([a, c, b]);
    expect(sortMeasures([a, b, c], 'indicator')).toEqual([c, a, b]);
  });
});
