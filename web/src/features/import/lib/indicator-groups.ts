/**
 * Which assessment tool (IIT / EIT / OIT) each indicator number belongs to, per fiscal year (B.E.).
 * Indicator sets change between years, so this is data that callers may replace (e.g. with the
 * organisation's `framework_indicators`), not logic.
 */

export interface IndicatorDefinition {
  no: number;
  group: string;
  /** The official name, used to pre-fill the import template. */
  name: string;
}

/** Fiscal year (B.E.) → its indicators. */
export type IndicatorGroupTable = Readonly<Record<number, readonly IndicatorDefinition[]>>;

const ITA_2565: readonly IndicatorDefinition[] = [
  { no: 1, group: 'IIT', name: 'การปฏิบัติหน้าที่' },
  { no: 2, group: 'IIT', name: 'การใช้งบประมาณ' },
  { no: 3, group: 'IIT', name: 'การใช้อำนาจ' },
  { no: 4, group: 'IIT', name: 'การใช้ทรัพย์สินของราชการ' },
  { no: 5, group: 'IIT', name: 'การแก้ไขปัญหาการทุจริต' },
  { no: 6, group: 'EIT', name: 'คุณภาพการดำเนินงาน' },
  { no: 7, group: 'EIT', name: 'ประสิทธิภาพการสื่อสาร' },
  { no: 8, group: 'EIT', name: 'การปรับปรุงการทำงาน' },
  { no: 9, group: 'OIT', name: 'การเปิดเผยข้อมูล' },
  { no: 10, group: 'OIT', name: 'การป้องกันการทุจริต' },
];

/** The default table: the ITA 2565 indicators. Add a year here (or pass a table) when its set is confirmed. */
export const DEFAULT_INDICATOR_GROUPS: IndicatorGroupTable = { 2565: ITA_2565 };

export function indicatorsForYear(
  table: IndicatorGroupTable,
  fiscalYearBe: number | null,
): readonly IndicatorDefinition[] | null {
  return fiscalYearBe == null ? null : (table[fiscalYearBe] ?? null);
}

export function groupFor(table: IndicatorGroupTable, fiscalYearBe: number | null, no: number): string | null {
  return indicatorsForYear(table, fiscalYearBe)?.find((d) => d.no === no)?.group ?? null;
}
