import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorGroup } from '@/features/admin/api/get-framework';
import { adminPlanKeys } from '@/features/admin/api/query-keys';
import type { PlanStatus } from '@/config/measure-status';
import { AppError, unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface PlanIndicator {
  id: string;
  no: number;
  name: string;
  group: IndicatorGroup;
  score: number | null;
  analysis: string;
  agency_analysis: string;
}

export interface AdminPlan {
  id: string;
  fiscal_year: number;
  title: string;
  status: PlanStatus;
  ita_score: number | null;
  ita_grade: string | null;
  framework: { id: string; name: string; grades: string[] } | null;
  indicators: PlanIndicator[];
}

const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/** A plan with its indicators (by number) and the grade labels of its framework. */
export async function getAdminPlan(
  supabase: AppSupabaseClient,
  { planId }: { planId: string },
  signal?: AbortSignal,
): Promise<AdminPlan> {
  let query = supabase
    .from('plans')
    .select(
      `id, fiscal_year, title, status, ita_score, ita_grade,
       framework:frameworks(id, name, framework_grade_bands(label, sort_order)),
       plan_indicators(id, no, name, group, score, analysis, agency_analysis)`,
    )
    .eq('id', planId);
  if (signal) query = query.abortSignal(signal);
  const row = unwrap(await query.maybeSingle());
  if (!row) throw new AppError('not_found');
  const { framework, plan_indicators, ...plan } = row;
  return {
    ...plan,
    ita_score: numOrNull(plan.ita_score),
    framework: framework
      ? {
          id: framework.id,
          name: framework.name,
          grades: [...framework.framework_grade_bands].sort((a, b) => a.sort_order - b.sort_order).map((b) => b.label),
        }
      : null,
    indicators: plan_indicators.map((i) => ({ ...i, score: numOrNull(i.score) })).sort((a, b) => a.no - b.no),
  };
}

export const adminPlanQueryOptions = (supabase: AppSupabaseClient, planId: string) =>
  queryOptions({
    queryKey: adminPlanKeys.detail(planId),
    queryFn: ({ signal }) => getAdminPlan(supabase, { planId }, signal),
  });

export function useAdminPlan(planId: string) {
  return useQuery(adminPlanQueryOptions(useSupabase(), planId));
}
