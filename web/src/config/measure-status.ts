import { Constants, type Enums } from '@/lib/database.types';

/** Measure workflow statuses (database enum `public.measure_status`), in workflow order. */
export const MEASURE_STATUSES = Constants.public.Enums.measure_status;
export type MeasureStatus = Enums<'measure_status'>;

/** Plan statuses (database enum `public.plan_status`). */
export const PLAN_STATUSES = Constants.public.Enums.plan_status;
export type PlanStatus = Enums<'plan_status'>;
