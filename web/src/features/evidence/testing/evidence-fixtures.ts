import { createHash } from 'node:crypto';

/** Seeded ids (supabase/seed.sql) the evidence tests use. */
export const DIN_DAENG = '10000000-0000-4000-8000-000000000001';
export const GOV = '20000000-0000-4000-8000-000000000101';
export const FIN = '20000000-0000-4000-8000-000000000103';
/** In progress, department GOV, assigned to staff.governance@dindaeng.example; no evidence yet. */
export const MEASURE_IN_PROGRESS = {
  id: '70000000-0000-4000-8000-000000000103',
  organization_id: DIN_DAENG,
  department_id: GOV,
};
/** In progress, GOV, assigned to staff.governance; no evidence yet. */
export const MEASURE_IN_PROGRESS_2 = {
  id: '70000000-0000-4000-8000-000000000113',
  organization_id: DIN_DAENG,
  department_id: GOV,
};
/** In progress, GOV, assigned to staff.governance; one seeded PNG. */
export const MEASURE_WITH_EVIDENCE = {
  id: '70000000-0000-4000-8000-000000000108',
  organization_id: DIN_DAENG,
  department_id: GOV,
};
/** Approved, FIN (head: head.finance@dindaeng.example); three seeded files, one with two versions. */
export const MEASURE_APPROVED = {
  id: '70000000-0000-4000-8000-000000000104',
  organization_id: DIN_DAENG,
  department_id: FIN,
};

export const STAFF_GOV = 'staff.governance@dindaeng.example';
export const HEAD_GOV = 'head.governance@dindaeng.example';
export const HEAD_FIN = 'head.finance@dindaeng.example';

/** A small valid PDF whose text is `label`. */
export function pdfBytes(label: string): Uint8Array<ArrayBuffer> {
  const text = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

/** A JPEG-looking byte string (SOI, JFIF APP0, EOI) of about `size` bytes. */
export function jpegBytes(size = 2048, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fileOf(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): File {
  return new File([bytes], name, { type });
}
