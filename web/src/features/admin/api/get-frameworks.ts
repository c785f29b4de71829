import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminKeys } from '@/features/admin/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface FrameworkSummary {
  id: string;
  fiscal_year: number;
  scheme: string;
  name: string;
}

/** The organisation's frameworks, newest fiscal year first. */
export async function getFrameworks(
  supabase: AppSupabaseClient,
  { organizationId }: { organizationId: string },
  signal?: AbortSignal,
): Promise<FrameworkSummary[]> {
  let query = supabase
    .from('frameworks')
    .select('id, fiscal_year, scheme, name')
    .eq('organization_id', organizationId)
    .order('fiscal_year', { ascending: false });
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query) ?? [];
}

export const frameworksQueryOptions = (supabase: AppSupabaseClient, organizationId: string) =>
  queryOptions({
    queryKey: adminKeys.frameworks(organizationId),
    queryFn: ({ signal }) => getFrameworks(supabase, { organizationId }, signal),
  });

export function useFrameworks(organizationId: string) {
  return useQuery(frameworksQueryOptions(useSupabase(), organizationId));
}
