import type { Paragraph } from 'docx';
import { SMALL_SIZE, thaiParagraph, thaiRun, TITLE_SIZE } from './docx-thai';
import {
  fiscalYearLine,
  indicatorHeading,
  scoreParagraph,
  type ReportIndicator,
  type ReportMeasure,
  type ReportModel,
} from './report-model';
import { formatThaiRange } from './thai-date';

/** The parts O42 and O43 share: the heading block and the contents of the indicator table's cells. */

export function headingBlock(model: ReportModel, title: string, subtitle?: string): Paragraph[] {
  return [
    thaiParagraph(title, { bold: true, size: TITLE_SIZE, align: 'center' }),
    thaiParagraph(fiscalYearLine(model.fiscal_year_be), { bold: true, size: TITLE_SIZE, align: 'center' }),
    ...(subtitle ? [thaiParagraph(subtitle, { bold: true, align: 'center' })] : []),
    thaiParagraph(model.agency, { bold: true, size: TITLE_SIZE, align: 'center', after: 240 }),
    thaiParagraph(scoreParagraph(model), { align: 'both', after: 240 }),
  ];
}

export const TABLE_HEADERS = ['ตัวชี้วัด', 'การวิเคราะห์', 'ผลการวิเคราะห์ของหน่วยงาน', 'มาตรการ'] as const;

export function indicatorParagraphs(ind: ReportIndicator): Paragraph[] {
  const { title, detail } = indicatorHeading(ind);
  return [thaiParagraph(title, { bold: true }), thaiParagraph(detail, { size: SMALL_SIZE })];
}

/** Text with line breaks as one paragraph per line. */
export function textParagraphs(text: string | null | undefined, size?: number): Paragraph[] {
  const lines = (text ?? '').split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.map((l) => thaiParagraph(l, { size, align: 'left' }));
}

/** "1. title", then the owner department and the period in smaller type. */
export function measureParagraphs(m: ReportMeasure, index: number): Paragraph[] {
  const period = formatThaiRange(m.start_date, m.due_date);
  return [
    thaiParagraph(`${index + 1}. ${m.title}`),
    ...(m.department
      ? [
          thaiParagraph([
            thaiRun('ผู้รับผิดชอบ: ', { bold: true, size: SMALL_SIZE }),
            thaiRun(m.department, { size: SMALL_SIZE }),
          ]),
        ]
      : []),
    ...(period
      ? [
          thaiParagraph(
            [thaiRun('ระยะเวลา: ', { bold: true, size: SMALL_SIZE }), thaiRun(period, { size: SMALL_SIZE })],
            { after: 80 },
          ),
        ]
      : []),
  ];
}
