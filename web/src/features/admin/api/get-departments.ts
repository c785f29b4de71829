import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminKeys } from '@/features/admin/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface AdminDepartment {
  id: string;
  name: string;
  code: string | null;
  sort_order: number;
  is_active: boolean;
  /** People whose department this is (active or not). */
  members: number;
}

/** Every department of the organisation, active ones first, in their sort order. */
export async function getDepartments(
  supabase: AppSupabaseClient,
  { organizationId }: { organizationId: string },
  signal?: AbortSignal,
): Promise<AdminDepartment[]> {
  let query = supabase
    .from('departments')
    .select('id, name, code, sort_order, is_active, profiles(count)')
    .eq('organization_id', organizationId)
    .order('is_active', { ascending: false })
    .order('sort_order')
    .order('name');
  if (signal) query = query.abortSignal(signal);
  return (unwrap(await query) ?? []).map(({ profiles, ...d }) => ({ ...d, members: profiles[0]?.count ?? 0 }));
}

export const departmentsQueryOptions = (supabase: AppSupabaseClient, organizationId: string) =>
  queryOptions({
    queryKey: adminKeys.departments(organizationId),
    queryFn: ({ signal }) => getDepartments(supabase, { organizationId }, signal),
  });

export function useDepartments(organizationId: string) {
  return useQuery(departmentsQueryOptions(useSupabase(), organizationId));
}
