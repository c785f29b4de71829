import { joinWrappedWords, normalizeSpaces, parseDecimal, toArabicDigits } from './thai-text';

/** "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ คะแนนเฉลี่ย 86.39" and its variants (Thai digits, "ตัวชี้วัด 1:", "(คะแนน 86.39)"). */

export const INDICATOR_START = /^\s*ตัวชี้วัด\s*(?:ที่)?\s*([0-9๐-๙]{1,3})(?![0-9๐-๙]|[.,][0-9๐-๙])\s*[:.)\-–]?\s*/;

export interface IndicatorHeading {
  no: number;
  /** Words joined without the wrap spaces ("การใช้ งบประมาณ" → "การใช้งบประมาณ"). */
  name: string;
  score: number | null;
  /** The score as written, when there was one ("86.39", "105"). */
  scoreText: string | null;
}

const SCORE_LABEL = /\(?\s*คะแนน\s*(?:เฉลี่ย)?\s*(?:[:=]\s*)?([0-9๐-๙]+(?:[.,][0-9๐-๙]+)?)?/;
const TRAILING_NUMBER = /\s\(?([0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]+)?)\)?\s*$/;

export function isIndicatorHeading(text: string): boolean {
  return INDICATOR_START.test(toArabicDigits(normalizeSpaces(text)));
}

export function parseIndicatorHeading(text: string): IndicatorHeading | null {
  const t = normalizeSpaces(text);
  const start = INDICATOR_START.exec(t);
  if (!start) return null;
  const no = Number(toArabicDigits(start[1]!));
  let rest = t.slice(start[0].length);
  let scoreText: string | null = null;

  const label = SCORE_LABEL.exec(rest);
  if (label) {
    scoreText = label[1] ?? null;
    rest = rest.slice(0, label.index);
  } else {
    const trailing = TRAILING_NUMBER.exec(rest);
    if (trailing) {
      scoreText = trailing[1]!;
      rest = rest.slice(0, trailing.index);
    }
  }
  const name = joinWrappedWords(rest.replace(/[\s(:\-–,]+$/, ''));
  return { no, name, score: parseDecimal(scoreText), scoreText };
}
