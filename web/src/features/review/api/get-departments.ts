import { queryOptions, useQuery } from '@tanstack/react-query';
import { reviewKeys } from '@/features/review/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** The organisation's departments in their set order, for the admin's department filter. */
export async function getDepartments(
  supabase: AppSupabaseClient,
  { organizationId }: { organizationId: string },
  signal?: AbortSignal,
) {
  let query = supabase
    .from('departments')
    .select('id, name')
    .eq('organization_id', organizationId)
    .order('sort_order', { ascending: true })
    .order('name', { ascending: true });
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export const departmentsQueryOptions = (supabase: AppSupabaseClient, organizationId: string) =>
  queryOptions({
    queryKey: reviewKeys.departments(organizationId),
    queryFn: ({ signal }) => getDepartments(supabase, { organizationId }, signal),
    staleTime: 5 * 60_000,
  });

export function useDepartments({ organizationId, enabled }: { organizationId: string; enabled: boolean }) {
  return useQuery({ ...departmentsQueryOptions(useSupabase(), organizationId), enabled });
}
