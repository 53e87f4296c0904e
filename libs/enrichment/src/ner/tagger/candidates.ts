import { F_ALL_DIGITS, F_HAS_DIGIT, F_HASH_OR_AT, F_INIT_CAP, F_MIXED_CASE, F_ALL_CAPS, TokenInfo } from './token-info';

/**
 * "Candidate tokens": which tokens the tagger scores at run time. In news text about three tokens in four are
 * lower-case words far from any capital ("said", "the", "on Sunday"), and the trained model labels them O
 * (measured: the skip changes CoNLL-2003 dev, WikiGold and WNUT17 test F1 by at most a few hundredths); scoring them
 * was three quarters of the tagger's time (about 60 hashed weight look-ups a token, most of them cache misses).
 *
 * A token is a seed when it has a capital letter or a digit, starts with # or @, or the rule recogniser, the
 * gazetteer or the training name list marks it. Candidates are the seeds, a name particle just before a seed
 * ("de Gaulle", "van Gogh") and up to `after` connecting words after one ("Bank of the West", "Procter &
 * Gamble", "Jack the Ripper"), within the seed's sentence; any other token is O.
 */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
  'st',
  'ter',
  'ten',
  'dos',
  'das',
  'e',
  'y',
]);
const CONNECTORS = new Set([
  ...PARTICLES,
  'of',
  'the',
  'and',
  'for',
  'on',
  'upon',
  'in',
  'at',
  'to',
  'a',
  'an',
  '&',
  '-',
  "'",
  '’',
  "'s",
  '’s',
  '.',
  'und',
  'et',
  'des',
  'les',
  'los',
  'las',
  'do',
  'o',
]);
const SEED_FLAGS = F_INIT_CAP | F_ALL_CAPS | F_MIXED_CASE | F_HAS_DIGIT | F_ALL_DIGITS | F_HASH_OR_AT;
export const CANDIDATE_AFTER = 2;

export function candidateTokens(
  info: TokenInfo[],
  marks: Uint8Array[],
  sentences: [number, number][],
  after = CANDIDATE_AFTER,
): Uint8Array {
  const out = new Uint8Array(info.length);
  for (const [s, e] of sentences) {
    for (let i = s; i < e; i++) {
      let seed = (info[i].flags & SEED_FLAGS) !== 0;
      for (let m = 0; !seed && m < marks.length; m++) seed = marks[m][i] !== 0;
      if (!seed) continue;
      out[i] = 1;
      if (i > s && PARTICLES.has(info[i - 1].lowerText)) out[i - 1] = 1;
      for (let k = i + 1; k < e && k <= i + after && CONNECTORS.has(info[k].lowerText); k++) out[k] = 1;
    }
  }
  return out;
}
