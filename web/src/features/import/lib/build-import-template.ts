import ExcelJS from 'exceljs';
import { formatBeDate } from './be-date';
import type { ImportedPlan } from './imported-plan-schema';
import { DEFAULT_INDICATOR_GROUPS, indicatorsForYear, type IndicatorGroupTable } from './indicator-groups';
import {
  DATA_SHEET_NAME,
  headerLabel,
  METADATA_FIELDS,
  METADATA_SHEET_NAME,
  TEMPLATE_COLUMNS,
  type MetadataKey,
  type TemplateColumnKey,
} from './template-columns';

/**
 * The import template users download (see TEMPLATE.md): empty, pre-filled with the year's indicators,
 * or filled with a plan (what the importer would read back).
 */

export interface TemplateOptions {
  fiscalYearBe?: number;
  /** Fill the template with this plan (its measure_details too) instead of the year's indicator list. */
  plan?: ImportedPlan;
  groups?: IndicatorGroupTable;
}

type Row = Record<TemplateColumnKey, string | number>;

export function templateContent(options: TemplateOptions = {}) {
  const { plan } = options;
  const year = plan?.fiscal_year_be ?? options.fiscalYearBe;
  const metadata: Record<MetadataKey, string | number> = {
    agency: plan?.agency ?? '',
    fiscal_year_be: year ?? '',
    title: plan?.title ?? '',
    ita_score: plan?.ita_score ?? '',
    ita_grade: plan?.ita_grade ?? '',
  };
  const blank: Row = {
    indicator_no: '',
    indicator_name: '',
    group: '',
    score: '',
    analysis: '',
    agency_analysis: '',
    measure: '',
    department: '',
    due_date: '',
  };
  const rows: Row[] = [];
  if (plan) {
    for (const ind of plan.indicators) {
      const first: Row = {
        ...blank,
        indicator_no: ind.no,
        indicator_name: ind.name,
        group: ind.group ?? '',
        score: ind.score ?? '',
        analysis: ind.analysis,
        agency_analysis: ind.agency_analysis,
      };
      if (ind.measures.length === 0) rows.push(first);
      ind.measures.forEach((measure, i) => {
        const detail = ind.measure_details?.[i];
        rows.push({
          ...(i === 0 ? first : { ...blank, indicator_no: ind.no }),
          measure,
          department: detail?.department ?? '',
          due_date: detail?.due_date ? formatBeDate(detail.due_date) : '',
        });
      });
    }
  } else {
    for (const d of indicatorsForYear(options.groups ?? DEFAULT_INDICATOR_GROUPS, year ?? null) ?? []) {
      rows.push({ ...blank, indicator_no: d.no, indicator_name: d.name, group: d.group });
    }
  }
  return { metadata, rows };
}

const orNull = (v: string | number) => (v === '' ? null : v);

export async function buildImportTemplateXlsx(options: TemplateOptions = {}): Promise<Uint8Array> {
  const { metadata, rows } = templateContent(options);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ITA Action Tracker';

  const meta = wb.addWorksheet(METADATA_SHEET_NAME);
  meta.columns = [{ width: 32 }, { width: 60 }, { width: 50 }];
  meta.addRow(['รายการ', 'ค่า', 'คำอธิบาย']).font = { bold: true };
  for (const f of METADATA_FIELDS) meta.addRow([headerLabel(f), orNull(metadata[f.key]), f.note]);
  meta.getColumn(2).numFmt = '@';

  const sheet = wb.addWorksheet(DATA_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(TEMPLATE_COLUMNS.map(headerLabel));
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    cell.note = TEMPLATE_COLUMNS[col - 1]!.note;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  for (const r of rows) sheet.addRow(TEMPLATE_COLUMNS.map((c) => orNull(r[c.key])));
  sheet.getColumn('due_date').numFmt = '@';
  const last = Math.max(rows.length + 1, 200);
  for (let r = 2; r <= last; r++) {
    sheet.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['"IIT,EIT,OIT"'] };
    sheet.getRow(r).alignment = { wrapText: true, vertical: 'top' };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM (Excel opens Thai correctly) and CRLF line ends. */
export function buildImportTemplateCsv(options: TemplateOptions = {}): string {
  const { metadata, rows } = templateContent(options);
  const lines = [
    ...METADATA_FIELDS.map((f) => [headerLabel(f), metadata[f.key]]),
    [],
    TEMPLATE_COLUMNS.map(headerLabel),
    ...rows.map((r) => TEMPLATE_COLUMNS.map((c) => r[c.key])),
  ];
  return '\uFEFF' + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
