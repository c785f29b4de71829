import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewQueueItem } from '@/features/review/api/get-review-queue';
import { reviewKeys } from '@/features/review/api/query-keys';
import { unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export type ReviewDecision =
  | { kind: 'approve'; measureId: string; version: number; note: string | null }
  | { kind: 'return'; measureId: string; version: number; reason: string };

/**
 * Approves or returns a submitted measure at the version the reviewer read (a newer version fails with
 * `version_conflict`; returning without a reason with `reason_required`).
 */
export async function decideMeasure(supabase: AppSupabaseClient, decision: ReviewDecision) {
  if (decision.kind === 'approve') {
    return unwrap(
      await supabase.rpc('approve_measure', {
        measure_id: decision.measureId,
        expected_version: decision.version,
        ...(decision.note ? { note: decision.note } : {}),
      }),
    );
  }
  return unwrap(
    await supabase.rpc('return_measure', {
      measure_id: decision.measureId,
      expected_version: decision.version,
      reason: decision.reason,
    }),
  );
}

/**
 * The review decision. On success the measure leaves the queue at once and `onDecided` runs (the page moves on
 * to the next item) while every view of measure data refreshes; after a failure (e.g. a version conflict) the
 * data refreshes too. The form shows errors itself.
 */
export function useDecideMeasure({ onDecided }: { onDecided?: (decision: ReviewDecision) => void } = {}) {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: ReviewDecision) => decideMeasure(supabase, decision),
    onSuccess: (_row, decision) => {
      // First the caller (it picks the next item from the queue as shown), then drop the item from the queue.
      onDecided?.(decision);
      queryClient.setQueriesData<ReviewQueueItem[]>({ queryKey: reviewKeys.queues() }, (items) =>
        items?.filter((item) => item.id !== decision.measureId),
      );
    },
    onSettled: () => invalidateMeasureData(queryClient),
    meta: { errorToast: false },
  });
}
