import { decodeEntities, normalizeSpaces } from './thai-text';

/**
 * The indicator table as the text and .docx readers see it, before it is interpreted:
 * rows of cells, each cell a list of paragraphs.
 */

export interface SourceParagraph {
  text: string;
  /** A Word list paragraph or an HTML <li>: it starts a new bullet even without a marker. */
  isListItem: boolean;
}

export type SourceCell = SourceParagraph[];

export interface SourceRow {
  /** Line of the text file, or row of the .docx table (1-based). */
  line: number;
  cells: SourceCell[];
}

export function cellText(cell: SourceCell | undefined): string {
  return normalizeSpaces((cell ?? []).map((p) => p.text).join(' '));
}

export function isBlankRow(row: SourceRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}

const BLOCK_TAG = /<\s*(\/?)\s*(p|div|br|li|ul|ol|tr|h[1-6])\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>/g;

/**
 * One tab-separated cell of the text export, which may carry HTML (`<p><b>…</b></p>`, `<br>`, `<li>`):
 * block tags separate paragraphs, other tags are dropped, entities decoded, spaces normalised.
 */
export function paragraphsFromHtmlCell(raw: string): SourceCell {
  const paragraphs: SourceCell = [];
  let isListItem = false;
  let last = 0;
  const push = (chunk: string) => {
    const text = normalizeSpaces(decodeEntities(chunk.replace(ANY_TAG, '')));
    if (text) paragraphs.push({ text, isListItem });
  };
  for (const m of raw.matchAll(BLOCK_TAG)) {
    push(raw.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    if (m[2]!.toLowerCase() === 'li') isListItem = !closing;
    else if (!closing && m[2]!.toLowerCase() !== 'br') isListItem = false;
  }
  push(raw.slice(last));
  return paragraphs;
}

/** A line of plain text with any HTML removed. */
export function plainText(raw: string): string {
  return normalizeSpaces(decodeEntities(raw.replace(ANY_TAG, '')));
}
