import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { evidenceKeys } from '@/features/evidence/api/query-keys';
import { fromStorageError } from '@/features/evidence/lib/evidence-errors';
import { EVIDENCE_BUCKET } from '@/features/evidence/lib/evidence-file-rules';
import { startDownload } from '@/features/evidence/lib/start-download';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** Seconds a download link lives: it is opened right away. */
export const DOWNLOAD_URL_SECONDS = 60;
/** Seconds a preview link lives (a PDF viewer may fetch ranges for a while). */
export const PREVIEW_URL_SECONDS = 10 * 60;

/**
 * A short-lived signed URL of an evidence object. With `downloadName` the file downloads under that
 * (Thai) name: `&download=<name>` is appended here, because supabase-js 2.109's `download` option
 * encodes the name twice (see supabase/local/storage/objects.test.ts).
 */
export async function getEvidenceUrl(
  supabase: AppSupabaseClient,
  { storagePath, expiresIn, downloadName }: { storagePath: string; expiresIn: number; downloadName?: string },
): Promise<string> {
  const { data, error } = await supabase.storage.from(EVIDENCE_BUCKET).createSignedUrl(storagePath, expiresIn);
  if (error) throw fromStorageError(error);
  if (downloadName === undefined) return data.signedUrl;
  const separator = data.signedUrl.includes('?') ? '&' : '?';
  return `${data.signedUrl}${separator}download=${encodeURIComponent(downloadName)}`;
}

export const evidencePreviewUrlQueryOptions = (supabase: AppSupabaseClient, storagePath: string) =>
  queryOptions({
    queryKey: evidenceKeys.previewUrl(storagePath),
    queryFn: () => getEvidenceUrl(supabase, { storagePath, expiresIn: PREVIEW_URL_SECONDS }),
    // Renew well before the link expires.
    staleTime: (PREVIEW_URL_SECONDS / 2) * 1000,
    gcTime: (PREVIEW_URL_SECONDS / 2) * 1000,
    refetchOnWindowFocus: false,
  });

export function useEvidencePreviewUrl(storagePath: string) {
  return useQuery(evidencePreviewUrlQueryOptions(useSupabase(), storagePath));
}

/** Downloads an evidence file under its original (Thai) name; failures get the default error toast. */
export function useDownloadEvidence() {
  const supabase = useSupabase();
  return useMutation({
    mutationFn: ({ storagePath, name }: { storagePath: string; name: string }) =>
      getEvidenceUrl(supabase, { storagePath, expiresIn: DOWNLOAD_URL_SECONDS, downloadName: name }),
    onSuccess: (url) => startDownload(url),
  });
}
