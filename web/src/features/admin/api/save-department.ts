import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface DepartmentInput {
  name: string;
  code: string | null;
  sort_order: number;
}

/** Creates a department (id absent) or renames/re-codes one. */
export async function saveDepartment(
  supabase: AppSupabaseClient,
  { id, organizationId, values }: { id?: string; organizationId: string; values: DepartmentInput },
) {
  if (id) {
    return unwrap(await supabase.from('departments').update(values).eq('id', id).select('id').single());
  }
  return unwrap(
    await supabase
      .from('departments')
      .insert({ ...values, organization_id: organizationId })
      .select('id')
      .single(),
  );
}

export function useSaveDepartment() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id?: string; organizationId: string; values: DepartmentInput }) =>
      saveDepartment(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
