import { hashString, mix } from './hashing';
import { HashIndex } from './hash-index';
import { ENTITY_TYPES } from './labels';
import type { TaggerToken } from './tagger-doc';

/**
 * "Training name list": the names annotated in the training data, as a gazetteer of token sequences (lower
 * case) with the type they were annotated with most often and whether that type was ambiguous. Ratinov & Roth's
 * gains from gazetteers came from lists of people, organisations and works, which the project's own lexicons lack;
 * the annotated names are such a list. To keep the model from trusting it blindly, each training document sees
 * the list built from the other half of the training data only ("jackknifed lists"); at run time the list of all
 * of it is used.
 */
export const MAX_NAME_TOKENS = 6;

export class NameList {
  private readonly index: HashIndex;

  /** codes[i]: 1 + 2 * type + (ambiguous ? 1 : 0) of keys[i]. */
  constructor(
    readonly keys: Uint32Array,
    readonly codes: Uint8Array,
  ) {
    this.index = new HashIndex(keys);
  }

  code(key: number): number {
    const row = this.index.get(key);
    return row < 0 ? 0 : this.codes[row];
  }

  /** From annotated names (words of each mention and its type). */
  static build(names: { words: string[]; type: string }[]): NameList {
    const counts = new Map<number, Int32Array>();
    for (const n of names) {
      const t = ENTITY_TYPES.indexOf(n.type as (typeof ENTITY_TYPES)[number]);
      if (t < 0 || n.words.length > MAX_NAME_TOKENS) continue;
      const key = sequenceKey(n.words.map((w) => hashString(w.toLowerCase())));
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Int32Array(ENTITY_TYPES.length)));
      c[t]++;
    }
    const keys = new Uint32Array(counts.size);
    const codes = new Uint8Array(counts.size);
    let r = 0;
    for (const [key, c] of [...counts].sort((a, b) => a[0] - b[0])) {
      let best = 0;
      let total = 0;
      for (let t = 0; t < c.length; t++) {
        total += c[t];
        if (c[t] > c[best]) best = t;
      }
      keys[r] = key;
      codes[r++] = 1 + 2 * best + (c[best] * 4 < total * 3 ? 1 : 0);
    }
    return new NameList(keys, codes);
  }
}

/** Key of a token sequence from its tokens' lower-case hashes (same fold at build and look-up). */
export function sequenceKey(lowerHashes: number[]): number {
  let h = 0x2545f491;
  for (const x of lowerHashes) h = mix(h, x);
  return h;
}

/**
 * For each token, the code of the longest listed name covering it that starts at or before it (greedy, left to
 * right, within a sentence), and its position in that name: 0 none, else 4 * code + (B 0, I 1, L 2, U 3) - 3.
 */
export function nameListCodes(
  tokens: TaggerToken[],
  lowerHashes: number[],
  sentences: [number, number][],
  list: NameList | null,
): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (!list) return out;
  for (const [s, e] of sentences) {
    for (let i = s; i < e; i++) {
      let h = 0x2545f491;
      let matched = 0;
      let code = 0;
      for (let n = 1; n <= MAX_NAME_TOKENS && i + n <= e; n++) {
        h = mix(h, lowerHashes[i + n - 1]);
        const c = list.code(h);
        if (c) {
          matched = n;
          code = c;
        }
      }
      if (!matched) continue;
      for (let k = 0; k < matched; k++) {
        const pos = matched === 1 ? 3 : k === 0 ? 0 : k === matched - 1 ? 2 : 1;
        out[i + k] = 4 * code + pos - 3;
      }
      i += matched - 1;
    }
  }
  return out;
}
