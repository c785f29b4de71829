import { queryOptions, useQuery } from '@tanstack/react-query';
import { countOf } from '@/features/admin/api/count';
import { adminKeys } from '@/features/admin/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface AdminSummary {
  activeDepartments: number;
  activeUsers: number;
  disabledUsers: number;
  frameworkYears: number[];
  planYears: number[];
  /** The plan of the selected fiscal year, if any. */
  plan: { id: string; title: string; status: 'draft' | 'active' | 'closed'; measures: number } | null;
}

/** Counts for the coordinator's landing page. */
export async function getAdminSummary(
  supabase: AppSupabaseClient,
  { organizationId, fiscalYear }: { organizationId: string; fiscalYear: number },
  signal?: AbortSignal,
): Promise<AdminSummary> {
  const head = { count: 'exact', head: true } as const;
  const abortable = <Q extends { abortSignal: (s: AbortSignal) => Q }>(q: Q) => (signal ? q.abortSignal(signal) : q);
  const [departments, activeUsers, disabledUsers, frameworks, plans] = await Promise.all([
    abortable(
      supabase.from('departments').select('id', head).eq('organization_id', organizationId).eq('is_active', true),
    ),
    abortable(supabase.from('profiles').select('id', head).eq('organization_id', organizationId).eq('is_active', true)),
    abortable(
      supabase.from('profiles').select('id', head).eq('organization_id', organizationId).eq('is_active', false),
    ),
    abortable(supabase.from('frameworks').select('fiscal_year').eq('organization_id', organizationId)),
    abortable(
      supabase
        .from('plans')
        .select('id, fiscal_year, title, status, measures(count)')
        .eq('organization_id', organizationId)
        .order('fiscal_year', { ascending: false }),
    ),
  ]);
  const planRows = unwrap(plans) ?? [];
  const current = planRows.find((p) => p.fiscal_year === fiscalYear);
  return {
    activeDepartments: countOf(departments),
    activeUsers: countOf(activeUsers),
    disabledUsers: countOf(disabledUsers),
    frameworkYears: (unwrap(frameworks) ?? []).map((f) => f.fiscal_year).sort((a, b) => b - a),
    planYears: planRows.map((p) => p.fiscal_year),
    plan: current
      ? { id: current.id, title: current.title, status: current.status, measures: current.measures[0]?.count ?? 0 }
      : null,
  };
}

export const adminSummaryQueryOptions = (
  supabase: AppSupabaseClient,
  vars: { organizationId: string; fiscalYear: number },
) =>
  queryOptions({
    queryKey: adminKeys.summary(vars),
    queryFn: ({ signal }) => getAdminSummary(supabase, vars, signal),
  });

export function useAdminSummary(vars: { organizationId: string; fiscalYear: number }) {
  return useQuery(adminSummaryQueryOptions(useSupabase(), vars));
}
