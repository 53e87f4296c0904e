/**
 * Passages two articles share word for word: hashes of each run of PASSAGE_WORDS content words ("shingles"), kept
 * in a profile so two profiles can tell how much of their text is the same passage.
 *
 * Why: on the SemEval-2022 dev pairs the worst-scored different-story pairs are one outlet's templates ("POL-S: ...
 * - Zeugen gesucht Polizeipräsidium Stuttgart ..."; the same author blurb under two posts): their term cosine is
 * high because a fixed passage repeats, not because the event is the same. Two outlets telling one event use the
 * same names and words, but seldom the same four words in a row. So a shared passage counts against the part of
 * the cosine it does not explain (story-similarity.ts). Wire copies, which share everything, keep a high score
 * (their cosine is near 1), and the clusterer joins near-duplicates by SimHash before any scoring anyway.
 */

/** Words in a passage: 4 measured best of 3-8 on the tuning half (3 to 6 within 0.002 AUC). */
export const PASSAGE_WORDS = 4;
/**
 * Most passages kept per profile, the first in the text (a dev text has at most ~150 content words; a longer
 * article's templates sit at the start as often as at the end: headers, datelines, bylines).
 */
export const MAX_PASSAGES = 256;

/** 32-bit FNV-1a of a string: stable across machines and runs, so stored profiles compare with new ones. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The distinct hashes of the first MAX_PASSAGES runs of PASSAGE_WORDS consecutive words, ascending. */
export function passageHashes(words: readonly string[]): number[] {
  const hashes = new Set<number>();
  for (let i = 0; i + PASSAGE_WORDS <= words.length && hashes.size < MAX_PASSAGES; i++)
    hashes.add(fnv1a(words.slice(i, i + PASSAGE_WORDS).join(' ')));
  return [...hashes].sort((a, b) => a - b);
}

/**
 * How much of the shorter text's passages the other has too, in [0, 1] (containment: |A ∩ B| / min(|A|, |B|));
 * 0 when either has none. Both lists ascending, as passageHashes gives them (a merge, no allocation).
 */
export function sharedPassages(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}
