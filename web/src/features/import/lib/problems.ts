/** What an importer could not read, in Thai and English, with where it was. */

export type ProblemSeverity = 'error' | 'warning';

export interface Problem {
  /**
   * Where: the 1-based line of a text or CSV file, the row of a spreadsheet, or the row of the table in a .docx
   * (the message says which). null when the problem concerns the whole file.
   */
  line: number | null;
  severity: ProblemSeverity;
  code: ProblemCode;
  message_th: string;
  message_en: string;
}

type Params = Record<string, string | number>;
type Messages = { severity: ProblemSeverity; th: (p: Params) => string; en: (p: Params) => string };

const MESSAGES = {
  unreadable_file: {
    severity: 'error',
    th: (p) => `อ่านไฟล์ไม่ได้: ${p.reason}`,
    en: (p) => `The file could not be read: ${p.reason}`,
  },
  unsupported_format: {
    severity: 'error',
    th: (p) => `ไม่รองรับไฟล์ประเภท "${p.ext}" (รองรับ .txt .md .docx .xlsx .csv)`,
    en: (p) => `Unsupported file type "${p.ext}" (supported: .txt .md .docx .xlsx .csv)`,
  },
  no_table: {
    severity: 'error',
    th: () => 'ไม่พบตารางตัวชี้วัด (ตัวชี้วัด | การวิเคราะห์ | ผลการวิเคราะห์ของหน่วยงาน | มาตรการ)',
    en: () => 'No indicator table found (indicator | analysis | agency analysis | measures)',
  },
  no_indicators: {
    severity: 'error',
    th: () => 'ไม่พบแถวตัวชี้วัด (เช่น "ตัวชี้วัดที่ 1 …")',
    en: () => 'No indicator rows found (e.g. "ตัวชี้วัดที่ 1 …")',
  },
  missing_header: {
    severity: 'warning',
    th: () => 'ไม่พบแถวหัวตาราง ถือว่าคอลัมน์เรียงเป็น ตัวชี้วัด | การวิเคราะห์ | ผลการวิเคราะห์ของหน่วยงาน | มาตรการ',
    en: () => 'No header row: columns assumed to be indicator | analysis | agency analysis | measures',
  },
  missing_column: {
    severity: 'warning',
    th: (p) => `ตารางไม่มีคอลัมน์ "${p.column}"`,
    en: (p) => `The table has no "${p.column}" column`,
  },
  unknown_column: {
    severity: 'warning',
    th: (p) => `ไม่รู้จักคอลัมน์ "${p.column}" ข้อมูลในคอลัมน์นี้จะไม่ถูกนำเข้า`,
    en: (p) => `Unknown column "${p.column}": its contents are not imported`,
  },
  missing_cells: {
    severity: 'warning',
    th: (p) => `แถวนี้มี ${p.found} คอลัมน์ จากที่ควรมี ${p.expected} คอลัมน์ ถือว่าคอลัมน์ท้ายว่าง`,
    en: (p) => `This row has ${p.found} of ${p.expected} columns; the last ones are taken as empty`,
  },
  extra_cells: {
    severity: 'warning',
    th: (p) => `แถวนี้มี ${p.found} คอลัมน์ เกิน ${p.expected} คอลัมน์ ข้อความส่วนเกินถูกรวมไว้ในคอลัมน์สุดท้าย`,
    en: (p) => `This row has ${p.found} columns instead of ${p.expected}; the extra text was added to the last column`,
  },
  orphan_row: {
    severity: 'error',
    th: () => 'พบข้อความก่อนตัวชี้วัดแรก ไม่ทราบว่าเป็นของตัวชี้วัดใด',
    en: () => 'Text before the first indicator: it belongs to no indicator',
  },
  unrecognised_first_cell: {
    severity: 'warning',
    th: (p) => `ไม่พบเลขตัวชี้วัดใน "${p.text}" ถือเป็นส่วนต่อของตัวชี้วัดที่ ${p.no}`,
    en: (p) => `No indicator number in "${p.text}": taken as a continuation of indicator ${p.no}`,
  },
  ignored_line: {
    severity: 'warning',
    th: (p) => `ข้ามข้อความที่อยู่นอกตาราง: "${p.text}"`,
    en: (p) => `Text outside the table was skipped: "${p.text}"`,
  },
  duplicate_indicator: {
    severity: 'error',
    th: (p) => `ตัวชี้วัดที่ ${p.no} ซ้ำกัน`,
    en: (p) => `Indicator ${p.no} appears more than once`,
  },
  missing_indicators: {
    severity: 'warning',
    th: (p) => `ไม่พบตัวชี้วัดที่ ${p.list} ของปีงบประมาณ ${p.year}`,
    en: (p) => `Indicators ${p.list} of fiscal year ${p.year} were not found`,
  },
  missing_score: {
    severity: 'warning',
    th: (p) => `ตัวชี้วัดที่ ${p.no} ไม่มีคะแนน`,
    en: (p) => `Indicator ${p.no} has no score`,
  },
  name_from_table: {
    severity: 'warning',
    th: (p) => `ตัวชี้วัดที่ ${p.no} ไม่มีชื่อ ใช้ชื่อตามตารางตัวชี้วัด "${p.name}"`,
    en: (p) => `Indicator ${p.no} has no name; the official name "${p.name}" was used`,
  },
  invalid_score: {
    severity: 'warning',
    th: (p) => `คะแนน "${p.value}" ไม่อยู่ในช่วง 0–100 จึงไม่ถูกนำเข้า`,
    en: (p) => `Score "${p.value}" is not between 0 and 100 and was not imported`,
  },
  missing_name: {
    severity: 'error',
    th: (p) => `ตัวชี้วัดที่ ${p.no} ไม่มีชื่อ`,
    en: (p) => `Indicator ${p.no} has no name`,
  },
  unknown_group: {
    severity: 'warning',
    th: (p) => `ไม่ทราบกลุ่ม (IIT/EIT/OIT) ของตัวชี้วัดที่ ${p.no} ในปีงบประมาณ ${p.year}`,
    en: (p) => `The group (IIT/EIT/OIT) of indicator ${p.no} in fiscal year ${p.year} is unknown`,
  },
  no_group_table: {
    severity: 'warning',
    th: (p) => `ไม่มีตารางกลุ่มตัวชี้วัด (IIT/EIT/OIT) ของปีงบประมาณ ${p.year} จึงไม่ได้กำหนดกลุ่ม`,
    en: (p) => `No indicator group table (IIT/EIT/OIT) for fiscal year ${p.year}: groups were left empty`,
  },
  group_mismatch: {
    severity: 'warning',
    th: (p) => `ตัวชี้วัดที่ ${p.no} ระบุกลุ่ม ${p.given} แต่ตารางปี ${p.year} กำหนดเป็น ${p.expected} ใช้ตามที่ระบุ`,
    en: (p) => `Indicator ${p.no} says group ${p.given}, the ${p.year} table says ${p.expected}; the given one is kept`,
  },
  no_measures: {
    severity: 'warning',
    th: (p) => `ตัวชี้วัดที่ ${p.no} ไม่มีมาตรการ`,
    en: (p) => `Indicator ${p.no} has no measures`,
  },
  missing_fiscal_year: {
    severity: 'error',
    th: () => 'ไม่พบปีงบประมาณ (เช่น "ประจำปีงบประมาณ พ.ศ. 2565")',
    en: () => 'No fiscal year found (e.g. "ประจำปีงบประมาณ พ.ศ. 2565")',
  },
  missing_title: {
    severity: 'warning',
    th: () => 'ไม่พบชื่อเอกสาร',
    en: () => 'No document title found',
  },
  missing_agency: {
    severity: 'warning',
    th: () => 'ไม่พบชื่อหน่วยงาน',
    en: () => 'No agency name found',
  },
  missing_ita_score: {
    severity: 'warning',
    th: () => 'ไม่พบคะแนน ITA ของหน่วยงาน (เช่น "ได้คะแนนเท่ากับ 75.28 คะแนน")',
    en: () => 'No overall ITA score found (e.g. "ได้คะแนนเท่ากับ 75.28 คะแนน")',
  },
  missing_ita_grade: {
    severity: 'warning',
    th: () => 'ไม่พบระดับผลการประเมิน (เช่น "จัดอยู่ในระดับ B")',
    en: () => 'No ITA grade found (e.g. "จัดอยู่ในระดับ B")',
  },
  invalid_value: {
    severity: 'error',
    th: (p) => `ค่า "${p.value}" ในช่อง ${p.field} ไม่ถูกต้อง`,
    en: (p) => `Invalid value "${p.value}" in ${p.field}`,
  },
  invalid_due_date: {
    severity: 'warning',
    th: (p) => `วันที่ "${p.value}" ไม่ใช่รูปแบบ วว/ดด/ปปปป (พ.ศ.) จึงไม่ถูกนำเข้า`,
    en: (p) => `Date "${p.value}" is not dd/mm/yyyy (B.E.) and was not imported`,
  },
  ce_year_assumed: {
    severity: 'warning',
    th: (p) => `วันที่ "${p.value}" ใช้ปี ค.ศ. แปลงเป็น พ.ศ. ${p.year}`,
    en: (p) => `Date "${p.value}" has a C.E. year; converted to B.E. ${p.year}`,
  },
  conflicting_value: {
    severity: 'warning',
    th: (p) => `ตัวชี้วัดที่ ${p.no}: ค่า ${p.field} "${p.value}" ต่างจากแถวแรกของตัวชี้วัดนี้ ใช้ค่าจากแถวแรก`,
    en: (p) => `Indicator ${p.no}: ${p.field} "${p.value}" differs from its first row; the first is kept`,
  },
  detail_without_measure: {
    severity: 'warning',
    th: () => 'แถวนี้มีหน่วยงานหรือวันที่ แต่ไม่มีมาตรการ จึงถูกข้าม',
    en: () => 'This row has a department or date but no measure; it was skipped',
  },
  unknown_department: {
    severity: 'error',
    th: (p) => `ไม่พบหน่วยงาน "${p.name}" ในระบบ (มี: ${p.list})`,
    en: (p) => `No department "${p.name}" in this organisation (there are: ${p.list})`,
  },
  missing_department: {
    severity: 'error',
    th: (p) => `มาตรการ ${p.count} รายการไม่ระบุหน่วยงานรับผิดชอบ โปรดเลือกหน่วยงานเริ่มต้น (มี: ${p.list})`,
    en: (p) => `${p.count} measures have no owner department; choose a default one (there are: ${p.list})`,
  },
  missing_group: {
    severity: 'error',
    th: (p) => `ตัวชี้วัดที่ ${p.no} ไม่มีกลุ่ม (IIT/EIT/OIT)`,
    en: (p) => `Indicator ${p.no} has no group (IIT/EIT/OIT)`,
  },
  default_due_date: {
    severity: 'warning',
    th: (p) => `มาตรการที่ไม่มีกำหนดแล้วเสร็จ ใช้วันที่ ${p.date}`,
    en: (p) => `Measures without a due date get ${p.date}`,
  },
  invalid_plan: {
    severity: 'error',
    th: (p) => `ข้อมูลที่อ่านได้ไม่ครบถ้วน: ${p.detail}`,
    en: (p) => `The data read is incomplete: ${p.detail}`,
  },
} satisfies Record<string, Messages>;

export type ProblemCode = keyof typeof MESSAGES;

export function makeProblem(code: ProblemCode, line: number | null, params: Params = {}): Problem {
  const m: Messages = MESSAGES[code];
  return { line, severity: m.severity, code, message_th: m.th(params), message_en: m.en(params) };
}

/** Collects problems in the order found; `add` returns nothing so calls read as statements. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(code: ProblemCode, line: number | null, params?: Params): void {
    this.items.push(makeProblem(code, line, params));
  }
  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Shortens quoted source text in messages. */
export function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
