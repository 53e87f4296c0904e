/**
 * Unicode character classes by code point, memoised. The tokeniser, the fingerprint and the topic scanner look at
 * every character of an article; V8 runs regexes with Unicode property escapes (\p{L}, \p{N}) over a whole text
 * several times slower than a table look-up per character, so those scanners walk the text themselves and ask
 * here. Each class is decided once per code point by the very regex the scanners used before (so the answers are
 * exactly the regex's), then read from a table.
 */

/** \p{L}: a letter. */
export const LETTER = 1;
/** \p{M}: a combining mark. */
export const MARK = 2;
/** \p{N}: a number (digits, Roman numeral letters, fractions, superscripts). */
export const NUMBER = 4;
/** \p{Lu}: an upper-case letter. */
export const UPPER = 8;
/** \s: white space as JavaScript regexes define it. */
export const SPACE = 16;
/** \p{Ll}: a lower-case letter. */
export const LOWER = 32;
/** Set once the entry is computed (0 means "not looked at yet"). */
const KNOWN = 128;

const bmp = new Uint8Array(0x10000);
/** Astral code points seen (emoji, historic scripts), bounded: a hostile text can hold a million distinct ones. */
const astral = new Map<number, number>();
const MAX_ASTRAL_ENTRIES = 4096;

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\s/u.test(ch) ? SPACE : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0)
  );
}

/** The class bits of a code point (a lone surrogate is its own code point, as in a /u regex). */
export function classesOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp];
    if (c === 0) bmp[cp] = c = compute(cp);
    return c & ~KNOWN;
  }
  let c = astral.get(cp);
  if (c === undefined) {
    if (astral.size >= MAX_ASTRAL_ENTRIES) astral.clear();
    astral.set(cp, (c = compute(cp)));
  }
  return c & ~KNOWN;
}

/**
 * The code point at index i, reading a surrogate pair as one character the way a /u regex does (a lone
 * surrogate stays a code point of its own). Its length in code units is `cp > 0xffff ? 2 : 1`.
 */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Length in UTF-16 code units of a code point. */
export function codeUnits(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Class bits of the character starting at index i (0 past the end). */
export function classesAt(text: string, i: number): number {
  return i < text.length ? classesOf(codePointAt(text, i)) : 0;
}

/** True when some character of the text has one of the class bits (/[\p{…}]/u.test without the regex). */
export function hasClass(text: string, classes: number): boolean {
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if (classesOf(cp) & classes) return true;
    i += codeUnits(cp);
  }
  return false;
}
