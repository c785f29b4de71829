/**
 * PGlite runs Postgres in WebAssembly with a smaller stack than Postgres's own stack-depth check
 * assumes: a JSON value, regular expression or similar nested a few thousand levels deep exhausts
 * it, and the query then returns a wrong answer (no rows, or success for a refused INSERT) and can
 * leave the engine broken ("bad buffer ID"). Nothing legitimate nests that deep, so every input
 * that could reach a recursive parser in Postgres is checked here first and refused past a limit
 * far below the danger zone.
 */
export const MAX_NESTING = 128;

/**
 * The deepest nesting of `(`, `[` and `{` in `text`. With `json`, brackets inside JSON strings do
 * not count (a comment may well contain "((((").
 */
export function nestingDepth(text: string, json = false): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (json && ch === 0x22) inString = true;
    else if (ch === 0x28 || ch === 0x5b || ch === 0x7b) {
      if (++depth > max) max = depth;
    } else if (ch === 0x29 || ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

export const tooDeep = (text: string, json = false) => nestingDepth(text, json) > MAX_NESTING;
