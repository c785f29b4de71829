import { queryOptions, useQuery } from '@tanstack/react-query';
import { measureKeys } from '@/features/measures/api/query-keys';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** The measure's own columns: what the detail query and every write return (the page merges them). */
export const MEASURE_COLUMNS =
  'id, organization_id, plan_id, department_id, no, title, detail, start_date, due_date, status, status_reason, percent_complete, version, status_changed_at, submitted_at, approved_at, updated_at';

const DETAIL_COLUMNS =
  `${MEASURE_COLUMNS}, plan:plans(id, fiscal_year, title), indicator:plan_indicators(id, no, name, group, score), department:departments(id, name), approver:profiles!measures_approved_by_fkey(id, full_name), status_changer:profiles!measures_status_changed_by_fkey(id, full_name)` as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a route parameter can be a measure id at all (anything else is simply "not found"). */
export const isMeasureId = (value: string) => UUID.test(value);

/**
 * One measure with its plan, indicator and owner department, or null when it does not exist or the
 * caller may not read it (row-level security returns no row; a malformed id is treated the same way).
 */
export async function getMeasure(
  supabase: AppSupabaseClient,
  { measureId }: { measureId: string },
  signal?: AbortSignal,
) {
  if (!isMeasureId(measureId)) return null;
  let query = supabase.from('measures').select(DETAIL_COLUMNS).eq('id', measureId);
  if (signal) query = query.abortSignal(signal);
  return unwrap(await query.maybeSingle());
}

export type MeasureDetail = NonNullable<Awaited<ReturnType<typeof getMeasure>>>;

export const measureQueryOptions = (supabase: AppSupabaseClient, measureId: string) =>
  queryOptions({
    queryKey: measureKeys.detail(measureId),
    queryFn: ({ signal }) => getMeasure(supabase, { measureId }, signal),
  });

export function useMeasure(measureId: string) {
  return useQuery(measureQueryOptions(useSupabase(), measureId));
}
