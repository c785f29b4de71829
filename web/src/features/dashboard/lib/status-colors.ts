import type { MeasureStatus } from '@/config/measure-status';

/** The statuses the dashboard counts (cancelled measures are listed, not counted), in workflow order. */
export const COUNTED_STATUSES = [
  'not_started',
  'in_progress',
  'submitted',
  'returned',
  'approved',
] as const satisfies readonly MeasureStatus[];
export type CountedStatus = (typeof COUNTED_STATUSES)[number];

/** Chart colours, the status badges' hues (gray, blue, violet, orange, green). */
export const STATUS_CHART_COLORS: Record<CountedStatus, string> = {
  not_started: 'gray.5',
  in_progress: 'blue.6',
  submitted: 'violet.6',
  returned: 'orange.6',
  approved: 'green.7',
};
