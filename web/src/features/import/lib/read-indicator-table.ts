import { splitBullets, stripLeadingBullet, type BulletStyle } from './bullets';
import type { ImportedIndicator } from './imported-plan-schema';
import { checkIndicatorSet, resolveGroup, resolveName } from './indicator-checks';
import type { IndicatorGroupTable } from './indicator-groups';
import { isIndicatorHeading, parseIndicatorHeading } from './parse-indicator-cell';
import { excerpt, type ProblemList } from './problems';
import { cellText, isBlankRow, type SourceCell, type SourceRow } from './table-model';
import { joinFragments, normalizeSpaces } from './thai-text';

/**
 * Interprets the 4-column indicator table shared by the text and .docx readers:
 * ตัวชี้วัด | การวิเคราะห์ | ผลการวิเคราะห์ของหน่วยงาน | มาตรการ.
 * A row whose first cell is empty continues the previous indicator (a page break cut it): each cell is
 * appended to the same column, Thai joined without a space, and a cut bullet goes on in the next row.
 */

type Role = 'indicator' | 'analysis' | 'agency_analysis' | 'measures' | 'ignored';
const DEFAULT_ROLES: Role[] = ['indicator', 'analysis', 'agency_analysis', 'measures'];
const ROLE_NAMES: Record<Exclude<Role, 'ignored'>, string> = {
  indicator: 'ตัวชี้วัด',
  analysis: 'การวิเคราะห์',
  agency_analysis: 'ผลการวิเคราะห์ของหน่วยงาน',
  measures: 'มาตรการ',
};

function headerRole(text: string): Role | null {
  if (/ผลการวิเคราะห์|วิเคราะห์ของหน่วยงาน/.test(text)) return 'agency_analysis';
  if (/วิเคราะห์/.test(text)) return 'analysis';
  if (/มาตรการ|ดำเนินงาน|ดำเนินการ|แนวทาง/.test(text)) return 'measures';
  if (/^ตัวชี้วัด/.test(text)) return 'indicator';
  return null;
}

export function isHeaderRow(texts: string[]): boolean {
  const first = texts[0] ?? '';
  return /^ตัวชี้วัด/.test(first) && !isIndicatorHeading(first) && texts.slice(1).some((t) => headerRole(t) !== null);
}

function rolesFromHeader(row: SourceRow, problems: ProblemList): Role[] {
  const seen = new Set<Role>();
  const roles = row.cells.map((cell): Role => {
    const text = cellText(cell);
    const role = text ? headerRole(text) : null;
    if (role && !seen.has(role)) {
      seen.add(role);
      return role;
    }
    if (text) problems.add('unknown_column', row.line, { column: excerpt(text, 40) });
    return 'ignored';
  });
  for (const role of ['analysis', 'agency_analysis', 'measures'] as const) {
    if (!seen.has(role)) problems.add('missing_column', row.line, { column: ROLE_NAMES[role] });
  }
  return roles;
}

interface Draft {
  line: number;
  heading: string;
  nameTail: string;
  analysis: string;
  agency_analysis: string;
  measures: string[];
  style: BulletStyle | null;
  lastNumber: number | null;
}

/** Appends an analysis cell: leading bullets dropped; a continuation joins the previous text without a space. */
function appendAnalysis(previous: string, cell: SourceCell): string {
  let out = previous;
  cell.forEach((p, i) => {
    const { text, hadBullet } = stripLeadingBullet(p.text);
    if (!text) return;
    out = i === 0 && !hadBullet ? joinFragments(out, text) : out ? `${out} ${text}` : text;
  });
  return out;
}

function appendMeasures(draft: Draft, cell: SourceCell, isContinuation: boolean): void {
  cell.forEach((p, i) => {
    const split = splitBullets(p.text, draft.style, draft.lastNumber);
    draft.style = split.style ?? draft.style;
    draft.lastNumber = split.lastNumber;
    if (split.lead) {
      const last = draft.measures.length - 1;
      if (i === 0 && isContinuation && last >= 0 && !p.isListItem) {
        draft.measures[last] = joinFragments(draft.measures[last]!, split.lead);
      } else {
        draft.measures.push(split.lead);
      }
    }
    draft.measures.push(...split.items);
  });
}

export interface TableOptions {
  fiscalYearBe: number | null;
  groups: IndicatorGroupTable;
}

export function readIndicatorTable(
  rows: SourceRow[],
  problems: ProblemList,
  options: TableOptions,
): ImportedIndicator[] {
  let roles: Role[] | null = null;
  const drafts: Draft[] = [];

  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const texts = row.cells.map(cellText);
    if (isHeaderRow(texts)) {
      roles ??= rolesFromHeader(row, problems);
      continue;
    }
    if (!roles) {
      problems.add('missing_header', row.line);
      roles = DEFAULT_ROLES;
    }
    const cells = fitCells(row, roles, problems);
    const indicatorIndex = Math.max(0, roles.indexOf('indicator'));
    const first = cellText(cells[indicatorIndex]);
    const current = drafts.at(-1);
    const isNew = isIndicatorHeading(first);

    if (isNew) {
      drafts.push({
        line: row.line,
        heading: first,
        nameTail: '',
        analysis: '',
        agency_analysis: '',
        measures: [],
        style: null,
        lastNumber: null,
      });
      const found = row.cells.length;
      if (found < roles.length && roles.slice(found).some((r) => r !== 'ignored')) {
        problems.add('missing_cells', row.line, { found, expected: roles.length });
      }
    } else if (!current) {
      problems.add('orphan_row', row.line);
      continue;
    } else if (first) {
      problems.add('unrecognised_first_cell', row.line, { text: excerpt(first, 40), no: headingNo(current) });
      current.nameTail = joinFragments(current.nameTail, first);
    }
    const draft = drafts.at(-1)!;
    roles.forEach((role, i) => {
      const cell = cells[i] ?? [];
      if (role === 'analysis') draft.analysis = appendAnalysis(draft.analysis, cell);
      if (role === 'agency_analysis') draft.agency_analysis = appendAnalysis(draft.agency_analysis, cell);
      if (role === 'measures') appendMeasures(draft, cell, !isNew);
    });
  }
  return finish(drafts, problems, options);
}

/** Pads short rows; folds cells beyond the table's columns into its last column (a tab inside the text). */
function fitCells(row: SourceRow, roles: Role[], problems: ProblemList): SourceCell[] {
  const cells = row.cells.slice(0, roles.length);
  const extra = row.cells.slice(roles.length).filter((c) => cellText(c) !== '');
  if (extra.length > 0) {
    problems.add('extra_cells', row.line, { found: row.cells.length, expected: roles.length });
    const lastIndex = Math.max(
      0,
      roles.findLastIndex((r) => r !== 'ignored'),
    );
    const merged = (cells[lastIndex] ?? []).slice();
    for (const c of extra) {
      const [head, ...tail] = c;
      const prev = merged.at(-1);
      if (prev && head && !head.isListItem) merged[merged.length - 1] = { ...prev, text: `${prev.text} ${head.text}` };
      else if (head) merged.push(head);
      merged.push(...tail);
    }
    cells[lastIndex] = merged;
  }
  return cells;
}

function headingNo(draft: Draft): number | string {
  return parseIndicatorHeading(draft.heading)?.no ?? '?';
}

function finish(drafts: Draft[], problems: ProblemList, { fiscalYearBe, groups }: TableOptions): ImportedIndicator[] {
  const ctx = { groups, fiscalYearBe, problems };
  const seen = new Set<number>();
  const indicators: ImportedIndicator[] = [];
  for (const d of drafts) {
    const h = parseIndicatorHeading(d.heading)!;
    if (seen.has(h.no)) problems.add('duplicate_indicator', d.line, { no: h.no });
    seen.add(h.no);
    const name = resolveName(ctx, h.no, d.line, joinFragments(h.name, d.nameTail));
    let score = h.score;
    if (score !== null && (score < 0 || score > 100)) {
      problems.add('invalid_score', d.line, { value: h.scoreText ?? '' });
      score = null;
    } else if (score === null) problems.add('missing_score', d.line, { no: h.no });
    const group = resolveGroup(ctx, h.no, d.line);
    const measures = d.measures.map(normalizeSpaces).filter(Boolean);
    if (measures.length === 0) problems.add('no_measures', d.line, { no: h.no });
    indicators.push({
      no: h.no,
      name,
      group,
      score,
      analysis: normalizeSpaces(d.analysis),
      agency_analysis: normalizeSpaces(d.agency_analysis),
      measures,
    });
  }
  checkIndicatorSet(ctx, indicators);
  return indicators;
}
