import { normalizeSpaces, toArabicDigits } from './thai-text';

/**
 * Dates in the import template: B.E. "dd/mm/yyyy" text (also "-" or "." separators, Thai digits, and
 * Thai month names such as "30 ก.ย. 2565"), stored as ISO C.E. "YYYY-MM-DD". Pure arithmetic: no time zone.
 */

export const BE_OFFSET = 543;

const MONTHS = [
  ['ม.ค.', 'มกราคม'],
  ['ก.พ.', 'กุมภาพันธ์'],
  ['มี.ค.', 'มีนาคม'],
  ['เม.ย.', 'เมษายน'],
  ['พ.ค.', 'พฤษภาคม'],
  ['มิ.ย.', 'มิถุนายน'],
  ['ก.ค.', 'กรกฎาคม'],
  ['ส.ค.', 'สิงหาคม'],
  ['ก.ย.', 'กันยายน'],
  ['ต.ค.', 'ตุลาคม'],
  ['พ.ย.', 'พฤศจิกายน'],
  ['ธ.ค.', 'ธันวาคม'],
];

export type BeDateResult = { ok: true; iso: string; ceYearAssumed: boolean; yearBe: number } | { ok: false };

function isoFromParts(yearCe: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(yearCe, month - 1, day));
  if (d.getUTCFullYear() !== yearCe || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(yearCe).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromParts(day: number, month: number, year: number): BeDateResult {
  // Four-digit years from 2400 are B.E.; 1900–2199 are taken as C.E. typed by mistake (reported by the caller).
  const ceYearAssumed = year >= 1900 && year < 2200;
  if (!ceYearAssumed && (year < 2400 || year > 2800)) return { ok: false };
  const yearCe = ceYearAssumed ? year : year - BE_OFFSET;
  const iso = isoFromParts(yearCe, month, day);
  return iso ? { ok: true, iso, ceYearAssumed, yearBe: yearCe + BE_OFFSET } : { ok: false };
}

export function parseBeDate(text: string): BeDateResult {
  const t = toArabicDigits(normalizeSpaces(text));
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (numeric) return fromParts(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const named = /^(\d{1,2})\s*(\S+?)\s*(?:พ\.\s?ศ\.\s*)?(\d{4})$/.exec(t);
  if (named) {
    const month = MONTHS.findIndex((names) => names.includes(named[2]!)) + 1;
    if (month > 0) return fromParts(Number(named[1]), month, Number(named[3]));
  }
  return { ok: false };
}

/** A spreadsheet date cell: Excel keeps C.E.; a B.E. year typed into a date cell shows up as year ≥ 2400. */
export function isoFromSpreadsheetDate(date: Date): string | null {
  const y = date.getUTCFullYear();
  return isoFromParts(y >= 2400 ? y - BE_OFFSET : y, date.getUTCMonth() + 1, date.getUTCDate());
}

/** ISO "2022-09-30" → B.E. "30/09/2565". */
export function formatBeDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${Number(y) + BE_OFFSET}`;
}
