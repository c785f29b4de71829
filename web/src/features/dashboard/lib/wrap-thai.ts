const segmenters = new Map<string, Intl.Segmenter>();

function words(text: string, locale: string): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/**
 * Splits a label into lines of at most `maxChars` characters at word boundaries. Thai has no spaces between
 * words, so SVG (and recharts, which wraps only on spaces) cannot break it: `Intl.Segmenter` finds the words.
 * A single word longer than a line stays whole; lines beyond `maxLines` are cut with an ellipsis.
 */
export function wrapLabel(text: string, maxChars: number, { locale = 'th', maxLines = 3 } = {}): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words(text.trim(), locale)) {
    if (line !== '' && (line + word).trimEnd().length > maxChars) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else {
      line += word;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`];
  }
  return lines;
}
