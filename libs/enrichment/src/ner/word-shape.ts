import { LOWER, UPPER, classesOf, codePointAt, codeUnits } from '../text/char-classes';

/**
 * Shape tests on one word that the recogniser's "could be part of a name" test asks of every token; written as
 * scans rather than the regexes they replaced (named in each comment), which cost a regex run per token.
 */

/** /[A-Z]/.test(word), without the regex. */
export function hasAsciiCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * How many times a lower-case letter is directly followed by a capital ("McDonald" 1, "BeautyOfAnAries" 3). Two or
 * more is what /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u tested (a word holds no line break for "." to miss).
 */
export function lowerUpperSteps(word: string): number {
  let steps = 0;
  let previousLower = false;
  for (let i = 0; i < word.length; ) {
    const cp = codePointAt(word, i);
    const classes = classesOf(cp);
    if (previousLower && classes & UPPER) steps++;
    previousLower = (classes & LOWER) !== 0;
    i += codeUnits(cp);
  }
  return steps;
}
