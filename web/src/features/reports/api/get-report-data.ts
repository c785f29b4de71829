import { queryOptions, useQuery } from '@tanstack/react-query';
import { reportKeys } from '@/features/reports/api/query-keys';
import type { Enums } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export interface ReportDataMeasure {
  id: string;
  plan_indicator_id: string;
  no: number | null;
  title: string;
  start_date: string | null;
  due_date: string | null;
  status: Enums<'measure_status'>;
  approved_at: string | null;
  department: { name: string } | null;
}

export interface ReportDataProgress {
  measure_id: string;
  period: Enums<'report_period'>;
  narrative: string;
  percent: number;
}

export interface ReportDataEvidence {
  measure_id: string;
  original_filename: string;
  effective_date: string | null;
  created_at: string;
}

/** The rows a report is made of, as the signed-in user may read them (row-level security decides). */
export interface ReportData {
  organization: string;
  plan: {
    id: string;
    fiscal_year: number;
    title: string;
    ita_score: number | null;
    ita_grade: string | null;
  };
  indicators: {
    id: string;
    no: number;
    name: string;
    group: string;
    score: number | null;
    analysis: string;
    agency_analysis: string;
  }[];
  measures: ReportDataMeasure[];
  progress: ReportDataProgress[];
  evidence: ReportDataEvidence[];
}

const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/** The plan of a fiscal year with everything its O42/O43 reports show; null when the year has no plan. */
export async function getReportData(
  supabase: AppSupabaseClient,
  { organizationId, fiscalYear }: { organizationId: string; fiscalYear: number },
  signal?: AbortSignal,
): Promise<ReportData | null> {
  const abortable = <Q extends { abortSignal: (s: AbortSignal) => Q }>(q: Q) => (signal ? q.abortSignal(signal) : q);
  const plan = unwrap(
    await abortable(
      supabase
        .from('plans')
        .select('id, fiscal_year, title, ita_score, ita_grade, organization:organizations(name)')
        .eq('organization_id', organizationId)
        .eq('fiscal_year', fiscalYear),
    ),
  )?.[0];
  if (!plan) return null;

  const [indicators, measures] = await Promise.all([
    abortable(
      supabase
        .from('plan_indicators')
        .select('id, no, name, group, score, analysis, agency_analysis')
        .eq('plan_id', plan.id)
        .order('no'),
    ),
    abortable(
      supabase
        .from('measures')
        .select(
          'id, plan_indicator_id, no, title, start_date, due_date, status, approved_at, department:departments(name)',
        )
        .eq('plan_id', plan.id)
        .order('no')
        .order('created_at'),
    ),
  ]);
  const measureRows = unwrap(measures) ?? [];
  const ids = measureRows.map((m) => m.id);
  const [progress, evidence] = ids.length
    ? await Promise.all([
        abortable(
          supabase
            .from('progress_reports')
            .select('measure_id, period, narrative, percent')
            .in('measure_id', ids)
            .order('created_at'),
        ),
        abortable(
          supabase
            .from('evidence')
            .select('measure_id, original_filename, effective_date, created_at')
            .in('measure_id', ids)
            .is('superseded_by', null)
            .order('created_at'),
        ),
      ])
    : [null, null];

  return {
    organization: plan.organization?.name ?? '',
    plan: {
      id: plan.id,
      fiscal_year: plan.fiscal_year,
      title: plan.title,
      ita_score: numOrNull(plan.ita_score),
      ita_grade: plan.ita_grade,
    },
    indicators: (unwrap(indicators) ?? []).map((i) => ({ ...i, score: numOrNull(i.score) })),
    measures: measureRows,
    progress: progress ? (unwrap(progress) ?? []) : [],
    evidence: evidence ? (unwrap(evidence) ?? []) : [],
  };
}

export const reportDataQueryOptions = (
  supabase: AppSupabaseClient,
  vars: { organizationId: string; fiscalYear: number },
) =>
  queryOptions({
    queryKey: reportKeys.data(vars),
    queryFn: ({ signal }) => getReportData(supabase, vars, signal),
  });

export function useReportData(vars: { organizationId: string; fiscalYear: number }) {
  return useQuery(reportDataQueryOptions(useSupabase(), vars));
}
