import { queryOptions, useQuery } from '@tanstack/react-query';
import { evidenceKeys } from '@/features/evidence/api/query-keys';
import type { Tables } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

export type EvidenceRow = Pick<
  Tables<'evidence'>,
  | 'id'
  | 'measure_id'
  | 'storage_path'
  | 'original_filename'
  | 'mime_type'
  | 'size_bytes'
  | 'sha256'
  | 'effective_date'
  | 'description'
  | 'provided_by_user_id'
  | 'replaces_evidence_id'
  | 'superseded_by'
  | 'version'
  | 'created_at'
> & { uploader: { full_name: string } | null };

const EVIDENCE_COLUMNS =
  'id, measure_id, storage_path, original_filename, mime_type, size_bytes, sha256, effective_date, description, provided_by_user_id, replaces_evidence_id, superseded_by, version, created_at, uploader:profiles!evidence_provided_by_user_id_fkey(full_name)';

/** Every evidence file of a measure (current and superseded versions), newest first. */
export async function getMeasureEvidence(
  supabase: AppSupabaseClient,
  { measureId }: { measureId: string },
  signal?: AbortSignal,
): Promise<EvidenceRow[]> {
  let query = supabase
    .from('evidence')
    .select(EVIDENCE_COLUMNS)
    .eq('measure_id', measureId)
    .order('created_at', { ascending: false })
    .order('id');
  if (signal) query = query.abortSignal(signal);
  const rows: EvidenceRow[] | null = unwrap(await query);
  return rows ?? [];
}

export const measureEvidenceQueryOptions = (supabase: AppSupabaseClient, measureId: string) =>
  queryOptions({
    queryKey: evidenceKeys.list(measureId),
    queryFn: ({ signal }) => getMeasureEvidence(supabase, { measureId }, signal),
  });

export function useMeasureEvidence(measureId: string) {
  const supabase = useSupabase();
  return useQuery(measureEvidenceQueryOptions(supabase, measureId));
}
