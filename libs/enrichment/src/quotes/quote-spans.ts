/**
 * Spans of quoted text, found by one scan over the text with a stack of open quotation marks.
 *
 * Conventions: “…” (English), "…" (straight), „…“ and „…” (German, Polish), «…» (French, Russian). Single marks
 * (‘…’, '…') are never openers here: in English news they are quotes inside quotes, and the same characters are
 * apostrophes ("don’t", "’90s"), so treating them as marks would break far more than it finds; the one exception
 * is a "quoted paragraph" (a headline quote: ‘We Are Going All The Way.’).
 *
 * Heuristics (named where they are applied):
 * - "mark shape": a straight " (and a “ that could close a „) opens when it follows a space, the start of a paragraph
 *   or an opening bracket/dash and is followed by a non-space; otherwise it closes. A mark that neither closes the open
 *   quote nor looks like an opener is ignored (an inch mark: 6'2").
 * - "nested quote": a mark opening inside an open quote pushes a nested quote that its own closer pops; only the
 *   outermost quote is reported.
 * - "paragraph continuation": a quote still open at the end of a paragraph continues when the next paragraph begins
 *   with an opening mark (the English convention for a quote over several paragraphs: no closing mark until the last
 *   one); otherwise it ends with its paragraph (a missing closing mark never swallows the rest of the article).
 */

export interface QuotePart {
  /** First character after the opening mark. */
  start: number;
  /** The closing mark's offset (or the end of the paragraph's text when the part has none). */
  end: number;
}

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the last paragraph's text when it has none). */
  close: number;
  /** The quoted text, one part per paragraph (several for a multi-paragraph quote). */
  parts: QuotePart[];
  /** Whether the last part ends with a closing mark. */
  closed: boolean;
}

const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const LOW_OPEN = 0x201e; // „
const STRAIGHT = 0x22; // "
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »
const SINGLE_OPEN = 0x2018; // ‘
const SINGLE_CLOSE = 0x2019; // ’

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Characters after which a straight mark opens: brackets, dashes, slashes, other marks. */
function isOpeningContext(c: number): boolean {
  return (
    c === 0x28 ||
    c === 0x5b ||
    c === 0x7b ||
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2f ||
    c === OPEN_CURLY ||
    c === LOW_OPEN ||
    c === GUILLEMET_OPEN ||
    c === 0x2018
  );
}

/** "mark shape": whether the mark at i reads as an opening mark. */
function opensAt(text: string, i: number, paragraphStart: number): boolean {
  const prev = i > paragraphStart ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  return (isSpace(prev) || isOpeningContext(prev)) && !isSpace(next);
}

/** Whether `mark` (a char code) closes a quote opened with `opener`. */
function closes(opener: number, mark: number): boolean {
  switch (opener) {
    case OPEN_CURLY:
      // A “ where a closer belongs (`“It's unusual,“ said Noble`) closes too: see findQuoteSpans.
      return mark === CLOSE_CURLY || mark === STRAIGHT || mark === OPEN_CURLY;
    case LOW_OPEN:
      return mark === OPEN_CURLY || mark === CLOSE_CURLY;
    case STRAIGHT:
      return mark === STRAIGHT || mark === CLOSE_CURLY;
    case GUILLEMET_OPEN:
      return mark === GUILLEMET_CLOSE;
    default:
      return false;
  }
}

function isMark(c: number): boolean {
  return (
    c === OPEN_CURLY ||
    c === CLOSE_CURLY ||
    c === LOW_OPEN ||
    c === STRAIGHT ||
    c === GUILLEMET_OPEN ||
    c === GUILLEMET_CLOSE
  );
}

function isOpener(c: number): boolean {
  return c === OPEN_CURLY || c === LOW_OPEN || c === STRAIGHT || c === GUILLEMET_OPEN;
}

/** End of the paragraph's text that starts at or before i: the next newline, without trailing spaces. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: number[] = []; // opening marks (char codes); stack[0] is the outermost quote
  let open = -1;
  let partStart = -1;
  let parts: QuotePart[] = [];
  let paragraphStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (stack.length) {
        const partEnd = trimEnd(text, partStart, i);
        // "paragraph continuation": the next non-blank paragraph starts with an opening mark.
        let j = i + 1;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        const next = j < n ? text.charCodeAt(j) : 0;
        if (partEnd > partStart) parts.push({ start: partStart, end: partEnd });
        if (isOpener(next) && next !== GUILLEMET_CLOSE) {
          stack.length = 1;
          partStart = j + 1;
          paragraphStart = j;
          i = j;
          continue;
        }
        if (parts.length) spans.push({ open, close: partEnd, parts, closed: false });
        stack.length = 0;
        parts = [];
      }
      paragraphStart = i + 1;
      continue;
    }
    if (c === SINGLE_OPEN && i === paragraphStart && !stack.length) {
      // "quoted paragraph": a paragraph (a headline) wholly inside ‘…’ is a quote; elsewhere single marks are not.
      let e = text.indexOf('\n', i);
      if (e < 0) e = n;
      e = trimEnd(text, i, e);
      const closeAt =
        text.charCodeAt(e - 1) === SINGLE_CLOSE ? e - 1 : text.charCodeAt(e - 2) === SINGLE_CLOSE ? e - 2 : -1;
      if (closeAt > i + 1) {
        spans.push({ open: i, close: closeAt + 1, parts: [{ start: i + 1, end: closeAt }], closed: true });
        i = e - 1;
        continue;
      }
    }
    if (!isMark(c)) continue;
    const top = stack.length ? stack[stack.length - 1] : 0;
    if (
      top &&
      closes(top, c) &&
      !(c === OPEN_CURLY && top === OPEN_CURLY && opensAt(text, i, paragraphStart)) &&
      !(
        c === STRAIGHT &&
        top !== STRAIGHT &&
        opensAt(text, i, paragraphStart) &&
        i > 0 &&
        isSpace(text.charCodeAt(i - 1))
      )
    ) {
      stack.pop();
      if (!stack.length) {
        if (i > partStart) parts.push({ start: partStart, end: i });
        if (parts.length) spans.push({ open, close: i + 1, parts, closed: true });
        parts = [];
      }
      continue;
    }
    if (c === CLOSE_CURLY || c === GUILLEMET_CLOSE) continue; // a closer with nothing to close
    if ((c === STRAIGHT || c === OPEN_CURLY) && !opensAt(text, i, paragraphStart)) continue; // "mark shape"
    if (!stack.length) {
      open = i;
      partStart = i + 1;
    }
    stack.push(c); // "nested quote" when the stack was not empty
  }
  if (stack.length) {
    const partEnd = trimEnd(text, partStart, n);
    if (partEnd > partStart) parts.push({ start: partStart, end: partEnd });
    if (parts.length) spans.push({ open, close: partEnd, parts, closed: false });
  }
  return spans;
}
