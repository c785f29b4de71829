import { finalizePlan, type ImportResult, type ParseOptions } from './import-result';
import { DEFAULT_INDICATOR_GROUPS } from './indicator-groups';
import { ProblemList } from './problems';
import { isHeaderCells, readTemplate, type TemplateRow } from './read-template-rows';

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF; a UTF-8 BOM is
 * dropped. The delimiter is a comma, or a semicolon/tab when the first line has more of those (Excel in
 * some locales). Each row keeps the line it starts on.
 */
export function parseCsvRows(text: string): TemplateRow[] {
  const src = text.replace(/^\uFEFF/, '');
  const eol = src.search(/\r|\n/);
  const firstLine = eol < 0 ? src : src.slice(0, eol);
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];

  const rows: TemplateRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(field);
      rows.push({ line: rowLine, cells });
      cells = [];
      field = '';
      rowLine = ++line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) rows.push({ line: rowLine, cells: [...cells, field] });
  return rows;
}

/** The template as CSV (see TEMPLATE.md): metadata rows, then the header row, then one row per measure. */
export function parseTemplateCsv(text: string, options: ParseOptions = {}): ImportResult {
  const problems = new ProblemList();
  const rows = parseCsvRows(text);
  const headerIndex = rows.findIndex((r) => isHeaderCells(r.cells));
  const plan = readTemplate(
    {
      metadataRows: headerIndex < 0 ? rows : rows.slice(0, headerIndex),
      header: rows[headerIndex] ?? null,
      rows: headerIndex < 0 ? [] : rows.slice(headerIndex + 1),
    },
    problems,
    options.groups ?? DEFAULT_INDICATOR_GROUPS,
  );
  return finalizePlan(plan, problems, 'csv');
}
