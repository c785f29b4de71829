import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { rpcId } from '@/features/admin/api/rpc-id';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Copies a plan into a new fiscal year as a draft (`plan_clone`). Returns the new plan's id. */
export async function clonePlan(
  supabase: AppSupabaseClient,
  { sourcePlanId, fiscalYear }: { sourcePlanId: string; fiscalYear: number },
): Promise<string> {
  return rpcId(await supabase.rpc('plan_clone', { source_plan_id: sourcePlanId, fiscal_year: fiscalYear }));
}

export function useClonePlan() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { sourcePlanId: string; fiscalYear: number }) => clonePlan(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
