import type { Mention } from '../types';

/**
 * Datelines: the place a wire story was filed from, at the start of the text or of a paragraph, in capitals,
 * before a dash or an agency in brackets: "WASHINGTON —", "NEW YORK (AP) -", "INNISFAIL, Alta. —",
 * "LONDON, Ontario (CP) —". Returns the place words (and a following region, as its own mention), at most one
 * dateline per paragraph and only in the first three paragraphs (later capitals are headings, not datelines).
 */
const DATELINE =
  /^([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?:,\s+([A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+)?))?\s*(?:\([A-Za-z .]+\)\s*)?(?:—|–|-{1,2}|:)\s/;

export function findDatelines(text: string): Mention[] {
  const out: Mention[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.replace(/^\s+/, '');
    if (!trimmed) continue;
    if (paragraph++ >= 3) break;
    const m = DATELINE.exec(trimmed);
    if (!m) continue;
    const at = start + (line.length - trimmed.length);
    out.push({ start: at, end: at + m[1].length, text: m[1] });
    if (m[2]) {
      const regionAt = at + trimmed.indexOf(m[2], m[1].length);
      out.push({ start: regionAt, end: regionAt + m[2].length, text: m[2] });
    }
  }
  return out;
}
