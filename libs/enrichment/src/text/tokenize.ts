/**
 * Tokeniser with UTF-16 offsets. Words keep inner hyphens, apostrophes and dots of abbreviations
 * ("U.S.", "al-Assad", "O'Brien"); the English possessive "'s" becomes its own token so "Iran's" yields "Iran".
 */

import { LETTER, MARK, NUMBER, SPACE, UPPER, classesAt, classesOf, codePointAt, codeUnits } from './char-classes';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First token of a sentence (or line): its capital letter says nothing about being a name. */
  sentenceStart: boolean;
  /** Position in the token array. */
  index: number;
  /** Inside a URL or e-mail address: never part of a name. */
  inUrl?: boolean;
  /** Memo of the recogniser's "could be part of a name" test. */
  nameWord?: boolean;
}

/** Joiner characters as char codes (comparing codes makes no one-character strings). */
const WORD_JOINERS = charCodes("-'’.&");
const NUMBER_JOINERS = charCodes('.,:/-');
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const TRANSPARENT = new Set(['"', '“', '”', "'", '‘', '’', '(', '[', '«', '»', '-', '—', '–', '*', '•']);

/**
 * The token grammar, as the regex it was first written as (kept as the definition; the scanner below follows it exactly):
 *   (?:\p{Lu}\.){2,}                                    dotted abbreviations: U.S., U.K.
 *   | [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*   words with inner joiners
 *   | \p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?         numbers
 *   | \S                                                 any other single non-space character
 * tried in that order at each non-space position (flags gu). Hand-written "single-pass scanner": the regex spent
 * most of the tokeniser's time in its Unicode property classes.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const classes = classesOf(cp);
    if (classes & SPACE) {
      i += codeUnits(cp);
      continue;
    }
    const start = i;
    const abbreviationEnd = classes & UPPER ? dottedAbbreviationEnd(text, start) : start;
    if (abbreviationEnd > start || classes & (LETTER | MARK)) {
      const end = abbreviationEnd > start ? abbreviationEnd : wordEnd(text, start + codeUnits(cp));
      if (end - start > 2 && isPossessiveEnding(text, end)) {
        tokens.push(makeToken(text, start, end - 2, 'word', tokens.length));
        tokens.push(makeToken(text, end - 2, end, 'punct', tokens.length));
      } else tokens.push(makeToken(text, start, end, 'word', tokens.length));
      i = end;
    } else if (classes & NUMBER) {
      i = numberEnd(text, start);
      tokens.push(makeToken(text, start, i, 'number', tokens.length));
    } else {
      i = start + codeUnits(cp);
      tokens.push(makeToken(text, start, i, 'punct', tokens.length));
    }
  }
  markSentenceStarts(tokens, text);
  markUrls(tokens, text);
  return tokens;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, index: number): Token {
  // Every field set in one order: one object shape for all tokens.
  return {
    text: text.slice(start, end),
    start,
    end,
    kind,
    sentenceStart: false,
    index,
    inUrl: false,
    nameWord: undefined,
  };
}

/** End of "(?:\p{Lu}\.){2,}" from i, or i when fewer than two capital-dot pairs start there. */
function dottedAbbreviationEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    const dot = j + codeUnits(cp);
    if (!(classesOf(cp) & UPPER) || text.charCodeAt(dot) !== 0x2e) break;
    j = dot + 1;
    pairs++;
  }
  return pairs >= 2 ? j : i;
}

/** End of a run of characters that all have one of the class bits, from i. */
function runEnd(text: string, i: number, classes: number): number {
  let j = i;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (!(classesOf(cp) & classes)) break;
    j += codeUnits(cp);
  }
  return j;
}

/** End of "[\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*" from i (the word's first character is behind). */
function wordEnd(text: string, i: number): number {
  return joinedRunEnd(text, i, LETTER | MARK | NUMBER, WORD_JOINERS);
}

/** End of "\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?" from i (a number starts at i). */
function numberEnd(text: string, i: number): number {
  const j = joinedRunEnd(text, i, NUMBER, NUMBER_JOINERS);
  const suffix = text.slice(j, j + 2);
  if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') return j + 2;
  return text.charCodeAt(j) === 0x73 /* s */ ? j + 1 : j;
}

/** A run of the classes, then any number of (joiner + a non-empty run of the classes). */
function joinedRunEnd(text: string, i: number, classes: number, joiners: number[]): number {
  let j = runEnd(text, i, classes);
  while (j + 1 < text.length && joiners.includes(text.charCodeAt(j)) && classesAt(text, j + 1) & classes)
    j = runEnd(text, j + 1, classes);
  return j;
}

function charCodes(chars: string): number[] {
  return [...chars].map((c) => c.charCodeAt(0));
}

/** "['’]s" (either case of s) right before `end`. */
function isPossessiveEnding(text: string, end: number): boolean {
  const s = text.charCodeAt(end - 1);
  const apostrophe = text.charCodeAt(end - 2);
  return (s === 0x73 || s === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}

/** Sentence start = first token, or first token after . ! ? (skipping quotes/brackets), or after a line break. */
function markSentenceStarts(tokens: Token[], text: string): void {
  let atStart = true;
  let prevEnd = 0;
  let prev: Token | undefined;
  // The first line break at or after prevEnd (tokens hold no white space, so breaks lie between tokens).
  let lineBreak = text.indexOf('\n');
  for (const tok of tokens) {
    const before = prev;
    prev = tok;
    if (lineBreak >= 0 && lineBreak < prevEnd) lineBreak = text.indexOf('\n', prevEnd);
    if (lineBreak >= 0 && lineBreak < tok.start) atStart = true;
    prevEnd = tok.end;
    if (tok.kind === 'punct' && (TRANSPARENT.has(tok.text) || SENTENCE_END.has(tok.text) || tok.text === ':')) {
      // "John C. Scheidt", "Mr. Smith", "St. Louis": a dot after an initial or an abbreviation ends no sentence.
      if (
        SENTENCE_END.has(tok.text) &&
        !(tok.text === '.' && before && before.end === tok.start && isAbbreviation(before.text))
      )
        atStart = true;
      continue;
    }
    tok.sentenceStart = atStart;
    atStart = false;
  }
}

/** True when the word starts with an upper-case letter ("Ashtiani", "SCO", "McDonald"). */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && (classesOf(codePointAt(word, 0)) & UPPER) !== 0;
}

/** True for all-caps words of two or more letters ("NATO", "IRGC", "U.S."). */
export function isAllCaps(word: string): boolean {
  // Same as /^[\p{Lu}.&]+$/u plus /\p{Lu}.*\p{Lu}/u, without the regexes' cost.
  let capitals = 0;
  for (let i = 0; i < word.length; ) {
    const cp = codePointAt(word, i);
    if (classesOf(cp) & UPPER) capitals++;
    else if (cp !== 0x2e && cp !== 0x26) return false;
    i += codeUnits(cp);
  }
  return capitals >= 2;
}

const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Mt',
  'Jr',
  'Sr',
  'Gen',
  'Col',
  'Lt',
  'Capt',
  'Sgt',
  'Rev',
  'Sen',
  'Rep',
  'Gov',
  'Fr',
  'Maj',
  'Adm',
  'Cmdr',
  'No',
  'Nos',
  'vs',
  'Inc',
  'Co',
  'Corp',
  'Ltd',
  'Bros',
  'Ft',
  'Ave',
  'Blvd',
]);

/** An initial ("C") or a common abbreviation ("Mr", "St", "Jr"): the dot after it is not a full stop. */
function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word);
}

/**
 * URLs and e-mail addresses: the alternatives of one regex, each with a cheap literal test that any of its matches
 * needs ("alternative pre-check"). Most articles hold no URL, and scanning for the e-mail and bare-domain shapes
 * backtracks at every word, so only the alternatives whose literal the text contains go into the regex; one that
 * cannot match anywhere never changes what the others match.
 * The e-mail local part and the bare-domain label are bounded by their RFC limits (64 and 63 characters): unbounded,
 * each word boundary of a long run such as "a.a.a.…" or "a-a-a-…" re-read the rest of the run, so 50 KB of it took
 * 1.1 s and 500 KB minutes ("bounded backtracking"); bounded, 8 ms.
 */
const URL_ALTERNATIVES: { pattern: string; needs: (text: string) => boolean }[] = [
  { pattern: String.raw`\b(?:https?:\/\/|www\.)\S+`, needs: (text) => /https?:\/\/|www\./i.test(text) },
  { pattern: String.raw`\b[\w.-]{1,64}@[\w-]+\.[\w.]+`, needs: (text) => text.includes('@') },
  {
    pattern: String.raw`\b[a-z0-9-]{1,63}\.(?:com|org|net|co|io|ly)\/\S*`,
    needs: (text) => /\.(?:com|org|net|co|io|ly)\//i.test(text),
  },
];
/** The URL regex of each subset of alternatives (bit i = alternative i), compiled on first use. */
const urlRegexes = new Map<number, RegExp>();

function urlRegexFor(text: string): RegExp | null {
  let subset = 0;
  URL_ALTERNATIVES.forEach((alt, i) => {
    if (alt.needs(text)) subset |= 1 << i;
  });
  if (!subset) return null;
  let re = urlRegexes.get(subset);
  if (!re) {
    const patterns = URL_ALTERNATIVES.filter((_, i) => subset & (1 << i)).map((alt) => alt.pattern);
    urlRegexes.set(subset, (re = new RegExp(patterns.join('|'), 'gi')));
  }
  return re;
}

function markUrls(tokens: Token[], text: string): void {
  if (!text.includes('.') && !text.includes('@')) return;
  const urlRe = urlRegexFor(text);
  if (!urlRe) return;
  let k = 0;
  for (const m of text.matchAll(urlRe)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    while (k < tokens.length && tokens[k].end <= start) k++;
    for (let i = k; i < tokens.length && tokens[i].start < end; i++) tokens[i].inUrl = true;
  }
}
