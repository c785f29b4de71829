import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import type { TablesUpdate } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export type PlanChanges = Pick<TablesUpdate<'plans'>, 'title' | 'status' | 'ita_score' | 'ita_grade'>;

export async function updatePlan(
  supabase: AppSupabaseClient,
  { planId, changes }: { planId: string; changes: PlanChanges },
) {
  return unwrap(await supabase.from('plans').update(changes).eq('id', planId).select('id').single());
}

export function useUpdatePlan() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { planId: string; changes: PlanChanges }) => updatePlan(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
