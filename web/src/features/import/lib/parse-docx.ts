import JSZip from 'jszip';
import { finalizePlan, type ImportResult, type ParseOptions } from './import-result';
import { DEFAULT_INDICATOR_GROUPS } from './indicator-groups';
import { isIndicatorHeading } from './parse-indicator-cell';
import { parsePreamble, type PreambleLine } from './parse-preamble';
import { ProblemList } from './problems';
import { isHeaderRow, readIndicatorTable } from './read-indicator-table';
import { cellText, type SourceCell, type SourceParagraph, type SourceRow } from './table-model';
import { normalizeSpaces } from './thai-text';
import { childElements, firstChild, parseXml, type XmlElement } from './xml-lite';

/**
 * Reads an agency's .docx: the paragraphs above the first indicator table (title, agency, score paragraph)
 * and that table (4 columns, same meaning as the text export). Paragraphs inside a cell stay paragraphs;
 * Word list paragraphs (bullets/numbering) start new measures.
 */
export async function parseItaDocx(bytes: Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<ImportResult> {
  const problems = new ProblemList();
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const doc = zip.file('word/document.xml');
    if (!doc) throw new Error('word/document.xml is missing');
    xml = await doc.async('string');
  } catch (e) {
    problems.add('unreadable_file', null, { reason: `not a Word (.docx) file (${(e as Error).message})` });
    return finalizePlan(null, problems, 'docx');
  }

  const body = firstChild(firstChild(parseXml(xml), 'w:document'), 'w:body');
  const blocks = body ? flattenBlocks(body) : [];
  const preamble: PreambleLine[] = [];
  let rows: SourceRow[] | null = null;
  for (const block of blocks) {
    if (block.name === 'w:p')
      preamble.push({
        line: preamble.length + 1,
        text: paragraphsOf(block)
          .map((p) => p.text)
          .join(' '),
      });
    else if (block.name === 'w:tbl') {
      const candidate = tableRows(block);
      if (candidate.some((r) => isIndicatorHeading(cellText(r.cells[0])) || isHeaderRow(r.cells.map(cellText)))) {
        rows = candidate;
        break;
      }
    }
  }
  if (!rows) {
    problems.add('no_table', null);
    return finalizePlan(null, problems, 'docx');
  }

  const yearHints = rows.filter((r) => isHeaderRow(r.cells.map(cellText))).map((r) => r.cells.map(cellText).join(' '));
  const head = parsePreamble(preamble, problems, yearHints);
  const groups = options.groups ?? DEFAULT_INDICATOR_GROUPS;
  const indicators = readIndicatorTable(rows, problems, { fiscalYearBe: head.fiscal_year_be, groups });
  if (indicators.length === 0) problems.add('no_indicators', null);
  return finalizePlan(indicators.length ? { ...head, indicators } : null, problems, 'docx');
}

/** Body paragraphs and tables in order, looking inside content controls (w:sdt). */
function flattenBlocks(el: XmlElement): XmlElement[] {
  return childElements(el).flatMap((c) => {
    if (c.name === 'w:p' || c.name === 'w:tbl') return [c];
    if (c.name === 'w:sdt') return flattenBlocks(firstChild(c, 'w:sdtContent') ?? c);
    return [];
  });
}

function tableRows(tbl: XmlElement): SourceRow[] {
  return childElements(tbl, 'w:tr').map((tr, i) => {
    const cells: SourceCell[] = [];
    for (const tc of childElements(tr, 'w:tc')) {
      const pr = firstChild(tc, 'w:tcPr');
      const span = Number(firstChild(pr, 'w:gridSpan')?.attrs['w:val'] ?? 1);
      const vMerge = firstChild(pr, 'w:vMerge');
      // A vertically merged continuation repeats nothing: its text is in the first cell of the merge.
      const isMergedContinuation = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
      cells.push(isMergedContinuation ? [] : cellParagraphs(tc));
      for (let s = 1; s < span; s++) cells.push([]);
    }
    return { line: i + 1, cells };
  });
}

function cellParagraphs(tc: XmlElement): SourceCell {
  return cellBlocks(tc).filter((p) => p.text !== '');
}

function cellBlocks(tc: XmlElement): SourceCell {
  return childElements(tc).flatMap((c) => {
    if (c.name === 'w:p') return paragraphsOf(c);
    if (c.name === 'w:tbl')
      return childElements(c, 'w:tr').flatMap((tr) => childElements(tr, 'w:tc').flatMap(cellParagraphs));
    if (c.name === 'w:sdt') return cellBlocks(firstChild(c, 'w:sdtContent') ?? c);
    return [];
  });
}

/** A w:p as one or more paragraphs (a manual line break w:br starts a new one). */
function paragraphsOf(p: XmlElement): SourceParagraph[] {
  const pPr = firstChild(p, 'w:pPr');
  const numId = firstChild(firstChild(pPr, 'w:numPr'), 'w:numId')?.attrs['w:val'];
  const style = firstChild(pPr, 'w:pStyle')?.attrs['w:val'] ?? '';
  const isListItem = (numId !== undefined && numId !== '0') || /list|bullet/i.test(style);
  const pieces: string[] = [''];
  const walk = (el: XmlElement) => {
    for (const c of childElements(el)) {
      if (c.name === 'w:pPr' || c.name === 'w:rPr' || c.name === 'w:del' || c.name === 'w:instrText') continue;
      if (c.name === 'w:t') pieces[pieces.length - 1] += c.children.filter((x) => typeof x === 'string').join('');
      else if (c.name === 'w:tab') pieces[pieces.length - 1] += ' ';
      else if (c.name === 'w:noBreakHyphen') pieces[pieces.length - 1] += '-';
      else if ((c.name === 'w:br' && c.attrs['w:type'] !== 'page') || c.name === 'w:cr') pieces.push('');
      else walk(c);
    }
  };
  walk(p);
  return pieces
    .map((t) => normalizeSpaces(t))
    .map((text, i) => ({ text, isListItem: isListItem && i === 0 }))
    .filter((x, i) => x.text !== '' || i === 0);
}
