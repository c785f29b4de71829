import { daysUntil } from '@/lib/dates';

/**
 * Where to go after deciding on `currentId`: the next item in queue order, else the one before it, else none.
 * `ids` is the queue as it was shown (the decided item is still in it).
 */
export function nextAfterDecision(ids: readonly string[], currentId: string): string | undefined {
  const index = ids.indexOf(currentId);
  if (index === -1) return ids[0];
  return ids[index + 1] ?? ids[index - 1];
}

/** Calendar days (Asia/Bangkok) since the submission: 0 when submitted today. */
export function daysWaiting(submittedAt: string | null, now: Date): number | null {
  if (!submittedAt) return null;
  return Math.max(0, -daysUntil(submittedAt, now));
}
