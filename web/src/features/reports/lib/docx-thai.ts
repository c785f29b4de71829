import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableCell,
  TableLayoutType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ITableBordersOptions,
  type ParagraphChild,
  type Table,
} from 'docx';
import type { ReportModel } from './report-model';
import { formatThaiDateTime } from './thai-date';

/**
 * Building blocks for Thai DOCX reports: every run carries the font in all four slots (Thai is a complex
 * script, so Word reads `w:cs`), the complex-script size and bold, and the language th-TH (`w:bidi` is the
 * complex-script language). A4 pages, bordered tables, a footer with who generated the report and when.
 */

export const THAI_FONT = 'TH Sarabun New';
/** Half-points: 16 pt body, the usual size for Thai official documents. */
export const BODY_SIZE = 32;
export const SMALL_SIZE = 28;
export const TITLE_SIZE = 36;
const LANGUAGE = { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' };
const FONT = { ascii: THAI_FONT, hAnsi: THAI_FONT, cs: THAI_FONT, eastAsia: THAI_FONT };

/** A4 in twips (1/1440 in); margins 2 cm (1134 twips). */
export const A4 = { width: 11906, height: 16838, margin: 1134 };
export type Orientation = 'portrait' | 'landscape';

export function textWidth(orientation: Orientation): number {
  return (orientation === 'portrait' ? A4.width : A4.height) - 2 * A4.margin;
}

interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  underline?: boolean;
}

export function thaiRun(text: string, style: RunStyle = {}): TextRun {
  const size = style.size ?? BODY_SIZE;
  const bold = style.bold ?? false;
  return new TextRun({
    text,
    font: FONT,
    size,
    sizeComplexScript: size,
    bold,
    boldComplexScript: bold,
    language: LANGUAGE,
    ...(style.color ? { color: style.color } : {}),
    ...(style.underline ? { underline: {} } : {}),
  });
}

export function thaiParagraph(
  children: string | ParagraphChild[],
  options: {
    bold?: boolean;
    size?: number;
    align?: 'left' | 'center' | 'both';
    after?: number;
    keepNext?: boolean;
  } = {},
): Paragraph {
  const runs =
    typeof children === 'string' ? [thaiRun(children, { bold: options.bold, size: options.size })] : children;
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, both: AlignmentType.JUSTIFIED }[
    options.align ?? 'left'
  ];
  return new Paragraph({
    children: runs,
    alignment,
    spacing: { after: options.after ?? 0 },
    keepNext: options.keepNext ?? false,
  });
}

export function hyperlink(text: string, url: string, size = SMALL_SIZE): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [thaiRun(text, { size, color: '0563C1', underline: true })] });
}

export const TABLE_BORDERS: ITableBordersOptions = Object.fromEntries(
  ['top', 'bottom', 'left', 'right', 'insideHorizontal', 'insideVertical'].map((side) => [
    side,
    { style: BorderStyle.SINGLE, size: 4, color: '000000' },
  ]),
);

export const FIXED_LAYOUT = TableLayoutType.FIXED;

export function cell(
  children: Paragraph[],
  width: number,
  options: { header?: boolean; rowSpan?: number } = {},
): TableCell {
  return new TableCell({
    children: children.length ? children : [thaiParagraph('')],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: options.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(options.header ? { shading: { fill: 'D9E2F3' } } : {}),
    ...(options.rowSpan && options.rowSpan > 1 ? { rowSpan: options.rowSpan } : {}),
  });
}

export function headerCell(label: string, width: number): TableCell {
  return cell([thaiParagraph(label, { bold: true, align: 'center' })], width, { header: true });
}

/** Column widths in twips from fractions of the text width, the first never below `minFirst`. */
export function columnWidths(total: number, fractions: number[], minFirst: number): number[] {
  const widths = fractions.map((f) => Math.round(total * f));
  const shortfall = Math.max(0, minFirst - widths[0]!);
  if (shortfall > 0) {
    widths[0] = minFirst;
    const rest = widths.length - 1;
    for (let i = 1; i < widths.length; i++) widths[i] = widths[i]! - Math.round(shortfall / rest);
  }
  return widths;
}

function footer(model: ReportModel): Footer {
  const generated = `จัดทำเมื่อ ${formatThaiDateTime(model.generated_at)} โดย ${model.generated_by}`;
  const page = new TextRun({
    children: ['  หน้า ', PageNumber.CURRENT, ' จาก ', PageNumber.TOTAL_PAGES],
    font: FONT,
    size: SMALL_SIZE - 4,
    sizeComplexScript: SMALL_SIZE - 4,
    language: LANGUAGE,
  });
  return new Footer({ children: [new Paragraph({ children: [thaiRun(generated, { size: SMALL_SIZE - 4 }), page] })] });
}

/** One A4 section with the Thai defaults, packed as bytes (works in the browser and in Node). */
export async function packThaiDocument(
  model: ReportModel,
  title: string,
  orientation: Orientation,
  body: (Paragraph | Table)[],
) {
  const doc = new Document({
    title,
    creator: model.generated_by,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: LANGUAGE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        footers: { default: footer(model) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
