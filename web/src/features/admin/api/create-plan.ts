import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { rpcId } from '@/features/admin/api/rpc-id';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** A draft plan with the indicators of the year's framework (`plan_create`). Returns its id. */
export async function createPlan(
  supabase: AppSupabaseClient,
  { fiscalYear, title }: { fiscalYear: number; title: string },
): Promise<string> {
  return rpcId(await supabase.rpc('plan_create', { fiscal_year: fiscalYear, title }));
}

export function useCreatePlan() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { fiscalYear: number; title: string }) => createPlan(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
