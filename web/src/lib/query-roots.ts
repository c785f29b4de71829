import type { QueryClient } from '@tanstack/react-query';

/**
 * The first element of every query key that shows measure data, whichever feature owns it.
 * Each feature keeps its own key factory rooted at one of these; a change to a measure
 * (status, fields, assignees, evidence, progress, comments) refreshes all of them, because
 * lists, detail, review queue, dashboard and notifications all derive from the same rows.
 */
export const MEASURE_DATA_ROOTS = [
  'measures',
  'my-work',
  'plan-overview',
  'review',
  'evidence',
  'dashboard',
  'notifications',
  'reports',
] as const;

export type MeasureDataRoot = (typeof MEASURE_DATA_ROOTS)[number];

export function invalidateMeasureData(queryClient: QueryClient): Promise<void> {
  const roots: readonly unknown[] = MEASURE_DATA_ROOTS;
  return queryClient.invalidateQueries({ predicate: (q) => roots.includes(q.queryKey[0]) });
}
