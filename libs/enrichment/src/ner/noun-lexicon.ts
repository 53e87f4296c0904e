import { COMMON_NOUNS } from './common-nouns';
import { ENGLISH_WORDS } from './english-words';
import { GIVEN_NAMES } from './first-names';
import { COMMON_SURNAMES } from './surnames';

/**
 * The "noun cue" lexicon: the hand-kept name-like nouns (common-nouns.ts) plus the common English words of
 * english-words.ts that are not also given names or common surnames ("Rice", "Young", "Bush" stay names).
 * A title-case run holding one of these is a work, band, company or place rather than a person.
 */
const NOUNS: ReadonlySet<string> = new Set([
  ...COMMON_NOUNS,
  ...[...ENGLISH_WORDS].filter((w) => !GIVEN_NAMES.has(w) && !COMMON_SURNAMES.has(w)),
]);

/** True for a lower-cased common English noun, adjective or verb form that is not also a name. */
export function isCommonNoun(lowerCased: string): boolean {
  return NOUNS.has(lowerCased);
}
