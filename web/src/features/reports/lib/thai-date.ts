/**
 * Thai B.E. dates for reports, through Intl (th-TH prints Buddhist-era years), computed in Asia/Bangkok.
 * ISO calendar dates ("2022-09-30") are taken as that day in Bangkok; timestamps are converted.
 * (The app's general date helpers live in `@/lib/dates`; this stays small and local to the reports.)
 */

const TIME_ZONE = 'Asia/Bangkok';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const shortDate = new Intl.DateTimeFormat('th-TH', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('th-TH', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const isoParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function toInstant(value: string | Date): Date {
  if (value instanceof Date) return value;
  // Noon UTC is the same calendar day in Bangkok (UTC+7).
  return new Date(DATE_ONLY.test(value) ? `${value}T12:00:00Z` : value);
}

/** "30 ก.ย. 2565"; "" for null/invalid. */
export function formatThaiDate(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const d = toInstant(value);
  return Number.isNaN(d.getTime()) ? '' : shortDate.format(d);
}

/** "30 ก.ย. 2565 14:05 น." */
export function formatThaiDateTime(value: string | Date): string {
  const d = toInstant(value);
  return Number.isNaN(d.getTime()) ? '' : `${shortDate.format(d)} ${time.format(d)} น.`;
}

/** "1 ต.ค. 2564 – 30 ก.ย. 2565", "ถึง 30 ก.ย. 2565", "" when neither is known. */
export function formatThaiRange(start: string | null | undefined, end: string | null | undefined): string {
  const a = formatThaiDate(start);
  const b = formatThaiDate(end);
  if (a && b) return `${a} – ${b}`;
  if (b) return `ถึง ${b}`;
  return a ? `ตั้งแต่ ${a}` : '';
}

/** The Bangkok calendar day of a date or timestamp as ISO "YYYY-MM-DD". */
export function bangkokIsoDate(value: string | Date): string | null {
  const d = toInstant(value);
  return Number.isNaN(d.getTime()) ? null : isoParts.format(d);
}

/** B.E. numeric "30/09/2565" (the import template's date format); "" for null/invalid. */
export function formatBeNumeric(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const iso = bangkokIsoDate(value);
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${Number(y) + 543}`;
}
