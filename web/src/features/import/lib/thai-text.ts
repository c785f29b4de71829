/** Text helpers for Thai documents: spaces, Thai digits, joining wrapped fragments, HTML leftovers. */

const THAI_CHAR = /[\u0E00-\u0E7F]/;
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Every kind of space (incl. NBSP, thin and ideographic spaces) as a plain space; zero-width marks removed. */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** ๐–๙ → 0–9 (one character for one, so indexes into the text stay valid). */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

export function isThaiChar(ch: string | undefined): boolean {
  return ch !== undefined && THAI_CHAR.test(ch);
}

/**
 * Joins two fragments of text that a line or page wrap separated. Thai has no spaces between words, so
 * Thai–Thai joins get none ("การใช้" + "งบประมาณ"); anywhere else (Latin, digits, punctuation) a space.
 */
export function joinFragments(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (!left) return right;
  if (!right) return left;
  return isThaiChar(left.at(-1)) && isThaiChar(right[0]) ? left + right : `${left} ${right}`;
}

/** Joins the words of a wrapped phrase (e.g. an indicator name broken inside its cell) with `joinFragments`. */
export function joinWrappedWords(text: string): string {
  return normalizeSpaces(text)
    .split(' ')
    .reduce((acc, word) => joinFragments(acc, word), '');
}

/** Parses a decimal number written with Arabic or Thai digits ("86.39", "๘๖.๓๙", "86,39"); null if it is not one. */
export function parseDecimal(text: string | undefined | null): number | null {
  if (text == null) return null;
  const t = toArabicDigits(normalizeSpaces(String(text))).replace(/,(\d{1,2})$/, '.$1');
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the HTML/XML character references that converters leave in text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Removes Markdown emphasis and heading marks that exports put around title lines ("**…**", "# …"). */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/(\*\*|__)/g, '')
    .trim();
}
