import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorGroup } from '@/features/admin/api/get-framework';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface PlanIndicatorInput {
  no: number;
  name: string;
  group: IndicatorGroup;
  score: number | null;
  analysis: string;
  agency_analysis: string;
}

/** Adds an indicator to a plan (id absent) or changes its score and analyses. */
export async function savePlanIndicator(
  supabase: AppSupabaseClient,
  { id, planId, values }: { id?: string; planId: string; values: PlanIndicatorInput },
) {
  const query = id
    ? supabase.from('plan_indicators').update(values).eq('id', id)
    : supabase.from('plan_indicators').insert({ ...values, plan_id: planId });
  return unwrap(await query.select('id').single());
}

export function useSavePlanIndicator() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id?: string; planId: string; values: PlanIndicatorInput }) =>
      savePlanIndicator(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
