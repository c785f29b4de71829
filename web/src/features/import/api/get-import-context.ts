import { queryOptions, useQuery } from '@tanstack/react-query';
import { importKeys } from '@/features/import/api/query-keys';
import type { DepartmentRef } from '@/features/import/lib/build-import-payload';
import type { IndicatorDefinition, IndicatorGroupTable } from '@/features/import/lib/indicator-groups';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface ImportContext {
  organizationName: string;
  /** Active departments, the choices for each measure's owner. */
  departments: DepartmentRef[];
  /** The organisation's frameworks as the importer's indicator table (number → group, name) per year. */
  groups: IndicatorGroupTable;
  /** Fiscal years that already have a plan (an import for them would be refused). */
  planYears: number[];
}

/** What the import screen needs to read a file for this organisation and to check it before saving. */
export async function getImportContext(
  supabase: AppSupabaseClient,
  { organizationId }: { organizationId: string },
  signal?: AbortSignal,
): Promise<ImportContext> {
  const abortable = <Q extends { abortSignal: (s: AbortSignal) => Q }>(q: Q) => (signal ? q.abortSignal(signal) : q);
  const [organization, departments, frameworks, plans] = await Promise.all([
    abortable(supabase.from('organizations').select('name').eq('id', organizationId)),
    abortable(
      supabase
        .from('departments')
        .select('id, name, code')
        .eq('organization_id', organizationId)
        .eq('is_active', true)
        .order('sort_order')
        .order('name'),
    ),
    abortable(
      supabase
        .from('frameworks')
        .select('fiscal_year, framework_indicators(no, name, group)')
        .eq('organization_id', organizationId)
        .eq('scheme', 'ITA'),
    ),
    abortable(supabase.from('plans').select('fiscal_year').eq('organization_id', organizationId)),
  ]);
  const groups: Record<number, IndicatorDefinition[]> = {};
  for (const f of unwrap(frameworks) ?? []) {
    if (f.framework_indicators.length === 0) continue;
    groups[f.fiscal_year] = [...f.framework_indicators].sort((a, b) => a.no - b.no);
  }
  return {
    organizationName: unwrap(organization)?.[0]?.name ?? '',
    departments: unwrap(departments) ?? [],
    groups,
    planYears: (unwrap(plans) ?? []).map((p) => p.fiscal_year),
  };
}

export const importContextQueryOptions = (supabase: AppSupabaseClient, organizationId: string) =>
  queryOptions({
    queryKey: importKeys.context(organizationId),
    queryFn: ({ signal }) => getImportContext(supabase, { organizationId }, signal),
  });

export function useImportContext(organizationId: string) {
  return useQuery(importContextQueryOptions(useSupabase(), organizationId));
}
