import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EVIDENCE_BUCKET } from '@/features/evidence/lib/evidence-file-rules';
import { AppError, unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/**
 * Removes one evidence file (one version): the row first, since the database decides (it refuses while the
 * measure is approved, and only the uploader, the head or an admin may), then its object. Removing the
 * current version brings the previous one back as current (`superseded_by` is set null).
 */
export async function removeEvidence(
  supabase: AppSupabaseClient,
  { id, storagePath }: { id: string; storagePath: string },
): Promise<void> {
  const removed = unwrap(await supabase.from('evidence').delete().eq('id', id).select('id'));
  if (!removed || removed.length === 0) {
    // Row-level security hides what the caller may not delete: tell "not allowed" from "already gone".
    const still = unwrap(await supabase.from('evidence').select('id').eq('id', id));
    throw new AppError(still && still.length > 0 ? 'forbidden' : 'not_found');
  }
  // The row is gone, so the file is unreachable either way; a failure here only leaves an orphaned object.
  await supabase.storage
    .from(EVIDENCE_BUCKET)
    .remove([storagePath])
    .catch(() => undefined);
}

export function useRemoveEvidence() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; storagePath: string }) => removeEvidence(supabase, vars),
    onSettled: () => invalidateMeasureData(queryClient),
  });
}
