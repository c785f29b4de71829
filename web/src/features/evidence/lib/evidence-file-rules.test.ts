import {
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  checkEvidenceFile,
  evidenceObjectKey,
  evidencePreviewKind,
  resolveEvidenceMimeType,
} from '@/features/evidence/lib/evidence-file-rules';

const file = (name: string, type: string, size = 10) => ({ name, type, size });

describe('checkEvidenceFile', () => {
  it('accepts the bucket’s types and gives each an ASCII extension', () => {
    expect(checkEvidenceFile(file('รายงาน.pdf', 'application/pdf'))).toEqual({
      ok: true,
      mimeType: 'application/pdf',
      extension: 'pdf',
    });
    expect(checkEvidenceFile(file('ภาพ.JPEG', 'image/jpeg'))).toMatchObject({ ok: true, extension: 'jpg' });
    expect(
      checkEvidenceFile(file('สรุป.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    ).toMatchObject({ ok: true, extension: 'xlsx' });
  });

  it('trusts the extension when the browser reports no type (HEIC on Android, Office without Office)', () => {
    expect(resolveEvidenceMimeType(file('IMG_0001.HEIC', ''))).toBe('image/heic');
    expect(resolveEvidenceMimeType(file('แบบฟอร์ม.docx', 'application/octet-stream'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(resolveEvidenceMimeType(file('photo.jpg', 'image/jpg'))).toBe('image/jpeg');
  });

  it('refuses other types, even when named like an allowed one', () => {
    expect(checkEvidenceFile(file('รายชื่อ.csv', 'text/csv'))).toEqual({ ok: false, problem: 'type' });
    expect(checkEvidenceFile(file('หน้าเว็บ.pdf', 'text/html'))).toEqual({ ok: false, problem: 'type' });
    expect(checkEvidenceFile(file('ไม่มีนามสกุล', ''))).toEqual({ ok: false, problem: 'type' });
    expect(checkEvidenceFile(file('clip.mp4', 'video/mp4'))).toEqual({ ok: false, problem: 'type' });
  });

  it('refuses files over the bucket limit and empty files', () => {
    expect(checkEvidenceFile(file('ใหญ่.pdf', 'application/pdf', EVIDENCE_MAX_BYTES))).toMatchObject({ ok: true });
    expect(checkEvidenceFile(file('ใหญ่.pdf', 'application/pdf', EVIDENCE_MAX_BYTES + 1))).toEqual({
      ok: false,
      problem: 'size',
    });
    expect(checkEvidenceFile(file('ว่าง.pdf', 'application/pdf', 0))).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('evidenceObjectKey', () => {
  it('is <org>/<dept>/<measure>/<uuid>.<ext>, never the Thai name', () => {
    const key = evidenceObjectKey(
      { id: 'm-1', organization_id: 'o-1', department_id: 'd-1' },
      '0b6f1c1e-0000-4000-8000-000000000001',
      'PDF',
    );
    expect(key).toBe('o-1/d-1/m-1/0b6f1c1e-0000-4000-8000-000000000001.pdf');
    expect(evidenceObjectKey({ id: 'm', organization_id: 'o', department_id: 'd' }, 'u', 'ไทย')).toBe('o/d/m/u');
  });
});

describe('the file picker and preview', () => {
  it('lists every allowed type and extension for the picker', () => {
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['application/pdf', '.heic', '.pptx']));
  });

  it('previews PDFs and the images browsers show, not HEIC or Office files', () => {
    expect(evidencePreviewKind('application/pdf')).toBe('pdf');
    expect(evidencePreviewKind('image/webp')).toBe('image');
    expect(evidencePreviewKind('image/heic')).toBeNull();
    expect(evidencePreviewKind('application/msword')).toBeNull();
  });
});
