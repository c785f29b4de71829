import { isOpenStatus, MEASURE_STATUSES, type MeasureStatus } from '@/config/measure-status';
import type { MyWorkSearch, MyWorkSort } from '@/features/my-work/schemas/my-work-search';
import { UNASSIGNED } from '@/features/my-work/schemas/my-work-search';
import { daysUntil } from '@/lib/dates';

/** Sections of /my-work, in the order they are shown. Every measure is in exactly one. */
export const MY_WORK_GROUPS = ['overdue', 'dueSoon', 'returned', 'awaitingReview', 'other'] as const;
export type MyWorkGroup = (typeof MY_WORK_GROUPS)[number];

/** "Due soon": due today or within this many days. */
export const DUE_SOON_DAYS = 7;

/** Statuses in which the work is still in the assignees' hands (a due date still matters). */

export interface GroupableMeasure {
  id: string;
  no: number | null;
  title: string;
  status: MeasureStatus;
  due_date: string | null;
  indicator: { no: number; name: string } | null;
  department: { name: string } | null;
  assignees: { user_id: string; profile: { full_name: string } | null }[];
}

/**
 * What a measure needs from the viewer:
 * - submitted: a head reviews it ("waiting for my review"); for staff it is out of their hands (other);
 * - returned: sent back to fix, whatever its due date (the row still says how late it is);
 * - other open measures by due date (Asia/Bangkok): overdue, due within 7 days, or other;
 * - approved and cancelled: other.
 */
export function groupOf(
  measure: Pick<GroupableMeasure, 'status' | 'due_date'>,
  isHead: boolean,
  now: Date,
): MyWorkGroup {
  const { status, due_date: dueDate } = measure;
  if (status === 'submitted') return isHead ? 'awaitingReview' : 'other';
  if (status === 'returned') return 'returned';
  if (!isOpenStatus(status) || !dueDate) return 'other';
  const days = daysUntil(dueDate, now);
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'dueSoon';
  return 'other';
}

/** Whether any filter (not the sort order) is set. */
export const hasFilters = (search: MyWorkSearch) =>
  search.status !== undefined || search.indicator !== undefined || search.assignee !== undefined || Boolean(search.q);

const normalise = (value: string) => value.normalize('NFC').toLocaleLowerCase('th');

/** Applies the URL filters (status, indicator number, assignee id or `none`, free text). */
export function filterMeasures<T extends GroupableMeasure>(measures: readonly T[], search: MyWorkSearch): T[] {
  const needle = search.q ? normalise(search.q) : '';
  return measures.filter((m) => {
    if (search.status && m.status !== search.status) return false;
    if (search.indicator !== undefined && m.indicator?.no !== search.indicator) return false;
    if (search.assignee) {
      const matches =
        search.assignee === UNASSIGNED
          ? m.assignees.length === 0
          : m.assignees.some((a) => a.user_id === search.assignee);
      if (!matches) return false;
    }
    if (needle) {
      const haystack = [
        m.title,
        m.indicator?.name ?? '',
        m.department?.name ?? '',
        ...m.assignees.map((a) => a.profile?.full_name ?? ''),
      ]
        .map(normalise)
        .join('\n');
      if (!haystack.includes(needle)) return false;
    }
    return true;
  });
}

const byNumber = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER);
/** ISO dates compare as text; measures without a due date go last. */
const byDue = (a: string | null, b: string | null) => (a ?? '9999-99-99').localeCompare(b ?? '9999-99-99');
const byIndicator = (a: GroupableMeasure, b: GroupableMeasure) =>
  byNumber(a.indicator?.no, b.indicator?.no) || byNumber(a.no, b.no);
const statusRank = (status: MeasureStatus) => MEASURE_STATUSES.indexOf(status);

const COMPARATORS: Record<MyWorkSort, (a: GroupableMeasure, b: GroupableMeasure) => number> = {
  due: (a, b) => byDue(a.due_date, b.due_date) || byIndicator(a, b),
  status: (a, b) => statusRank(a.status) - statusRank(b.status) || byDue(a.due_date, b.due_date) || byIndicator(a, b),
  indicator: (a, b) => byIndicator(a, b) || byDue(a.due_date, b.due_date),
};

export function sortMeasures<T extends GroupableMeasure>(measures: readonly T[], sort: MyWorkSort = 'due'): T[] {
  return [...measures].sort((a, b) => COMPARATORS[sort](a, b) || a.id.localeCompare(b.id));
}

/** Filtered, sorted measures by section; sections without measures are left out. */
export function groupMeasures<T extends GroupableMeasure>(
  measures: readonly T[],
  { isHead, now, sort }: { isHead: boolean; now: Date; sort?: MyWorkSort },
): { group: MyWorkGroup; measures: T[] }[] {
  const buckets = new Map<MyWorkGroup, T[]>(MY_WORK_GROUPS.map((g) => [g, []]));
  for (const m of sortMeasures(measures, sort)) buckets.get(groupOf(m, isHead, now))?.push(m);
  return MY_WORK_GROUPS.map((group) => ({ group, measures: buckets.get(group) ?? [] })).filter(
    (g) => g.measures.length > 0,
  );
}
