import { Table, TableRow, WidthType, type Paragraph } from 'docx';
import { MIN_INDICATOR_COLUMN, type DocxOptions } from './build-o42-docx';
import {
  cell,
  columnWidths,
  FIXED_LAYOUT,
  headerCell,
  hyperlink,
  packThaiDocument,
  SMALL_SIZE,
  TABLE_BORDERS,
  textWidth,
  thaiParagraph,
  thaiRun,
} from './docx-thai';
import {
  headingBlock,
  indicatorParagraphs,
  measureParagraphs,
  TABLE_HEADERS,
  textParagraphs,
} from './report-docx-parts';
import { O43_TITLE, type ReportMeasure, type ReportModel } from './report-model';
import { modelForPeriod, reportPeriod, type ReportPeriodKind } from './report-period';
import { formatThaiDate } from './thai-date';

/**
 * O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, for the 6-month period or the full
 * fiscal year: the O42 table with one row per measure (the indicator's cells span its measures) and a column
 * with each measure's status, completion date, progress narrative and evidence links.
 */

export interface O43Options extends DocxOptions {
  period: ReportPeriodKind;
}

const label = (name: string, value: string) =>
  thaiParagraph([thaiRun(`${name}: `, { bold: true, size: SMALL_SIZE }), thaiRun(value, { size: SMALL_SIZE })]);

export function resultParagraphs(m: ReportMeasure): Paragraph[] {
  const completed = formatThaiDate(m.completed_at);
  return [
    label('สถานะ', m.status ?? '-'),
    ...(completed ? [label('วันที่แล้วเสร็จ', completed)] : []),
    ...textParagraphs(m.progress),
    ...(m.evidence.length ? [thaiParagraph([thaiRun('หลักฐาน:', { bold: true, size: SMALL_SIZE })])] : []),
    ...m.evidence.map((e) => thaiParagraph([thaiRun('• ', { size: SMALL_SIZE }), hyperlink(e.filename, e.url)])),
  ];
}

export async function buildO43Docx(model: ReportModel, options: O43Options): Promise<Uint8Array> {
  const orientation = options.orientation ?? 'landscape';
  const period = reportPeriod(model.fiscal_year_be, options.period);
  const scoped = modelForPeriod(model, period);
  const total = textWidth(orientation);
  const widths = columnWidths(total, [0.15, 0.2, 0.2, 0.22, 0.23], MIN_INDICATOR_COLUMN);
  const headers = [...TABLE_HEADERS, 'ผลการดำเนินงาน'];

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) => headerCell(h, widths[i]!)),
  });
  const rows = scoped.indicators.flatMap((ind) => {
    const span = Math.max(1, ind.measures.length);
    const shared = [
      cell(indicatorParagraphs(ind), widths[0]!, { rowSpan: span }),
      cell(textParagraphs(ind.analysis), widths[1]!, { rowSpan: span }),
      cell(textParagraphs(ind.agency_analysis), widths[2]!, { rowSpan: span }),
    ];
    if (ind.measures.length === 0) {
      return [
        new TableRow({
          children: [...shared, cell([thaiParagraph('-')], widths[3]!), cell([thaiParagraph('-')], widths[4]!)],
        }),
      ];
    }
    return ind.measures.map(
      (m, i) =>
        new TableRow({
          children: [
            ...(i === 0 ? shared : []),
            cell(measureParagraphs(m, i), widths[3]!),
            cell(resultParagraphs(m), widths[4]!),
          ],
        }),
    );
  });
  const table = new Table({
    rows: [header, ...rows],
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: FIXED_LAYOUT,
    borders: TABLE_BORDERS,
  });
  const title = `${O43_TITLE} ประจำปีงบประมาณ พ.ศ. ${model.fiscal_year_be} ${period.label}`;
  return packThaiDocument(scoped, title, orientation, [...headingBlock(scoped, O43_TITLE, period.label), table]);
}
