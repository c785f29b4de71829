import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminKeys } from '@/features/admin/api/query-keys';
import type { Enums } from '@/lib/database.types';
import { AppError, unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export type IndicatorGroup = Enums<'indicator_group'>;

export interface FrameworkIndicator {
  id: string;
  no: number;
  name: string;
  group: IndicatorGroup;
  weight: number | null;
  description: string | null;
}

export interface GradeBand {
  id: string;
  label: string;
  min_score: number;
  max_score: number;
  sort_order: number;
}

export interface FrameworkDetail {
  id: string;
  fiscal_year: number;
  scheme: string;
  name: string;
  iit_weight: number;
  eit_weight: number;
  oit_weight: number;
  pass_score: number | null;
  notes: string | null;
  indicators: FrameworkIndicator[];
  bands: GradeBand[];
}

const num = (v: number | string) => Number(v);
const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/** A framework with its indicators (by number) and grade bands (best first). */
export async function getFramework(
  supabase: AppSupabaseClient,
  { frameworkId }: { frameworkId: string },
  signal?: AbortSignal,
): Promise<FrameworkDetail> {
  let query = supabase
    .from('frameworks')
    .select(
      `id, fiscal_year, scheme, name, iit_weight, eit_weight, oit_weight, pass_score, notes,
       framework_indicators(id, no, name, group, weight, description),
       framework_grade_bands(id, label, min_score, max_score, sort_order)`,
    )
    .eq('id', frameworkId);
  if (signal) query = query.abortSignal(signal);
  const row = unwrap(await query.maybeSingle());
  if (!row) throw new AppError('not_found');
  const { framework_indicators, framework_grade_bands, ...f } = row;
  return {
    ...f,
    iit_weight: num(f.iit_weight),
    eit_weight: num(f.eit_weight),
    oit_weight: num(f.oit_weight),
    pass_score: numOrNull(f.pass_score),
    indicators: framework_indicators.map((i) => ({ ...i, weight: numOrNull(i.weight) })).sort((a, b) => a.no - b.no),
    bands: framework_grade_bands
      .map((b) => ({ ...b, min_score: num(b.min_score), max_score: num(b.max_score) }))
      .sort((a, b) => a.sort_order - b.sort_order || b.min_score - a.min_score),
  };
}

export const frameworkQueryOptions = (supabase: AppSupabaseClient, frameworkId: string) =>
  queryOptions({
    queryKey: adminKeys.framework(frameworkId),
    queryFn: ({ signal }) => getFramework(supabase, { frameworkId }, signal),
  });

export function useFramework(frameworkId: string) {
  return useQuery(frameworkQueryOptions(useSupabase(), frameworkId));
}
