import { EvidenceFileError, fromStorageError } from '@/features/evidence/lib/evidence-errors';
import { EVIDENCE_BUCKET, checkEvidenceFile, evidenceObjectKey } from '@/features/evidence/lib/evidence-file-rules';
import { newUuid } from '@/features/evidence/lib/new-uuid';
import { sha256Hex } from '@/features/evidence/lib/sha256';
import type { UploadTransport } from '@/features/evidence/lib/upload-transport';
import type { IsoDate } from '@/lib/dates';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';

export interface UploadEvidenceInput {
  measure: { id: string; organization_id: string; department_id: string };
  /** A File (its name is kept as the evidence's original, often Thai, file name). */
  file: Blob & { name: string };
  /** When the evidenced activity happened (ISO CE). */
  effectiveDate: IsoDate | null;
  description: string | null;
  /** Files uploaded together share one submission id. */
  submissionId: string;
  /** Upload a new version of this evidence (the old one stays, marked superseded). */
  replacesEvidenceId?: string | null;
}

export type UploadStage = 'uploading' | 'saving';

export interface UploadEvidenceOptions {
  transport: UploadTransport;
  /** Cancels the upload while bytes are being sent; once the row is being saved it can no longer be cancelled. */
  signal?: AbortSignal;
  onProgress?: (loaded: number, total: number) => void;
  onStage?: (stage: UploadStage) => void;
}

export interface UploadedEvidence {
  id: string;
  storagePath: string;
  sha256: string;
}

/**
 * Uploads one evidence file:
 *   1. checks it against the bucket's rules (type, size) before anything is sent;
 *   2. asks Storage for a signed upload URL for `<org>/<dept>/<measure>/<uuid>.<ext>` (Storage checks the
 *      caller may upload there) and sends the bytes with `transport` while hashing them (SHA-256);
 *   3. inserts the `evidence` row (the database fills in organisation, department and uploader).
 * If anything fails after the URL was signed, the object is removed, so no file is left without a row.
 */
export async function uploadEvidence(
  supabase: AppSupabaseClient,
  input: UploadEvidenceInput,
  { transport, signal, onProgress, onStage }: UploadEvidenceOptions,
): Promise<UploadedEvidence> {
  const check = checkEvidenceFile(input.file);
  if (!check.ok) throw new EvidenceFileError(check.problem);
  signal?.throwIfAborted();

  const storage = supabase.storage.from(EVIDENCE_BUCKET);
  const storagePath = evidenceObjectKey(input.measure, newUuid(), check.extension);
  const signed = await storage.createSignedUploadUrl(storagePath);
  if (signed.error) throw fromStorageError(signed.error);

  try {
    onStage?.('uploading');
    const [sha256] = await Promise.all([
      sha256Hex(input.file, signal),
      transport({
        url: signed.data.signedUrl,
        body: input.file,
        contentType: check.mimeType,
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress } : {}),
      }),
    ]);
    signal?.throwIfAborted();
    onStage?.('saving');
    // Not abortable: a cancelled request may still commit, and the object must stay with its row.
    const row = unwrap(
      await supabase
        .from('evidence')
        .insert({
          measure_id: input.measure.id,
          storage_path: storagePath,
          original_filename: input.file.name.normalize('NFC'),
          mime_type: check.mimeType,
          size_bytes: input.file.size,
          sha256,
          effective_date: input.effectiveDate,
          description: input.description?.trim() || null,
          submission_id: input.submissionId,
          replaces_evidence_id: input.replacesEvidenceId ?? null,
        })
        .select('id')
        .single(),
    );
    if (!row) throw new Error('The evidence row was not returned');
    return { id: row.id, storagePath, sha256 };
  } catch (error) {
    // Best effort: the object may or may not have been stored (cancelled or lost answers).
    await storage.remove([storagePath]).catch(() => undefined);
    throw error;
  }
}
