import { getMeasureEvidence } from '@/features/evidence/api/get-measure-evidence';
import { getEvidenceUrl } from '@/features/evidence/api/get-evidence-url';
import { removeEvidence } from '@/features/evidence/api/remove-evidence';
import { uploadEvidence } from '@/features/evidence/api/upload-evidence';
import { EvidenceFileError, uploadErrorMessage } from '@/features/evidence/lib/evidence-errors';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MIME_TYPES } from '@/features/evidence/lib/evidence-file-rules';
import { createFetchTransport, UploadHttpError, type UploadTransport } from '@/features/evidence/lib/upload-transport';
import {
  HEAD_FIN,
  MEASURE_APPROVED,
  MEASURE_IN_PROGRESS,
  MEASURE_WITH_EVIDENCE,
  STAFF_GOV,
  fileOf,
  jpegBytes,
  pdfBytes,
  sha256Of,
} from '@/features/evidence/testing/evidence-fixtures';
import { createI18n } from '@/i18n/i18n';
import { domainHintOf } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { startWebTestStack, type WebTestStack } from '@/testing/test-stack';

// The uploader against the real local stack: signed upload URL, bytes PUT by a fetch transport that streams
// in chunks (so progress is real), the evidence row, and the clean-up when something fails.

let stack: WebTestStack;
let staff: AppSupabaseClient;
const transport = createFetchTransport({ chunkBytes: 16 * 1024 });
const { t } = createI18n('th');

beforeAll(async () => {
  stack = await startWebTestStack();
  staff = await stack.signIn(STAFF_GOV);
});
afterAll(() => stack?.close());

const batch = (file: File, extra: { replacesEvidenceId?: string } = {}) => ({
  measure: MEASURE_IN_PROGRESS,
  file,
  effectiveDate: '2022-01-15',
  description: 'ภาพถ่ายการติดประกาศ ณ จุดให้บริการ',
  submissionId: crypto.randomUUID(),
  ...extra,
});

/** Object names under the measure's folder, read with the service role. */
async function objectsOfMeasure(measure: { id: string; organization_id: string; department_id: string }) {
  const folder = `${measure.organization_id}/${measure.department_id}/${measure.id}`;
  const { data, error } = await stack.service().storage.from('evidence').list(folder, { limit: 1000 });
  if (error) throw error;
  return data.map((o) => `${folder}/${o.name}`);
}

describe('uploadEvidence against the local stack', () => {
  it('stores the bytes under an ASCII key, reports real progress and saves the row with the browser-computed SHA-256', async () => {
    const bytes = jpegBytes(100 * 1024);
    const progress: Array<[number, number]> = [];
    const stages: string[] = [];
    const uploaded = await uploadEvidence(staff, batch(fileOf(bytes, 'ภาพถ่ายการประชุม ครั้งที่ 1.jpg', 'image/jpeg')), {
      transport,
      onProgress: (loaded, total) => progress.push([loaded, total]),
      onStage: (stage) => stages.push(stage),
    });

    expect(uploaded.storagePath).toMatch(
      new RegExp(
        `^${MEASURE_IN_PROGRESS.organization_id}/${MEASURE_IN_PROGRESS.department_id}/${MEASURE_IN_PROGRESS.id}/[0-9a-f-]{36}\\.jpg$`,
      ),
    );
    expect(uploaded.sha256).toBe(sha256Of(bytes));
    expect(stages).toEqual(['uploading', 'saving']);
    // Several intermediate steps, never going back, ending at the full size.
    expect(progress.length).toBeGreaterThan(4);
    expect(progress.every(([, total]) => total === bytes.length)).toBe(true);
    expect(progress.map(([loaded]) => loaded)).toEqual([...progress.map(([loaded]) => loaded)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([bytes.length, bytes.length]);

    const rows = await getMeasureEvidence(staff, { measureId: MEASURE_IN_PROGRESS.id });
    const row = rows.find((r) => r.id === uploaded.id);
    expect(row).toMatchObject({
      original_filename: 'ภาพถ่ายการประชุม ครั้งที่ 1.jpg',
      mime_type: 'image/jpeg',
      size_bytes: bytes.length,
      sha256: sha256Of(bytes),
      effective_date: '2022-01-15',
      description: 'ภาพถ่ายการติดประกาศ ณ จุดให้บริการ',
      provided_by_user_id: '30000000-0000-4000-8000-000000000107',
      uploader: { full_name: 'นางสาวสุดารัตน์ พรหมมา' },
      version: 1,
      superseded_by: null,
    });

    // The download link serves the same bytes under the Thai name.
    const url = await getEvidenceUrl(staff, {
      storagePath: uploaded.storagePath,
      expiresIn: 60,
      downloadName: row!.original_filename,
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('ภาพถ่ายการประชุม ครั้งที่ 1.jpg')}`,
    );
    expect(sha256Of(new Uint8Array(await response.arrayBuffer()))).toBe(sha256Of(bytes));
  });

  it('refuses a type the bucket does not accept before sending anything, with a Thai message', async () => {
    const send = vi.fn<UploadTransport>();
    const before = await objectsOfMeasure(MEASURE_IN_PROGRESS);
    const error = await uploadEvidence(
      staff,
      batch(fileOf(new TextEncoder().encode('hello'), 'บันทึก.txt', 'text/plain')),
      {
        transport: send,
      },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(EvidenceFileError);
    expect(uploadErrorMessage(error, t)).toBe(
      'ไม่รองรับไฟล์ประเภทนี้ กรุณาแนบไฟล์ PDF รูปภาพ (JPG, PNG, WEBP, HEIC) หรือไฟล์ Word, Excel, PowerPoint',
    );
    expect(send).not.toHaveBeenCalled();
    expect(await objectsOfMeasure(MEASURE_IN_PROGRESS)).toEqual(before);
  });

  it('reports the server’s own refusal of a type (415) and of a size (413) in Thai', async () => {
    // A transport that lies about the type, as a tampered client would: the server checks again.
    const lying: UploadTransport = (request) => transport({ ...request, contentType: 'text/html' });
    const typeError = await uploadEvidence(staff, batch(fileOf(pdfBytes('x'), 'ประกาศ.pdf', 'application/pdf')), {
      transport: lying,
    }).catch((e: unknown) => e);
    expect(typeError).toBeInstanceOf(UploadHttpError);
    expect(typeError).toMatchObject({ statusCode: '415' });
    expect(uploadErrorMessage(typeError, t)).toMatch(/^ไม่รองรับไฟล์ประเภทนี้/);

    const big: UploadTransport = (request) =>
      transport({ ...request, body: new Blob([new Uint8Array(EVIDENCE_MAX_BYTES + 1)]) });
    const sizeError = await uploadEvidence(staff, batch(fileOf(pdfBytes('y'), 'ใหญ่.pdf', 'application/pdf')), {
      transport: big,
    }).catch((e: unknown) => e);
    expect(sizeError).toMatchObject({ statusCode: '413' });
    expect(uploadErrorMessage(sizeError, t)).toBe('ไฟล์มีขนาดใหญ่เกินกำหนด (ไม่เกิน 50 MB ต่อไฟล์)');
  });

  it('removes the stored object when the evidence row cannot be saved', async () => {
    const before = await objectsOfMeasure(MEASURE_IN_PROGRESS);
    // A "new version" of another measure's evidence: the database refuses the row after the bytes are stored.
    const error = await uploadEvidence(
      staff,
      batch(fileOf(pdfBytes('orphan'), 'ฉบับแก้ไข.pdf', 'application/pdf'), {
        replacesEvidenceId: '80000000-0000-4000-8000-000000000111',
      }),
      { transport },
    ).catch((e: unknown) => e);

    expect(error).toMatchObject({ hint: 'invalid_replacement' });
    expect(await objectsOfMeasure(MEASURE_IN_PROGRESS)).toEqual(before);
  });

  it('removes the object and saves no row when the upload is cancelled', async () => {
    const before = await objectsOfMeasure(MEASURE_IN_PROGRESS);
    const rowsBefore = await getMeasureEvidence(staff, { measureId: MEASURE_IN_PROGRESS.id });
    const controller = new AbortController();
    const error = await uploadEvidence(staff, batch(fileOf(jpegBytes(256 * 1024), 'ยกเลิก.jpg', 'image/jpeg')), {
      transport,
      signal: controller.signal,
      onProgress: (loaded) => {
        if (loaded > 64 * 1024) controller.abort();
      },
    }).catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'AbortError' });
    expect(await objectsOfMeasure(MEASURE_IN_PROGRESS)).toEqual(before);
    expect(await getMeasureEvidence(staff, { measureId: MEASURE_IN_PROGRESS.id })).toHaveLength(rowsBefore.length);
  });

  it('uploads a new version that keeps the old one, marked superseded', async () => {
    const first = await uploadEvidence(staff, batch(fileOf(pdfBytes('v1'), 'คำสั่งแต่งตั้ง.pdf', 'application/pdf')), {
      transport,
    });
    const second = await uploadEvidence(
      staff,
      batch(fileOf(pdfBytes('v2'), 'คำสั่งแต่งตั้ง (ฉบับแก้ไข).pdf', 'application/pdf'), { replacesEvidenceId: first.id }),
      { transport },
    );
    const rows = await getMeasureEvidence(staff, { measureId: MEASURE_IN_PROGRESS.id });
    expect(rows.find((r) => r.id === first.id)).toMatchObject({ superseded_by: second.id, version: 1 });
    expect(rows.find((r) => r.id === second.id)).toMatchObject({
      replaces_evidence_id: first.id,
      superseded_by: null,
      version: 2,
    });

    // The same file cannot be replaced twice.
    const again = await uploadEvidence(
      staff,
      batch(fileOf(pdfBytes('v2b'), 'คำสั่งแต่งตั้ง.pdf', 'application/pdf'), { replacesEvidenceId: first.id }),
      { transport },
    ).catch((e: unknown) => e);
    expect(domainHintOf(again)).toBe('already_superseded');
  });

  it('refuses uploads to an approved measure when signing the URL', async () => {
    const head = await stack.signIn(HEAD_FIN);
    const error = await uploadEvidence(
      head,
      { ...batch(fileOf(pdfBytes('late'), 'ส่งช้า.pdf', 'application/pdf')), measure: MEASURE_APPROVED },
      { transport },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(uploadErrorMessage(error, t)).toMatch(/^คุณไม่สามารถอัปโหลดหลักฐานให้มาตรการนี้ได้/);
  });
});

describe('removeEvidence against the local stack', () => {
  it('removes the row and its object', async () => {
    const uploaded = await uploadEvidence(
      staff,
      { ...batch(fileOf(pdfBytes('remove me'), 'ลบได้.pdf', 'application/pdf')), measure: MEASURE_WITH_EVIDENCE },
      { transport },
    );
    expect(await objectsOfMeasure(MEASURE_WITH_EVIDENCE)).toContain(uploaded.storagePath);

    await removeEvidence(staff, { id: uploaded.id, storagePath: uploaded.storagePath });

    const rows = await getMeasureEvidence(staff, { measureId: MEASURE_WITH_EVIDENCE.id });
    expect(rows.map((r) => r.id)).not.toContain(uploaded.id);
    expect(await objectsOfMeasure(MEASURE_WITH_EVIDENCE)).not.toContain(uploaded.storagePath);
  });

  it('gets the database’s refusal on an approved measure', async () => {
    const head = await stack.signIn(HEAD_FIN);
    const error = await removeEvidence(head, {
      id: '80000000-0000-4000-8000-000000000104',
      storagePath: `${MEASURE_APPROVED.organization_id}/${MEASURE_APPROVED.department_id}/${MEASURE_APPROVED.id}/80000000-0000-4000-8000-000000000104.pdf`,
    }).catch((e: unknown) => e);
    expect(domainHintOf(error)).toBe('measure_locked');
  });
});

describe('the bucket rules the browser checks against', () => {
  it('are the evidence bucket’s own', async () => {
    const { data, error } = await stack.service().storage.getBucket('evidence');
    expect(error).toBeNull();
    expect(data!.file_size_limit).toBe(EVIDENCE_MAX_BYTES);
    expect([...(data!.allowed_mime_types ?? [])].sort()).toEqual(Object.keys(EVIDENCE_MIME_TYPES).sort());
  });
});
