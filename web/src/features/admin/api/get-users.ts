import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminKeys } from '@/features/admin/api/query-keys';
import type { Role } from '@/config/roles';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface AdminUser {
  id: string;
  email: string | null;
  full_name: string;
  position: string | null;
  role: Role;
  is_active: boolean;
  department: { id: string; name: string } | null;
}

/** Everyone in the organisation (disabled users too), by name. */
export async function getUsers(
  supabase: AppSupabaseClient,
  { organizationId }: { organizationId: string },
  signal?: AbortSignal,
): Promise<AdminUser[]> {
  let query = supabase
    .from('profiles')
    .select('id, email, full_name, position, role, is_active, department:departments(id, name)')
    .eq('organization_id', organizationId)
    .order('full_name');
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export const usersQueryOptions = (supabase: AppSupabaseClient, organizationId: string) =>
  queryOptions({
    queryKey: adminKeys.users(organizationId),
    queryFn: ({ signal }) => getUsers(supabase, { organizationId }, signal),
  });

export function useUsers(organizationId: string) {
  return useQuery(usersQueryOptions(useSupabase(), organizationId));
}
