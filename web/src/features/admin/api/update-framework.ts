import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAdminData } from '@/features/admin/api/invalidate';
import type { TablesUpdate } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export type FrameworkChanges = Pick<
  TablesUpdate<'frameworks'>,
  'name' | 'iit_weight' | 'eit_weight' | 'oit_weight' | 'pass_score' | 'notes'
>;

export async function updateFramework(
  supabase: AppSupabaseClient,
  { frameworkId, changes }: { frameworkId: string; changes: FrameworkChanges },
) {
  return unwrap(await supabase.from('frameworks').update(changes).eq('id', frameworkId).select('id').single());
}

export function useUpdateFramework() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { frameworkId: string; changes: FrameworkChanges }) => updateFramework(supabase, vars),
    onSuccess: () => invalidateAdminData(queryClient),
    meta: { errorToast: false },
  });
}
