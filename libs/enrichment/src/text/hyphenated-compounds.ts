import { LETTER, UPPER, classesOf, codePointAt, codeUnits } from './char-classes';

/** A match: its offset in the text and its text. */
export interface Compound {
  index: number;
  text: string;
}

/**
 * Capitalised hyphenated compounds ("Syrian-Turkish", "DPRK-U.S.", "Russian-backed"): the matches of
 * /\p{Lu}[\p{L}.]*(?:-[\p{L}.]+)+/gu, found by one scan. The regex retries at every capital inside a word that has
 * no hyphen after it, each time re-reading the rest of the word; the scan reads each word once (every start inside
 * the same run of letters and dots ends that run at the same place, so fails the same way).
 */
export function hyphenatedCompounds(text: string): Compound[] {
  const out: Compound[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!(classesOf(cp) & UPPER)) {
      i += codeUnits(cp);
      continue;
    }
    const runEnd = letterOrDotRunEnd(text, i + codeUnits(cp));
    let end = runEnd;
    while (text.charCodeAt(end) === 0x2d /* - */ && isLetterOrDot(text, end + 1))
      end = letterOrDotRunEnd(text, end + 1);
    if (end > runEnd) out.push({ index: i, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

/** True when the character at i matches [\p{L}.]. */
function isLetterOrDot(text: string, i: number): boolean {
  if (i >= text.length) return false;
  return text.charCodeAt(i) === 0x2e || (classesOf(codePointAt(text, i)) & LETTER) !== 0;
}

/** End of the run of [\p{L}.] characters from i. */
function letterOrDotRunEnd(text: string, i: number): number {
  let j = i;
  while (isLetterOrDot(text, j)) j += codeUnits(codePointAt(text, j));
  return j;
}
