import { toArabicDigits } from './thai-text';

/**
 * Bullet markers in measure and analysis cells: "- ", "• " (and similar symbols), "1." "1)" "(1)" with
 * Arabic or Thai digits. A cell's first marker decides its style; only markers of that style split it,
 * and numbered markers inside a line must count on (1, 2, 3 …) so that "ระยะเวลา 1 ปี" never splits.
 */

export type BulletStyle = 'dash' | 'symbol' | 'num-dot' | 'num-paren' | 'num-parens';

const SYMBOLS = '•●○◦▪■□♦◆✓✔➢➤►▶∙⁃*';
const DASHES = '-–—';

interface Marker {
  style: BulletStyle;
  index: number;
  /** Where the item's text starts. */
  end: number;
  num: number | null;
}

const AT_START = new RegExp(
  `^\\s*(?:([${DASHES}])\\s*|([${SYMBOLS}])\\s*|\\(([0-9๐-๙]{1,2})\\)\\s+|([0-9๐-๙]{1,2})\\.\\s+|([0-9๐-๙]{1,2})\\)\\s+)`,
  'u',
);

function markerAt(text: string, index: number): Marker | null {
  const m = AT_START.exec(text.slice(index));
  if (!m) return null;
  const end = index + m[0].length;
  if (m[1]) return { style: 'dash', index, end, num: null };
  if (m[2]) return { style: 'symbol', index, end, num: null };
  const digits = m[3] ?? m[4] ?? m[5] ?? '';
  const num = Number(toArabicDigits(digits));
  const style: BulletStyle = m[3] ? 'num-parens' : m[4] ? 'num-dot' : 'num-paren';
  return { style, index, end, num };
}

/** Candidate markers after whitespace inside the text (dashes need a space after them). */
function inlineMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  const re = new RegExp(`\\s(?:[${DASHES}]\\s|[${SYMBOLS}]|\\([0-9๐-๙]{1,2}\\)\\s|[0-9๐-๙]{1,2}[.)]\\s)`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const marker = markerAt(text, m.index + 1);
    if (marker) out.push(marker);
    re.lastIndex = m.index + 1;
  }
  return out;
}

export interface SplitBullets {
  /** Text before the first marker (a continuation, or a cell without bullets). */
  lead: string;
  items: string[];
  style: BulletStyle | null;
  /** Number of the last numbered item, to continue the count in the next cell. */
  lastNumber: number | null;
}

/**
 * Splits a paragraph into bullet items. `style`/`lastNumber` carry on from the previous cell of the same
 * indicator, so a list cut by a page break continues with the same kind of marker.
 */
export function splitBullets(
  text: string,
  style: BulletStyle | null = null,
  lastNumber: number | null = null,
): SplitBullets {
  const first = markerAt(text, 0);
  const chosen = first?.style ?? style ?? inlineMarkers(text)[0]?.style ?? null;
  if (!chosen) return { lead: text.trim(), items: [], style: null, lastNumber };

  const markers: Marker[] = [];
  let expected = chosen === style ? lastNumber : null;
  const accept = (m: Marker, atStart: boolean) => {
    if (m.style !== chosen) return;
    if (m.num !== null) {
      if (!atStart && expected !== null && m.num !== expected + 1) return;
      if (!atStart && expected === null && m.num !== 1) return;
      expected = m.num;
    }
    markers.push(m);
  };
  if (first) accept(first, true);
  for (const m of inlineMarkers(text)) if (m.index >= (first?.end ?? 0)) accept(m, false);

  if (markers.length === 0) return { lead: text.trim(), items: [], style: chosen, lastNumber };
  const lead = text.slice(0, markers[0]!.index).trim();
  const items = markers
    .map((m, i) => text.slice(m.end, markers[i + 1]?.index ?? text.length).trim())
    .filter((t) => t.length > 0);
  return { lead, items, style: chosen, lastNumber: expected };
}

/** Drops one leading bullet marker ("- ", "• ", "1. ", "(1) " …) from analysis text. */
export function stripLeadingBullet(text: string): { text: string; hadBullet: boolean } {
  const m = markerAt(text, 0);
  return m ? { text: text.slice(m.end).trim(), hadBullet: true } : { text: text.trim(), hadBullet: false };
}
