import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Removes an indicator that has no measures from a plan. */
export async function deletePlanIndicator(supabase: AppSupabaseClient, { id }: { id: string }) {
  unwrap(await supabase.from('plan_indicators').delete().eq('id', id));
}

export function useDeletePlanIndicator() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string }) => deletePlanIndicator(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
  });
}
