import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorGroup } from '@/features/admin/api/get-framework';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface FrameworkIndicatorInput {
  no: number;
  name: string;
  group: IndicatorGroup;
  weight: number | null;
  description: string | null;
}

/** Adds an indicator to a framework (id absent) or changes one. */
export async function saveFrameworkIndicator(
  supabase: AppSupabaseClient,
  { id, frameworkId, values }: { id?: string; frameworkId: string; values: FrameworkIndicatorInput },
) {
  const query = id
    ? supabase.from('framework_indicators').update(values).eq('id', id)
    : supabase.from('framework_indicators').insert({ ...values, framework_id: frameworkId });
  return unwrap(await query.select('id').single());
}

export function useSaveFrameworkIndicator() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id?: string; frameworkId: string; values: FrameworkIndicatorInput }) =>
      saveFrameworkIndicator(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
