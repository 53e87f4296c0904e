import { hashString } from './hashing';
import { detachedCopy } from '../../text/bounded-memo';
import { CLUSTER_LEVELS, WordClusters } from './word-clusters';
import { FIRST_NAMES, GIVEN_NAMES } from '../first-names';
import { COMMON_SURNAMES } from '../surnames';
import { KNOWN_ORGANIZATIONS } from '../known-organizations';
import { TITLE_WORDS } from '../titles';
import { LOC_HEADS, MISC_HEADS, ORG_HEADS } from '../type-cue-words';
import { ENGLISH_WORDS } from '../english-words';
import { isCommonNoun } from '../noun-lexicon';
import { FUNCTION_WORDS, TIME_WORDS } from '../common-words';
import { MISC_WORDS } from '../misc-names';
import { HISTORICAL_PLACES } from '../historical-places';
import { GROUP_ADJECTIVES, demonymCountry } from '../../geo/demonyms';
import { REGION_ADJECTIVES } from '../../geo/region-adjectives';

/**
 * Everything about one token that its features need, computed once per token ("hash once"): string hashes of
 * the word, its lower case, shape and affixes, its word clusters, and bit sets of orthographic flags and lexicon
 * memberships. Features are then integer mixes of these values.
 */
export interface TokenInfo {
  word: number;
  lower: number;
  shape: number;
  shortShape: number;
  /** Hashes of the lower-cased prefixes and suffixes of 1..4 characters (0 when the word is not longer). */
  prefixes: number[];
  suffixes: number[];
  /** Cluster id at each level, -1 when the word has no vector. */
  clusters: number[];
  flags: number;
  lexicon: number;
  /** Not features; what the document-level steps ask of every token, computed here once. */
  lowerText: string;
  hasLetter: boolean;
  /** Written in capitals only (one letter or more). */
  upper: boolean;
  functionWord: boolean;
}

// Orthographic flags.
export const F_INIT_CAP = 1;
export const F_ALL_CAPS = 2;
export const F_HAS_DIGIT = 4;
export const F_ALL_DIGITS = 8;
export const F_HYPHEN = 16;
export const F_DOT = 32;
export const F_APOSTROPHE = 64;
export const F_SENTENCE_START = 128;
export const F_PUNCT = 256;
export const F_MIXED_CASE = 512;
export const F_SINGLE_LETTER = 1024;
export const F_HASH_OR_AT = 2048;
export const FLAG_BITS = 12;

// Lexicon memberships (the rule recogniser's lists, and the geo tables' adjectives).
const LEXICONS: ((word: string, lower: string) => boolean)[] = [
  // The name lists are lower case; the cue-word lists are written as they appear in text.
  (_w, l) => FIRST_NAMES.has(l) || GIVEN_NAMES.has(l),
  (_w, l) => COMMON_SURNAMES.has(l),
  (_w, l) => KNOWN_ORGANIZATIONS.has(l),
  (w) => demonymCountry(w) !== null || w in REGION_ADJECTIVES,
  (w) => TITLE_WORDS.has(w),
  (w) => ORG_HEADS.has(w),
  (w) => LOC_HEADS.has(w),
  (w) => MISC_HEADS.has(w),
  (_w, l) => ENGLISH_WORDS.has(l),
  (_w, l) => isCommonNoun(l),
  (_w, l) => FUNCTION_WORDS.has(l),
  (_w, l) => TIME_WORDS.has(l),
  (w) => MISC_WORDS.has(w) || GROUP_ADJECTIVES.has(w),
  (_w, l) => HISTORICAL_PLACES.has(l),
];
export const LEXICON_BITS = LEXICONS.length;

/**
 * "Token memo": words repeat within and across articles (Zipf), and a TokenInfo depends only on the word, the
 * sentence-start flag and the cluster table, so each is computed once and shared (they are never modified).
 * Bounded like text/bounded-memo.ts: emptied at 20,000 entries, keys copied so no article stays alive through it.
 */
const MEMO_LIMIT = 20_000;
/** Per cluster table: [mid-sentence memo, sentence-start memo]. */
const memos = new WeakMap<WordClusters, Map<string, TokenInfo>[]>();
const noClusters = [new Map<string, TokenInfo>(), new Map<string, TokenInfo>()];

export function memoTokenInfo(word: string, sentenceStart: boolean, clusters: WordClusters | null): TokenInfo {
  let pair = clusters ? memos.get(clusters) : noClusters;
  if (!pair) memos.set(clusters!, (pair = [new Map(), new Map()]));
  const memo = pair[sentenceStart ? 1 : 0];
  let info = memo.get(word);
  if (!info) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    info = tokenInfo(word, sentenceStart, clusters);
    memo.set(detachedCopy(word), info);
  }
  return info;
}

export function tokenInfo(word: string, sentenceStart: boolean, clusters: WordClusters | null): TokenInfo {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const prefixes = [0, 0, 0, 0];
  const suffixes = [0, 0, 0, 0];
  for (let n = 1; n <= 4 && n < lower.length; n++) {
    prefixes[n - 1] = hashString(lower.slice(0, n));
    suffixes[n - 1] = hashString(lower.slice(-n));
  }
  const ids = [-1, -1, -1, -1];
  const fine = clusters ? clusters.fineOf(word, lower) : -1;
  if (fine >= 0) for (let l = 0; l < CLUSTER_LEVELS; l++) ids[l] = clusters!.at(fine, l);
  let lexicon = 0;
  if (/\p{L}/u.test(word)) for (let b = 0; b < LEXICONS.length; b++) if (LEXICONS[b](word, lower)) lexicon |= 1 << b;
  return {
    word: hashString(word),
    lower: hashString(lower),
    shape: hashString(shape),
    shortShape: hashString(collapse(shape)),
    prefixes,
    suffixes,
    clusters: ids,
    flags: orthographicFlags(word, lower, sentenceStart),
    lexicon,
    lowerText: detachedCopy(lower),
    hasLetter: lower !== word.toUpperCase(),
    upper: word === word.toUpperCase(),
    functionWord: FUNCTION_WORDS.has(lower),
  };
}

/** "Word shape": X for capitals, x for small letters, d for digits, other characters kept; runs capped at 4. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const up = ch.toUpperCase();
    const low = ch.toLowerCase();
    const c = ch >= '0' && ch <= '9' ? 'd' : up !== low ? (ch === up ? 'X' : 'x') : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Shape with every run collapsed to one character ("Xx", "X.X.", "d-d"). */
function collapse(shape: string): string {
  let out = '';
  for (const c of shape) if (c !== out[out.length - 1]) out += c;
  return out;
}

function orthographicFlags(word: string, lower: string, sentenceStart: boolean): number {
  const upper = word.toUpperCase();
  const hasLetter = upper !== lower;
  let f = 0;
  if (hasLetter && word[0] !== lower[0]) f |= F_INIT_CAP;
  if (hasLetter && word === upper && word.length > 1) f |= F_ALL_CAPS;
  if (hasLetter && word !== upper && word.slice(1) !== lower.slice(1)) f |= F_MIXED_CASE;
  if (/\d/.test(word)) f |= /^[\d.,:/-]+$/.test(word) ? F_ALL_DIGITS | F_HAS_DIGIT : F_HAS_DIGIT;
  if (word.includes('-')) f |= F_HYPHEN;
  if (word.includes('.')) f |= F_DOT;
  if (word.includes("'") || word.includes('’')) f |= F_APOSTROPHE;
  if (sentenceStart) f |= F_SENTENCE_START;
  if (!hasLetter && !/\d/.test(word)) f |= F_PUNCT;
  if (hasLetter && word.length === 1) f |= F_SINGLE_LETTER;
  if (word[0] === '#' || word[0] === '@') f |= F_HASH_OR_AT;
  return f;
}
