import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import { rpcId } from '@/features/admin/api/rpc-id';
import { AppError, unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/**
 * A framework for a fiscal year: a copy of an existing one (`framework_clone`: weights, indicators, grade
 * bands), or an empty one with the usual ITA group weights when there is nothing to copy. Returns its id.
 */
export async function createFramework(
  supabase: AppSupabaseClient,
  { organizationId, fiscalYear, sourceId }: { organizationId: string; fiscalYear: number; sourceId: string | null },
): Promise<string> {
  if (sourceId) {
    return rpcId(await supabase.rpc('framework_clone', { source_framework_id: sourceId, fiscal_year: fiscalYear }));
  }
  const row = unwrap(
    await supabase
      .from('frameworks')
      .insert({
        organization_id: organizationId,
        fiscal_year: fiscalYear,
        name: `ITA ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`,
        iit_weight: 30,
        eit_weight: 30,
        oit_weight: 40,
      })
      .select('id')
      .single(),
  );
  if (!row) throw new AppError('not_found');
  return row.id;
}

export function useCreateFramework() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { organizationId: string; fiscalYear: number; sourceId: string | null }) =>
      createFramework(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
