import { queryOptions, useQuery } from '@tanstack/react-query';
import { measureKeys } from '@/features/measures/api/query-keys';
import type { Enums, Json } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** How many history rows the page shows (newest first). */
export const ACTIVITY_LIMIT = 200;

/** One line of the measure's history: a logged action, or a review decision (approve / return). */
export type ActivityEntry =
  | {
      kind: 'action';
      key: string;
      at: string;
      actorName: string | null;
      actorRole: Enums<'user_role'> | null;
      action: string;
      detail: ActivityDetail;
      /** percent_complete after the change (measure rows only). */
      percent: number | null;
      /** The person a `measure.assign` / `measure.unassign` was about. */
      subjectName: string | null;
    }
  | {
      kind: 'review';
      key: string;
      at: string;
      actorName: string | null;
      decision: Enums<'review_decision'>;
      note: string | null;
      evidenceCount: number;
    };

/** The fields of `activity_log.detail` the page reads (each action fills some of them). */
export interface ActivityDetail {
  from?: string;
  to?: string;
  reason?: string | null;
  changed?: string[];
  user_id?: string;
  original_filename?: string;
  version?: number;
  period?: string;
  percent?: number;
}

const asDetail = (value: Json): ActivityDetail =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as ActivityDetail) : {};

// Approvals and returns are shown from `reviews` (decision, note, evidence set), so their log rows are skipped.
const SHOWN_AS_REVIEWS = new Set(['measure.approve', 'measure.return']);

/**
 * The measure's history, newest first: `activity_log` rows (who, when, what) merged with its `reviews`.
 * Names come from profiles (the log keeps ids only, so history outlives what it describes).
 */
export async function getMeasureActivity(
  supabase: AppSupabaseClient,
  { measureId }: { measureId: string },
  signal?: AbortSignal,
): Promise<ActivityEntry[]> {
  let logQuery = supabase
    .from('activity_log')
    .select('id, action, actor_id, actor_role, occurred_at, detail, percent:snapshot->percent_complete')
    .eq('measure_id', measureId)
    .order('id', { ascending: false })
    .limit(ACTIVITY_LIMIT);
  let reviewQuery = supabase
    .from('reviews')
    .select('id, decision, note, reviewed_at, evidence_snapshot, reviewer:profiles(id, full_name)')
    .eq('measure_id', measureId)
    .order('reviewed_at', { ascending: false });
  if (signal) {
    logQuery = logQuery.abortSignal(signal);
    reviewQuery = reviewQuery.abortSignal(signal);
  }
  const [logResult, reviewResult] = await Promise.all([logQuery, reviewQuery]);
  const log = (unwrap(logResult) ?? []).filter((row) => !SHOWN_AS_REVIEWS.has(row.action));
  const reviews = unwrap(reviewResult) ?? [];

  const ids = new Set<string>();
  for (const row of log) {
    if (row.actor_id) ids.add(row.actor_id);
    const subject = asDetail(row.detail).user_id;
    if (subject) ids.add(subject);
  }
  const names = new Map<string, string>();
  if (ids.size > 0) {
    let profileQuery = supabase
      .from('profiles')
      .select('id, full_name')
      .in('id', [...ids]);
    if (signal) profileQuery = profileQuery.abortSignal(signal);
    for (const profile of unwrap(await profileQuery) ?? []) names.set(profile.id, profile.full_name);
  }

  const entries: ActivityEntry[] = [
    ...log.map((row): ActivityEntry => {
      const detail = asDetail(row.detail);
      return {
        kind: 'action',
        key: `log-${row.id}`,
        at: row.occurred_at,
        actorName: row.actor_id ? (names.get(row.actor_id) ?? null) : null,
        actorRole: row.actor_role,
        action: row.action,
        detail,
        percent: typeof row.percent === 'number' ? row.percent : null,
        subjectName: detail.user_id ? (names.get(detail.user_id) ?? null) : null,
      };
    }),
    ...reviews.map((review): ActivityEntry => ({
      kind: 'review',
      key: `review-${review.id}`,
      at: review.reviewed_at,
      actorName: review.reviewer?.full_name ?? null,
      decision: review.decision,
      note: review.note,
      evidenceCount: Array.isArray(review.evidence_snapshot) ? review.evidence_snapshot.length : 0,
    })),
  ];
  // Newest first; for the same instant keep the log's own order (ids increase).
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export const measureActivityQueryOptions = (supabase: AppSupabaseClient, measureId: string) =>
  queryOptions({
    queryKey: measureKeys.activity(measureId),
    queryFn: ({ signal }) => getMeasureActivity(supabase, { measureId }, signal),
  });

export function useMeasureActivity(measureId: string) {
  return useQuery(measureActivityQueryOptions(useSupabase(), measureId));
}
