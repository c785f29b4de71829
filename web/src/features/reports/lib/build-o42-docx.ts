import { Table, TableRow, WidthType } from 'docx';
import {
  cell,
  columnWidths,
  FIXED_LAYOUT,
  headerCell,
  packThaiDocument,
  TABLE_BORDERS,
  textWidth,
  thaiParagraph,
  type Orientation,
} from './docx-thai';
import {
  headingBlock,
  indicatorParagraphs,
  measureParagraphs,
  TABLE_HEADERS,
  textParagraphs,
} from './report-docx-parts';
import { O42_TITLE, type ReportModel } from './report-model';

/**
 * O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน: heading, the overall score paragraph, and one table
 * row per indicator — ตัวชี้วัด (with score) | การวิเคราะห์ | ผลการวิเคราะห์ของหน่วยงาน | มาตรการ (owner, period).
 */

export interface DocxOptions {
  /** Default landscape: four text columns need the width. */
  orientation?: Orientation;
}

/** The indicator column never gets narrower than 4 cm, so Thai indicator names are not split mid-word. */
export const MIN_INDICATOR_COLUMN = 2268;

export async function buildO42Docx(model: ReportModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const orientation = options.orientation ?? 'landscape';
  const total = textWidth(orientation);
  const widths = columnWidths(total, [0.17, 0.28, 0.28, 0.27], MIN_INDICATOR_COLUMN);

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: TABLE_HEADERS.map((h, i) => headerCell(h, widths[i]!)),
  });
  const rows = model.indicators.map(
    (ind) =>
      new TableRow({
        children: [
          cell(indicatorParagraphs(ind), widths[0]!),
          cell(textParagraphs(ind.analysis), widths[1]!),
          cell(textParagraphs(ind.agency_analysis), widths[2]!),
          cell(ind.measures.length ? ind.measures.flatMap(measureParagraphs) : [thaiParagraph('-')], widths[3]!),
        ],
      }),
  );
  const table = new Table({
    rows: [header, ...rows],
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: FIXED_LAYOUT,
    borders: TABLE_BORDERS,
  });
  const title = `${O42_TITLE} ประจำปีงบประมาณ พ.ศ. ${model.fiscal_year_be}`;
  return packThaiDocument(model, title, orientation, [...headingBlock(model, O42_TITLE), table]);
}
