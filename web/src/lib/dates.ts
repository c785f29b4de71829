import { isExists } from 'date-fns';

/**
 * Dates in the app.
 *
 * - Storage and the API use ISO CE calendar dates (`yyyy-mm-dd`, Postgres `date`) and timestamps (`timestamptz`).
 * - People read and type Buddhist Era (B.E. = CE + 543) dates: "30 ก.ย. 2565", "30/09/2565".
 * - Everything calendar-related (today, fiscal year, quarter) is computed in Asia/Bangkok, whatever the
 *   machine's time zone (CI runs in UTC).
 * - Display goes through `Intl` (th-TH prints B.E. years). Never format with date-fns `yyyy` (it prints CE);
 *   date-fns is for arithmetic only.
 *
 * Thai government fiscal year: 1 October – 30 September, named by the B.E. year it ends in
 * (1 Oct 2564 – 30 Sep 2565 is FY 2565). Q1 = Oct–Dec, Q2 = Jan–Mar, Q3 = Apr–Jun, Q4 = Jul–Sep;
 * the 6-month report covers 1 Oct – 31 Mar.
 */

/** A calendar date as ISO `yyyy-mm-dd` in the Gregorian (CE) calendar. */
export type IsoDate = string;
/** A calendar date (`IsoDate`) or an instant (`Date`, or an ISO timestamp string with a time part). */
export type DateLike = IsoDate | Date;
export type DisplayLocale = 'th' | 'en';
export type FiscalQuarter = 1 | 2 | 3 | 4;
export type FiscalHalf = 1 | 2;
export interface DateRange {
  /** First day, inclusive. */
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
}

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';
export const BUDDHIST_ERA_OFFSET = 543;
/** B.E. years the app accepts (the database checks fiscal_year between 2500 and 2700). */
export const MIN_BE_YEAR = 2500;
export const MAX_BE_YEAR = 2700;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export const toBuddhistYear = (ceYear: number): number => ceYear + BUDDHIST_ERA_OFFSET;
export const toGregorianYear = (beYear: number): number => beYear - BUDDHIST_ERA_OFFSET;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIso = ({ year, month, day }: CalendarDate): IsoDate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function parseIso(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isExists(year, month - 1, day) ? { year, month, day } : null;
}

/** Whether the value is an existing calendar date written as `yyyy-mm-dd`. */
export function isIsoDate(value: string): boolean {
  return parseIso(value) !== null;
}

const bangkokParts = new Intl.DateTimeFormat('en-US', {
  timeZone: BANGKOK_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  calendar: 'gregory',
  numberingSystem: 'latn',
});

/** The calendar date in Bangkok at this instant. */
function bangkokCalendarDate(instant: Date): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const parts = bangkokParts.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function toCalendarDate(value: DateLike): CalendarDate {
  if (typeof value !== 'string') return bangkokCalendarDate(value);
  const date = parseIso(value);
  if (date) return date;
  // A timestamp string (e.g. timestamptz from the API): the calendar date in Bangkok.
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${value}`);
  return bangkokCalendarDate(instant);
}

/** The Bangkok calendar date of an instant (default: now) as ISO. */
export function toBangkokIsoDate(value: DateLike = new Date()): IsoDate {
  return toIso(toCalendarDate(value));
}

/** Today in Bangkok as ISO. */
export const todayIso = (now: Date = new Date()): IsoDate => toBangkokIsoDate(now);

// ── Display ───────────────────────────────────────────────────────────────────

type DateStyle = 'short' | 'long';

const INTL_LOCALE: Record<DisplayLocale, string> = { th: 'th-TH-u-ca-buddhist-nu-latn', en: 'en-GB' };
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: DisplayLocale, style: DateStyle, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${style}:${withTime}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: 'numeric',
      month: style,
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
      // Calendar dates are formatted as noon UTC in UTC, instants in Bangkok.
      timeZone: withTime ? BANGKOK_TIME_ZONE : 'UTC',
    });
    dateFormatters.set(key, f);
  }
  return f;
}

const calendarDateAsUtcNoon = ({ year, month, day }: CalendarDate): Date =>
  new Date(Date.UTC(year, month - 1, day, 12));

export interface FormatDateOptions {
  locale?: DisplayLocale;
  /** short: "30 ก.ย. 2565" / "30 Sept 2022"; long: "30 กันยายน 2565" / "30 September 2022". */
  style?: DateStyle;
}

/**
 * A date for people: Thai with the full B.E. year ("30 ก.ย. 2565", long "30 กันยายน 2565"),
 * or English with the CE year. Instants are shown as their Bangkok calendar date.
 */
export function formatDate(value: DateLike, { locale = 'th', style = 'short' }: FormatDateOptions = {}): string {
  return formatter(locale, style, false).format(calendarDateAsUtcNoon(toCalendarDate(value)));
}

/** An instant with its Bangkok time: "30 ก.ย. 2565 14:05". */
export function formatDateTime(
  value: Date | string,
  { locale = 'th', style = 'short' }: FormatDateOptions = {},
): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return formatter(locale, style, true).format(instant).replace(',', '');
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** Month names for calendars: "กันยายน 2565" (`withYear`), "ก.ย." (short) or "September 2022". */
export function formatMonth(
  value: DateLike,
  { locale = 'th', style = 'long', withYear = false }: FormatDateOptions & { withYear?: boolean } = {},
): string {
  const key = `${locale}:${style}:${withYear}`;
  let f = monthFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      month: style,
      ...(withYear ? { year: 'numeric' as const } : {}),
      timeZone: 'UTC',
    });
    monthFormatters.set(key, f);
  }
  return f.format(calendarDateAsUtcNoon(toCalendarDate(value)));
}

/** The B.E. input form of a calendar date: "30/09/2565". */
export function formatBEInput(value: DateLike): string {
  const { year, month, day } = toCalendarDate(value);
  return `${pad(day)}/${pad(month)}/${toBuddhistYear(year)}`;
}

// ── Parsing ───────────────────────────────────────────────────────────────────

export type ParseDateError = 'empty' | 'format' | 'year_out_of_range' | 'invalid_date';
export type ParseDateResult = { ok: true; value: IsoDate } | { ok: false; error: ParseDateError };

const BE_INPUT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * Parses a B.E. date typed as "dd/mm/yyyy" (also "d/m/yyyy", "-" or "." separators) into ISO CE.
 * A CE year (e.g. 2022) is refused as out of range rather than guessed.
 */
export function parseBEDate(input: string): ParseDateResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  const m = BE_INPUT.exec(text);
  if (!m) return { ok: false, error: 'format' };
  const [day, month, beYear] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (beYear < MIN_BE_YEAR || beYear > MAX_BE_YEAR) return { ok: false, error: 'year_out_of_range' };
  const year = toGregorianYear(beYear);
  if (month < 1 || month > 12 || !isExists(year, month - 1, day)) return { ok: false, error: 'invalid_date' };
  return { ok: true, value: toIso({ year, month, day }) };
}

// ── Fiscal year ───────────────────────────────────────────────────────────────

/** The B.E. fiscal year a date falls in (October starts the next one). */
export function fiscalYearOf(value: DateLike): number {
  const { year, month } = toCalendarDate(value);
  return toBuddhistYear(month >= 10 ? year + 1 : year);
}

/** The fiscal quarter (1 = Oct–Dec … 4 = Jul–Sep). */
export function fiscalQuarterOf(value: DateLike): FiscalQuarter {
  const { month } = toCalendarDate(value);
  return (Math.floor(((month + 2) % 12) / 3) + 1) as FiscalQuarter;
}

/** The current B.E. fiscal year in Bangkok. */
export const currentFiscalYear = (now: Date = new Date()): number => fiscalYearOf(now);

function assertFiscalYear(fiscalYear: number) {
  if (!Number.isInteger(fiscalYear) || fiscalYear < MIN_BE_YEAR || fiscalYear > MAX_BE_YEAR) {
    throw new RangeError(`Not a B.E. fiscal year: ${fiscalYear}`);
  }
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthsRange(fiscalYear: number, firstMonthOffset: number, months: number): DateRange {
  assertFiscalYear(fiscalYear);
  // Month 0 of the fiscal year is October of the previous CE year.
  const startCe = toGregorianYear(fiscalYear) - 1;
  const at = (offset: number) => ({ year: startCe + Math.floor((9 + offset) / 12), month: ((9 + offset) % 12) + 1 });
  const first = at(firstMonthOffset);
  const last = at(firstMonthOffset + months - 1);
  return {
    start: toIso({ ...first, day: 1 }),
    end: toIso({ ...last, day: lastDay(last.year, last.month) }),
  };
}

/** FY 2565 → 2021-10-01 … 2022-09-30. */
export const fiscalYearRange = (fiscalYear: number): DateRange => monthsRange(fiscalYear, 0, 12);

/** Q2 of FY 2565 → 2022-01-01 … 2022-03-31. */
export function fiscalQuarterRange(fiscalYear: number, quarter: FiscalQuarter): DateRange {
  return monthsRange(fiscalYear, (quarter - 1) * 3, 3);
}

/** First half (the 6-month report) of FY 2565 → 2021-10-01 … 2022-03-31; the second → 2022-04-01 … 2022-09-30. */
export function fiscalHalfYearRange(fiscalYear: number, half: FiscalHalf = 1): DateRange {
  return monthsRange(fiscalYear, (half - 1) * 6, 6);
}

/** Whether a calendar date lies in a range (inclusive). ISO strings compare in calendar order. */
export function isInRange(value: DateLike, { start, end }: DateRange): boolean {
  const iso = toBangkokIsoDate(value);
  return iso >= start && iso <= end;
}

/** Calendar days from today (Bangkok) to the date: 0 today, negative when past. */
export function daysUntil(value: DateLike, now: Date = new Date()): number {
  // UTC midnights: no DST, so the difference is a whole number of days.
  const utcDay = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((utcDay(toCalendarDate(value)) - utcDay(bangkokCalendarDate(now))) / 86_400_000);
}
