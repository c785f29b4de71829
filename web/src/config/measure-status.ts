import { Constants, type Enums } from '@/lib/database.types';

/** Measure workflow statuses (database enum `public.measure_status`), in workflow order. */
export const MEASURE_STATUSES = Constants.public.Enums.measure_status;
export type MeasureStatus = Enums<'measure_status'>;

/** Statuses in which the work is still in the assignees' hands (a due date still matters). */
const OPEN_STATUSES: ReadonlySet<MeasureStatus> = new Set(['not_started', 'in_progress', 'returned']);
export const isOpenStatus = (status: MeasureStatus) => OPEN_STATUSES.has(status);

/** Plan statuses (database enum `public.plan_status`). */
export const PLAN_STATUSES = Constants.public.Enums.plan_status;
export type PlanStatus = Enums<'plan_status'>;
