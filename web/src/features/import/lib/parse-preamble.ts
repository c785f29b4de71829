import type { ProblemList } from './problems';
import { plainText } from './table-model';
import { isThaiChar, joinFragments, normalizeSpaces, parseDecimal, stripMarkdown, toArabicDigits } from './thai-text';

/**
 * The text above the table: title lines, the agency, and the paragraph with the overall ITA score and
 * grade ("…ได้คะแนนเท่ากับ 75.28 คะแนน จัดอยู่ในระดับ B…").
 */

export interface PreambleLine {
  line: number;
  text: string;
}

export interface Preamble {
  title: string;
  agency: string;
  fiscal_year_be: number | null;
  ita_score: number | null;
  ita_grade: string | null;
}

const YEAR = /(?:พ\.\s?ศ\.|ปีงบประมาณ)\s*(?:พ\.\s?ศ\.)?\s*(\d{4})/;
const YEAR_LINE_START = /^(?:ประจำปี|ปีงบประมาณ|พ\.\s?ศ\.)/;
const NUMBER = '(\\d{1,3}(?:\\.\\d+)?)';
const SCORE_WITH_UNIT = new RegExp(`${NUMBER}\\s*คะแนน`);
const SCORE_AFTER_LABEL = new RegExp(`คะแนน[^\\d]{0,25}?${NUMBER}`);
const GRADE =
  /ระดับ\s*(?:ผลการประเมิน\s*)?(?:คือ\s*)?["“']?(AA|A|B|C|D|E|F|ผ่านดีเยี่ยม|ผ่านดี|ผ่าน|ไม่ผ่าน|ต้องปรับปรุงโดยด่วน|ต้องปรับปรุง)(?![A-Za-z])/;
const AGENCY_BEFORE_SCORE = /^(.{2,80}?)\s*(?:มีผลคะแนน|มีผลการประเมิน|ได้รับผลคะแนน|ได้รับคะแนน|ได้คะแนน)/;

function isScoreParagraph(text: string): boolean {
  return /คะแนน/.test(text) && /ITA|ประเมิน|ระดับ/.test(text);
}

/** Title lines wrap Thai without spaces; the fiscal-year phrase ("ประจำปีงบประมาณ พ.ศ. 2565") keeps its space. */
export function joinTitleLines(lines: string[]): string {
  return lines.reduce((acc, line) => {
    if (!acc) return line;
    if (YEAR_LINE_START.test(line) || !isThaiChar(acc.at(-1)) || !isThaiChar(line[0])) return `${acc} ${line}`;
    return joinFragments(acc, line);
  }, '');
}

export function findFiscalYear(...texts: string[]): number | null {
  for (const text of texts) {
    const m = YEAR.exec(toArabicDigits(text));
    const year = m ? Number(m[1]) : NaN;
    if (year >= 2500 && year <= 2700) return year;
  }
  return null;
}

export function parseScoreParagraph(text: string): { score: number | null; grade: string | null } {
  const t = toArabicDigits(text);
  const m = SCORE_WITH_UNIT.exec(t) ?? SCORE_AFTER_LABEL.exec(t);
  const score = parseDecimal(m?.[1]);
  return { score: score !== null && score <= 100 ? score : null, grade: GRADE.exec(t)?.[1] ?? null };
}

export function parsePreamble(raw: PreambleLine[], problems: ProblemList, yearHints: string[] = []): Preamble {
  const lines = raw.map((l) => ({ line: l.line, text: normalizeSpaces(stripMarkdown(plainText(l.text))) }));
  const scoreIndex = lines.findIndex((l) => isScoreParagraph(l.text));
  const before = scoreIndex >= 0 ? lines.slice(0, scoreIndex) : lines;

  // Title: the first block of lines, up to and including the fiscal-year line.
  const start = before.findIndex((l) => l.text !== '');
  const titleLines: string[] = [];
  let i = Math.max(start, 0);
  for (; start >= 0 && i < before.length; i++) {
    const text = before[i]!.text;
    if (text === '') {
      const next = before.slice(i).find((l) => l.text !== '');
      const hasYear = findFiscalYear(titleLines.join(' ')) !== null;
      if (!hasYear && next && YEAR_LINE_START.test(next.text)) continue;
      break;
    }
    titleLines.push(text);
    if (findFiscalYear(text) !== null) {
      i++;
      break;
    }
  }
  const title = joinTitleLines(titleLines);
  const scoreText = scoreIndex >= 0 ? lines[scoreIndex]!.text : '';

  const agencyLine = before.slice(i).find((l) => l.text !== '' && l.text.length <= 120 && !/คะแนน/.test(l.text));
  const agency = agencyLine?.text ?? AGENCY_BEFORE_SCORE.exec(scoreText)?.[1]?.trim() ?? '';

  const { score, grade } = parseScoreParagraph(scoreText);
  const fiscal_year_be = findFiscalYear(title, ...yearHints, ...lines.map((l) => l.text));

  if (!title) problems.add('missing_title', null);
  if (!agency) problems.add('missing_agency', null);
  if (fiscal_year_be === null) problems.add('missing_fiscal_year', null);
  if (score === null) problems.add('missing_ita_score', scoreIndex >= 0 ? lines[scoreIndex]!.line : null);
  if (grade === null) problems.add('missing_ita_grade', scoreIndex >= 0 ? lines[scoreIndex]!.line : null);
  return { title, agency, fiscal_year_be, ita_score: score, ita_grade: grade };
}
