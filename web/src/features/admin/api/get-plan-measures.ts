import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminMeasureKeys } from '@/features/admin/api/query-keys';
import type { MeasureStatus } from '@/config/measure-status';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface AdminMeasure {
  id: string;
  plan_indicator_id: string;
  no: number | null;
  title: string;
  detail: string | null;
  start_date: string | null;
  due_date: string | null;
  status: MeasureStatus;
  version: number;
  department: { id: string; name: string };
}

/** Every measure of a plan (the admin reads all departments), by indicator and number. */
export async function getPlanMeasures(
  supabase: AppSupabaseClient,
  { planId }: { planId: string },
  signal?: AbortSignal,
): Promise<AdminMeasure[]> {
  let query = supabase
    .from('measures')
    .select(
      'id, plan_indicator_id, no, title, detail, start_date, due_date, status, version, department:departments(id, name)',
    )
    .eq('plan_id', planId)
    .order('no')
    .order('created_at');
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export const planMeasuresQueryOptions = (supabase: AppSupabaseClient, planId: string) =>
  queryOptions({
    queryKey: adminMeasureKeys.byPlan(planId),
    queryFn: ({ signal }) => getPlanMeasures(supabase, { planId }, signal),
  });

export function usePlanMeasures(planId: string) {
  return useQuery(planMeasuresQueryOptions(useSupabase(), planId));
}
