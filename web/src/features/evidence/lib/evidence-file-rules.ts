/**
 * What the `evidence` storage bucket accepts, mirrored from its migration
 * (supabase/migrations/20261125000500_evidence_and_storage.sql: `file_size_limit`, `allowed_mime_types`).
 * The browser checks files against these rules before uploading; the server checks again.
 * `evidence-file-rules.integration.test.ts` compares them with the bucket on the local stack.
 */

export const EVIDENCE_BUCKET = 'evidence';

/** storage.buckets.file_size_limit of the evidence bucket: 50 MiB. */
export const EVIDENCE_MAX_BYTES = 52_428_800;

/** storage.buckets.allowed_mime_types of the evidence bucket, each with the extension its object keys get. */
export const EVIDENCE_MIME_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
} as const;

export type EvidenceMimeType = keyof typeof EVIDENCE_MIME_TYPES;

/**
 * File name extensions of the allowed types. Browsers often report no type (HEIC on Windows and
 * Android, Office files without Office installed), so the extension decides then.
 */
const MIME_BY_EXTENSION: Record<string, EvidenceMimeType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Non-standard types some systems report, and the allowed type they mean. */
const MIME_ALIASES: Record<string, EvidenceMimeType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/heic-sequence': 'image/heic',
  'image/heif-sequence': 'image/heif',
};

/** The `accept` attribute of the file picker: the allowed types and their extensions. */
export const EVIDENCE_ACCEPT = [
  ...Object.keys(EVIDENCE_MIME_TYPES),
  ...Object.keys(MIME_BY_EXTENSION).map((ext) => `.${ext}`),
].join(',');

export function isEvidenceMimeType(value: string): value is EvidenceMimeType {
  return Object.hasOwn(EVIDENCE_MIME_TYPES, value);
}

/** The extension of a file name, lower-case, or '' (`"รายงาน.PDF"` → `"pdf"`). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The allowed MIME type of a file: its reported type when allowed (or a known alias of one),
 * else the type its extension names when the browser reported nothing useful, else null.
 */
export function resolveEvidenceMimeType(file: { name: string; type: string }): EvidenceMimeType | null {
  const reported = file.type.toLowerCase().split(';')[0]!.trim();
  if (isEvidenceMimeType(reported)) return reported;
  const alias = MIME_ALIASES[reported];
  if (alias) return alias;
  const byExtension = MIME_BY_EXTENSION[fileExtension(file.name)];
  // A specific other type (e.g. text/plain named .pdf) is refused; a missing or generic one is not.
  if (byExtension && (reported === '' || reported === 'application/octet-stream')) return byExtension;
  return null;
}

export type EvidenceFileProblem = 'type' | 'size' | 'empty';

export type EvidenceFileCheck =
  { ok: true; mimeType: EvidenceMimeType; extension: string } | { ok: false; problem: EvidenceFileProblem };

/** Checks a file against the bucket's rules before anything is sent. */
export function checkEvidenceFile(file: { name: string; type: string; size: number }): EvidenceFileCheck {
  const mimeType = resolveEvidenceMimeType(file);
  if (!mimeType) return { ok: false, problem: 'type' };
  if (file.size > EVIDENCE_MAX_BYTES) return { ok: false, problem: 'size' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  return { ok: true, mimeType, extension: EVIDENCE_MIME_TYPES[mimeType] };
}

/** Types the browser can show in the preview (HEIC only Safari can, so it is downloaded instead). */
export function evidencePreviewKind(mimeType: string): 'image' | 'pdf' | null {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType === 'image/jpeg' || mimeType === 'image/png' || mimeType === 'image/webp') return 'image';
  return null;
}

/**
 * The object key of a new evidence file: `<organization_id>/<department_id>/<measure_id>/<uuid>.<ext>`
 * (ASCII only: Supabase Storage refuses non-ASCII keys; the Thai name is kept in the evidence row).
 */
export function evidenceObjectKey(
  measure: { id: string; organization_id: string; department_id: string },
  objectId: string,
  extension: string,
): string {
  const ext = /^[a-z0-9]{1,10}$/i.test(extension) ? `.${extension.toLowerCase()}` : '';
  return `${measure.organization_id}/${measure.department_id}/${measure.id}/${objectId}${ext}`;
}
