import { stemmerFor } from './story-stemmers';
import { STOPWORD_LISTS } from './story-stopwords';

/**
 * The terms a story profile is made of: words folded so that outlets' spellings meet (case, diacritics, ß/ss,
 * Turkish dotless i, Arabic letter variants), function words dropped, then cut into character n-grams. Scripts
 * written without spaces (Chinese, Japanese, Thai, ...) give overlapping character pairs instead.
 */

/** Combining marks that only decorate a base letter: Latin/Greek/Cyrillic accents and Arabic short vowels. */
const DECORATION = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
/** A word: letters, marks, digits (marks kept for Indic scripts, whose vowel signs are marks). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Scripts without spaces between words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Lower case without diacritics, as terms and stop words are compared. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(DECORATION, '')
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c])
    .normalize('NFC');
}

const STOPWORDS = new Map(
  Object.entries(STOPWORD_LISTS).map(([lang, words]) => [lang, new Set(foldText(words).split(/\s+/).filter(Boolean))]),
);
const ANY_STOPWORDS = new Set([...STOPWORDS.values()].flatMap((s) => [...s]));

function stopwordsFor(language: string | null | undefined): ReadonlySet<string> {
  return (language && STOPWORDS.get(language)) || ANY_STOPWORDS;
}

/** Arabic clitics glued to the front of a word: the article and the conjunctions/prepositions before it. */
const ARABIC_PREFIX = /^(?:وال|بال|كال|فال|لل|ال)(?=..)/;
const ARABIC = /[\u0600-\u06ff]/;

/**
 * The folded content words of a text, in order: function words and one-letter words dropped, the rest lightly
 * stemmed where the language has a stemmer (German, Polish, Arabic: story-stemmers.ts).
 */
export function storyWords(text: string, language?: string | null): string[] {
  const stop = stopwordsFor(language);
  const stem = stemmerFor(language);
  const words: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) {
    const word = match[0];
    if (UNSPACED.test(word)) words.push(word);
    else if (word.length >= 2 && !stop.has(word)) words.push(stem ? stem(word) : word);
  }
  return words;
}

/**
 * The character n-grams of a word, with "_" marking its ends ("_ferr", "ferry", "erry_" for n = 5; a word shorter
 * than n - 1 is one term "_ab_"). Grams match where words only share a part: German compounds ("Grenzöffnungen" and
 * "Grenzen"), inflections in any language, and names spelt alike across languages; they beat word stems on every
 * language of the dev pairs (bench/lib/enrich-stories.ts). Unspaced scripts give character pairs instead.
 */
export function pushWordGrams(word: string, n: number, terms: string[]): void {
  if (UNSPACED.test(word)) {
    pushCharacterPairs(word, terms);
    return;
  }
  // Arabic glues the article and some prepositions to the word: off, so "الحكومة" and "حكومة" share their grams.
  const marked = `_${ARABIC.test(word) ? word.replace(ARABIC_PREFIX, '') : word}_`;
  if (marked.length <= n) {
    terms.push(marked);
    return;
  }
  for (let i = 0; i + n <= marked.length; i++) terms.push(marked.slice(i, i + n));
}

/** Overlapping character pairs of the unspaced runs in a word, plus its spaced parts as words. */
function pushCharacterPairs(word: string, terms: string[]): void {
  let last = 0;
  for (const run of word.matchAll(UNSPACED_RUN)) {
    const start = run.index ?? 0;
    if (start - last >= 2) terms.push(word.slice(last, start));
    const chars = [...run[0]];
    if (chars.length === 1) terms.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
    last = start + run[0].length;
  }
  if (word.length - last >= 2) terms.push(word.slice(last));
}
