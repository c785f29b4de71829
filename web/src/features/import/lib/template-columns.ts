/**
 * The import template's columns and metadata fields (see TEMPLATE.md). Headers are written as
 * "Thai label (key)"; the reader accepts the key, the Thai label, or both.
 * The reports feature writes the same headers in its measures XLSX so that the export imports back.
 */

export interface TemplateField {
  key: string;
  label: string;
  /** Column width in characters, for the generated workbook. */
  width: number;
  note: string;
}

export const TEMPLATE_COLUMNS = [
  { key: 'indicator_no', label: 'ตัวชี้วัดที่', width: 10, note: 'เลขตัวชี้วัด (1–10) เว้นว่างได้ในแถวถัดไปของตัวชี้วัดเดียวกัน' },
  { key: 'indicator_name', label: 'ชื่อตัวชี้วัด', width: 28, note: 'เช่น การปฏิบัติหน้าที่' },
  { key: 'group', label: 'กลุ่ม', width: 8, note: 'IIT / EIT / OIT (เว้นว่างได้ ระบบกำหนดตามปี)' },
  { key: 'score', label: 'คะแนน', width: 9, note: 'คะแนนเฉลี่ยของตัวชี้วัด 0–100 (เว้นว่างได้)' },
  { key: 'analysis', label: 'การวิเคราะห์', width: 50, note: 'การวิเคราะห์ผลคะแนน' },
  { key: 'agency_analysis', label: 'ผลการวิเคราะห์ของหน่วยงาน', width: 50, note: 'ประเด็นที่หน่วยงานต้องปรับปรุง' },
  { key: 'measure', label: 'มาตรการ', width: 50, note: 'หนึ่งมาตรการต่อหนึ่งแถว' },
  { key: 'department', label: 'หน่วยงานรับผิดชอบ', width: 22, note: 'ชื่อฝ่ายที่รับผิดชอบ ตรงกับชื่อฝ่ายในระบบ' },
  { key: 'due_date', label: 'กำหนดแล้วเสร็จ', width: 16, note: 'วว/ดด/ปปปป (พ.ศ.) เช่น 30/09/2565' },
] as const satisfies readonly TemplateField[];

export type TemplateColumnKey = (typeof TEMPLATE_COLUMNS)[number]['key'];

/** Columns of the reports' measures export: read by nobody on import, but recognised and skipped silently. */
export const REPORT_ONLY_COLUMN_KEYS = ['start_date', 'status', 'completed_at', 'progress', 'evidence'] as const;

export const METADATA_FIELDS = [
  { key: 'agency', label: 'หน่วยงาน', width: 0, note: 'ชื่อหน่วยงาน เช่น สำนักงานเขตดินแดง' },
  { key: 'fiscal_year_be', label: 'ปีงบประมาณ พ.ศ.', width: 0, note: 'เช่น 2565 (จำเป็น)' },
  { key: 'title', label: 'ชื่อเอกสาร', width: 0, note: 'เว้นว่างได้' },
  { key: 'ita_score', label: 'คะแนน ITA', width: 0, note: 'คะแนนรวมของหน่วยงาน 0–100 เช่น 75.28' },
  { key: 'ita_grade', label: 'ระดับผลการประเมิน', width: 0, note: 'เช่น B หรือ ผ่านดีเยี่ยม' },
] as const satisfies readonly TemplateField[];

export type MetadataKey = (typeof METADATA_FIELDS)[number]['key'];

export const DATA_SHEET_NAME = 'มาตรการ';
export const METADATA_SHEET_NAME = 'ข้อมูลทั่วไป';

export function headerLabel(field: TemplateField): string {
  return `${field.label} (${field.key})`;
}

function keyOf(fields: readonly TemplateField[], extraKeys: readonly string[], text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const inParens = /\(([a-z_]+)\)\s*$/i.exec(t)?.[1]?.toLowerCase();
  const keys = [...fields.map((f) => f.key), ...extraKeys];
  if (inParens && keys.includes(inParens)) return inParens;
  if (keys.includes(t.toLowerCase())) return t.toLowerCase();
  return fields.find((f) => f.label === t)?.key ?? null;
}

export function columnKeyOf(header: string): string | null {
  return keyOf(TEMPLATE_COLUMNS, REPORT_ONLY_COLUMN_KEYS, header);
}

export function metadataKeyOf(cell: string): MetadataKey | null {
  return keyOf(METADATA_FIELDS, [], cell.replace(/^#\s*/, '')) as MetadataKey | null;
}

export const DEFAULT_TITLE_PREFIX = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.';
