import { isoFromSpreadsheetDate, parseBeDate } from './be-date';
import { checkIndicatorSet, resolveGroup, resolveName, type GroupContext } from './indicator-checks';
import type { ImportedIndicator, MeasureDetail } from './imported-plan-schema';
import type { IndicatorGroupTable } from './indicator-groups';
import { findFiscalYear } from './parse-preamble';
import { excerpt, type ProblemList } from './problems';
import {
  columnKeyOf,
  DEFAULT_TITLE_PREFIX,
  metadataKeyOf,
  TEMPLATE_COLUMNS,
  type MetadataKey,
} from './template-columns';
import { normalizeSpaces, parseDecimal, toArabicDigits } from './thai-text';

/** Interprets the template (xlsx or csv, see TEMPLATE.md) once its cells are read: metadata, header, rows. */

export type TemplateValue = string | number | Date | boolean | null;

export interface TemplateRow {
  line: number;
  cells: TemplateValue[];
}

export interface TemplateInput {
  /** Rows of the metadata sheet, and rows above the header of the data sheet. */
  metadataRows: TemplateRow[];
  header: TemplateRow | null;
  rows: TemplateRow[];
}

export function valueText(v: TemplateValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoFromSpreadsheetDate(v) ?? '';
  return normalizeSpaces(String(v));
}

export function isHeaderCells(cells: TemplateValue[]): boolean {
  const keys = cells.map((c) => columnKeyOf(valueText(c)));
  return keys.includes('indicator_no') && keys.includes('measure');
}

/** The other columns may be left out of a file altogether. */
const REQUIRED_COLUMNS: readonly string[] = ['indicator_no', 'indicator_name', 'measure'];

interface Draft {
  indicator: ImportedIndicator & { measure_details: MeasureDetail[] };
  line: number;
}

export function readTemplate(input: TemplateInput, problems: ProblemList, groups: IndicatorGroupTable) {
  const meta = readMetadata(input.metadataRows, problems);
  if (!input.header) {
    problems.add('no_table', null);
    return null;
  }
  const columns = mapColumns(input.header, problems);
  const ctx: GroupContext = { groups, fiscalYearBe: meta.fiscal_year_be, problems };
  const byNo = new Map<number, Draft>();
  let current: Draft | null = null;

  for (const row of input.rows) {
    const get = (key: string) => {
      const i = columns.get(key);
      return i === undefined ? null : (row.cells[i] ?? null);
    };
    const text = (key: string) => valueText(get(key));
    if (row.cells.every((c) => valueText(c) === '')) continue;

    const noText = text('indicator_no');
    if (noText) {
      const no = Number(toArabicDigits(noText));
      if (!Number.isInteger(no) || no <= 0) {
        problems.add('invalid_value', row.line, { value: excerpt(noText, 20), field: 'indicator_no' });
        current = null;
        continue;
      }
      current = byNo.get(no) ?? null;
      if (current) checkSame(current, row, text, problems);
      else {
        current = newDraft(ctx, no, row, text);
        byNo.set(no, current);
      }
    } else if (!current) {
      problems.add('orphan_row', row.line);
      continue;
    }
    addMeasure(current, row, get, problems);
  }

  const indicators = [...byNo.values()].map((d) => d.indicator);
  for (const d of byNo.values())
    if (d.indicator.measures.length === 0) problems.add('no_measures', d.line, { no: d.indicator.no });
  checkIndicatorSet(ctx, indicators);
  if (indicators.length === 0) problems.add('no_indicators', null);
  return indicators.length ? { ...meta, indicators } : null;
}

function readMetadata(rows: TemplateRow[], problems: ProblemList) {
  const values = new Map<MetadataKey, { text: string; line: number }>();
  for (const row of rows) {
    const key = metadataKeyOf(valueText(row.cells[0]));
    if (key && !values.has(key)) values.set(key, { text: valueText(row.cells[1]), line: row.line });
  }
  const get = (k: MetadataKey) => values.get(k)?.text ?? '';
  const yearText = toArabicDigits(get('fiscal_year_be'));
  const fiscal_year_be = /^\d{4}$/.test(yearText) ? findFiscalYear(`พ.ศ. ${yearText}`) : null;
  if (fiscal_year_be === null) {
    if (yearText)
      problems.add('invalid_value', values.get('fiscal_year_be')!.line, { value: yearText, field: 'fiscal_year_be' });
    else problems.add('missing_fiscal_year', null);
  }
  const ita_score = parseDecimal(get('ita_score'));
  if (ita_score === null || ita_score < 0 || ita_score > 100)
    problems.add('missing_ita_score', values.get('ita_score')?.line ?? null);
  const ita_grade = get('ita_grade') || null;
  if (!ita_grade) problems.add('missing_ita_grade', null);
  const agency = get('agency');
  if (!agency) problems.add('missing_agency', null);
  const title = get('title') || (fiscal_year_be ? `${DEFAULT_TITLE_PREFIX} ${fiscal_year_be}` : '');
  const score = ita_score !== null && ita_score >= 0 && ita_score <= 100 ? ita_score : null;
  return { agency, fiscal_year_be, title, ita_score: score, ita_grade };
}

function mapColumns(header: TemplateRow, problems: ProblemList): Map<string, number> {
  const columns = new Map<string, number>();
  header.cells.forEach((c, i) => {
    const label = valueText(c);
    const key = columnKeyOf(label);
    if (key && !columns.has(key)) columns.set(key, i);
    else if (label) problems.add('unknown_column', header.line, { column: excerpt(label, 40) });
  });
  for (const col of TEMPLATE_COLUMNS.filter((c) => REQUIRED_COLUMNS.includes(c.key))) {
    if (!columns.has(col.key)) problems.add('missing_column', header.line, { column: `${col.label} (${col.key})` });
  }
  return columns;
}

function readScore(text: string, line: number, no: number, problems: ProblemList): number | null {
  if (!text) {
    problems.add('missing_score', line, { no });
    return null;
  }
  const score = parseDecimal(text);
  if (score === null || score < 0 || score > 100) {
    problems.add('invalid_score', line, { value: excerpt(text, 20) });
    return null;
  }
  return score;
}

function newDraft(ctx: GroupContext, no: number, row: TemplateRow, text: (k: string) => string): Draft {
  const givenGroup = text('group').toUpperCase() || null;
  return {
    line: row.line,
    indicator: {
      no,
      name: resolveName(ctx, no, row.line, text('indicator_name')),
      group: resolveGroup(ctx, no, row.line, givenGroup),
      score: readScore(text('score'), row.line, no, ctx.problems),
      analysis: text('analysis'),
      agency_analysis: text('agency_analysis'),
      measures: [],
      measure_details: [],
    },
  };
}

/** A later row of the same indicator may repeat its fields; different values are reported, the first kept. */
function checkSame(draft: Draft, row: TemplateRow, text: (k: string) => string, problems: ProblemList) {
  const first = draft.indicator;
  const pairs: [string, string, string][] = [
    ['indicator_name', text('indicator_name'), first.name],
    ['score', text('score'), first.score === null ? '' : String(first.score)],
    ['analysis', text('analysis'), first.analysis],
    ['agency_analysis', text('agency_analysis'), first.agency_analysis],
  ];
  for (const [field, value, kept] of pairs) {
    const same = field === 'score' ? parseDecimal(value) === parseDecimal(kept) : value === kept;
    if (value && !same) problems.add('conflicting_value', row.line, { no: first.no, field, value: excerpt(value, 30) });
  }
}

function addMeasure(draft: Draft, row: TemplateRow, get: (k: string) => TemplateValue, problems: ProblemList) {
  const measure = valueText(get('measure'));
  const department = valueText(get('department')) || null;
  const due = get('due_date');
  if (!measure) {
    if (department || valueText(due)) problems.add('detail_without_measure', row.line);
    return;
  }
  draft.indicator.measures.push(measure);
  draft.indicator.measure_details.push({ department, due_date: readDueDate(due, row.line, problems) });
}

function readDueDate(value: TemplateValue, line: number, problems: ProblemList): string | null {
  if (value instanceof Date) return isoFromSpreadsheetDate(value);
  const text = valueText(value);
  if (!text) return null;
  const parsed = parseBeDate(text);
  if (!parsed.ok) {
    problems.add('invalid_due_date', line, { value: excerpt(text, 20) });
    return null;
  }
  if (parsed.ceYearAssumed) problems.add('ce_year_assumed', line, { value: text, year: parsed.yearBe });
  return parsed.iso;
}
