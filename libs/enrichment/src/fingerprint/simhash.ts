import { BitCounts } from './bit-counts';
import { LETTER, NUMBER, classesOf, codePointAt, codeUnits } from '../text/char-classes';

/**
 * 64-bit SimHash over word 3-shingles (Charikar 2002): near-identical texts (syndicated copies with a changed
 * byline or a trimmed paragraph) get fingerprints a few bits apart; unrelated texts differ in ~32 bits.
 * Each word is hashed twice (FNV-1a with two offset bases + murmur3 finaliser); a shingle's two 32-bit halves
 * chain its words' hashes through the finaliser; plain 32-bit integer arithmetic keeps it fast. Words are lower-cased letter/digit runs.
 */

/** murmur3 fmix32: spreads every input bit over the whole word. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function simhash(text: string, shingleSize = 3): string {
  // Words are the runs of /[\p{L}\p{N}]+/u in the lower-cased text, scanned and hashed in one pass without
  // building the word strings: each word's code units go through both FNV-1a hashes as they are read.
  const lower = text.toLowerCase();
  // Per-word hashes, allocated per call: buffers kept across calls would only ever grow, and a failed allocation
  // half-way through growing them would corrupt every later fingerprint.
  const mostWords = (lower.length >> 1) + 1; // words are separated by at least one other character
  const w1 = new Int32Array(mostWords);
  const w2 = new Int32Array(mostWords);
  let count = 0;
  for (let i = 0; i < lower.length; ) {
    const cp = codePointAt(lower, i);
    if (!(classesOf(cp) & (LETTER | NUMBER))) {
      i += codeUnits(cp);
      continue;
    }
    let h1 = 0x811c9dc5;
    let h2 = 0x050c5d1f;
    while (i < lower.length) {
      const wordCp = codePointAt(lower, i);
      if (!(classesOf(wordCp) & (LETTER | NUMBER))) break;
      const end = i + codeUnits(wordCp);
      for (; i < end; i++) {
        const code = lower.charCodeAt(i);
        h1 = Math.imul(h1 ^ code, 0x01000193);
        h2 = Math.imul(h2 ^ code, 0x01000193);
      }
    }
    w1[count] = mix(h1);
    w2[count] = mix(h2);
    count++;
  }
  // Per bit, how many shingles set it; a bit of the fingerprint is 1 when more than half did (the classic +1/-1
  // weight sum is > 0 exactly then).
  const ones = new BitCounts();
  const n = Math.max(1, count - shingleSize + 1);
  let shingles = 0;
  for (let i = 0; i < n && count; i++) {
    let lo = 0x9747b28c;
    let hi = 0x2b3c4d5e;
    for (let k = i; k < Math.min(count, i + shingleSize); k++) {
      lo = mix(Math.imul(lo, 31) ^ w1[k]);
      hi = mix(Math.imul(hi, 37) ^ w2[k]);
    }
    ones.add(lo, hi);
    shingles++;
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones.count(bit) > shingles) lo |= 1 << bit;
    if (2 * ones.count(bit + 32) > shingles) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Hamming distance between two 16-hex-char fingerprints (0 = same, ~32 = unrelated). */
export function fingerprintDistance(a: string, b: string): number {
  const popcount = (x: number): number => {
    let c = 0;
    for (let v = x >>> 0; v; v &= v - 1) c++;
    return c;
  };
  const hiA = parseInt(a.slice(0, 8), 16);
  const loA = parseInt(a.slice(8, 16), 16);
  const hiB = parseInt(b.slice(0, 8), 16);
  const loB = parseInt(b.slice(8, 16), 16);
  return popcount(hiA ^ hiB) + popcount(loA ^ loB);
}
