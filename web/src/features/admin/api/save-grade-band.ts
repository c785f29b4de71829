import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface GradeBandInput {
  label: string;
  min_score: number;
  max_score: number;
  sort_order: number;
}

/** Adds a grade band to a framework (id absent) or changes one. */
export async function saveGradeBand(
  supabase: AppSupabaseClient,
  { id, frameworkId, values }: { id?: string; frameworkId: string; values: GradeBandInput },
) {
  const query = id
    ? supabase.from('framework_grade_bands').update(values).eq('id', id)
    : supabase.from('framework_grade_bands').insert({ ...values, framework_id: frameworkId });
  return unwrap(await query.select('id').single());
}

export function useSaveGradeBand() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id?: string; frameworkId: string; values: GradeBandInput }) => saveGradeBand(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
