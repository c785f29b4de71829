import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface MeasureInput {
  plan_indicator_id: string;
  department_id: string;
  no: number | null;
  title: string;
  detail: string | null;
  start_date: string | null;
  due_date: string | null;
}

/**
 * Creates a measure in a plan, or changes one: `version` is the version that was read (a newer one in the
 * database fails with `version_conflict`; moving it to another department unassigns its people).
 */
export async function saveMeasure(
  supabase: AppSupabaseClient,
  vars: { planId: string; values: MeasureInput } & ({ id: string; version: number } | { id?: undefined }),
) {
  if (vars.id !== undefined) {
    return unwrap(
      await supabase
        .from('measures')
        .update({ ...vars.values, version: vars.version })
        .eq('id', vars.id)
        .select('id')
        .single(),
    );
  }
  return unwrap(
    await supabase
      .from('measures')
      .insert({ ...vars.values, plan_id: vars.planId })
      .select('id')
      .single(),
  );
}

export function useSaveMeasure() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Parameters<typeof saveMeasure>[1]) => saveMeasure(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
