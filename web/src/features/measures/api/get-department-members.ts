import { queryOptions, useQuery } from '@tanstack/react-query';
import { measureKeys } from '@/features/measures/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Who can be assigned to a measure of this department: its active heads and staff, by name. */
export async function getDepartmentMembers(
  supabase: AppSupabaseClient,
  { departmentId }: { departmentId: string },
  signal?: AbortSignal,
) {
  let query = supabase
    .from('profiles')
    .select('id, full_name, position, role')
    .eq('department_id', departmentId)
    .eq('is_active', true)
    .in('role', ['head', 'staff'])
    .order('full_name');
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export const departmentMembersQueryOptions = (supabase: AppSupabaseClient, departmentId: string) =>
  queryOptions({
    queryKey: measureKeys.departmentMembers(departmentId),
    queryFn: ({ signal }) => getDepartmentMembers(supabase, { departmentId }, signal),
    staleTime: 5 * 60_000,
  });

/** Loaded only when `enabled` (the assign control is shown to heads and admins). */
export function useDepartmentMembers(departmentId: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...departmentMembersQueryOptions(useSupabase(), departmentId), enabled });
}
