import { finalizePlan, type ImportResult, type ParseOptions } from './import-result';
import { DEFAULT_INDICATOR_GROUPS } from './indicator-groups';
import { isIndicatorHeading } from './parse-indicator-cell';
import { parsePreamble, type PreambleLine } from './parse-preamble';
import { excerpt, ProblemList } from './problems';
import { isHeaderRow, readIndicatorTable } from './read-indicator-table';
import { paragraphsFromHtmlCell, plainText, type SourceRow } from './table-model';

/**
 * Reads the text of an agency's O42/O43 document as exported from Word or a PDF (see the fixture
 * `ita-2565-dindaeng.txt`): title, agency and score paragraph, then the table as tab-separated rows.
 */
export function parseItaText(text: string, options: ParseOptions = {}): ImportResult {
  const problems = new ProblemList();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const tableStart = lines.findIndex((l) => l.includes('\t') || isIndicatorHeading(plainText(l)));
  if (tableStart < 0) {
    problems.add('no_table', null);
    parsePreamble(toPreamble(lines), problems);
    return finalizePlan(null, problems, 'text');
  }

  const rows: SourceRow[] = [];
  const yearHints: string[] = [];
  lines.slice(tableStart).forEach((raw, i) => {
    const line = tableStart + i + 1;
    const plain = plainText(raw);
    if (plain === '' && !raw.includes('\t')) return;
    if (raw.includes('\t') || isIndicatorHeading(plain)) {
      const cells = raw.split('\t').map(paragraphsFromHtmlCell);
      if (isHeaderRow(cells.map((c) => c.map((p) => p.text).join(' ')))) yearHints.push(plain);
      rows.push({ line, cells });
    } else if (!/^[-–\s]*\d+[-–\s]*$|^หน้า\s*\d+/.test(plain)) {
      // Page numbers ("- 2 -", "หน้า 2") are expected between pages; other stray text is reported.
      problems.add('ignored_line', line, { text: excerpt(plain) });
    }
  });

  const preamble = parsePreamble(toPreamble(lines.slice(0, tableStart)), problems, yearHints);
  const groups = options.groups ?? DEFAULT_INDICATOR_GROUPS;
  const indicators = readIndicatorTable(rows, problems, { fiscalYearBe: preamble.fiscal_year_be, groups });
  if (indicators.length === 0) {
    problems.add('no_indicators', null);
    return finalizePlan(null, problems, 'text');
  }
  return finalizePlan({ ...preamble, indicators }, problems, 'text');
}

function toPreamble(lines: string[]): PreambleLine[] {
  return lines.map((text, i) => ({ line: i + 1, text }));
}
