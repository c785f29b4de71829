import ExcelJS from 'exceljs';
import { finalizePlan, type ImportResult, type ParseOptions } from './import-result';
import { DEFAULT_INDICATOR_GROUPS } from './indicator-groups';
import { ProblemList } from './problems';
import { isHeaderCells, readTemplate, valueText, type TemplateRow, type TemplateValue } from './read-template-rows';
import { metadataKeyOf } from './template-columns';

/** The template as .xlsx (see TEMPLATE.md): a data sheet with the header row, metadata on its own sheet or above the header. */
export async function parseTemplateXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: ParseOptions = {},
): Promise<ImportResult> {
  const problems = new ProblemList();
  const workbook = new ExcelJS.Workbook();
  try {
    const data =
      bytes instanceof Uint8Array ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : bytes;
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    problems.add('unreadable_file', null, { reason: `not an Excel (.xlsx) file (${(e as Error).message})` });
    return finalizePlan(null, problems, 'xlsx');
  }

  const sheets = workbook.worksheets.map(sheetRows);
  const dataIndex = sheets.findIndex((rows) => rows.some((r) => isHeaderCells(r.cells)));
  const data = sheets[dataIndex] ?? [];
  const headerAt = data.findIndex((r) => isHeaderCells(r.cells));
  const metadataRows = [
    ...sheets.filter((_, i) => i !== dataIndex).flat(),
    ...data.slice(0, Math.max(headerAt, 0)),
  ].filter((r) => metadataKeyOf(valueText(r.cells[0])) !== null);

  const plan = readTemplate(
    { metadataRows, header: data[headerAt] ?? null, rows: headerAt < 0 ? [] : data.slice(headerAt + 1) },
    problems,
    options.groups ?? DEFAULT_INDICATOR_GROUPS,
  );
  return finalizePlan(plan, problems, 'xlsx');
}

function sheetRows(sheet: ExcelJS.Worksheet): TemplateRow[] {
  const rows: TemplateRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: TemplateValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  return rows;
}

/** exceljs values (rich text, formulas, hyperlinks, errors) as plain values. */
export function cellValue(v: ExcelJS.CellValue): TemplateValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in v) return (v as { text?: string }).text ?? v.hyperlink;
  if ('error' in v) return null;
  return null;
}
