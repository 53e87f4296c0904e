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

function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

export function simhash(text: string, shingleSize = 3): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Hash each word once; a shingle's hash combines its words' hashes in order (cheaper than re-hashing strings).
  const w1 = words.map((w) => hash32(w, 0x811c9dc5));
  const w2 = words.map((w) => hash32(w, 0x050c5d1f));
  const weights = new Int32Array(64);
  const n = Math.max(1, words.length - shingleSize + 1);
  for (let i = 0; i < n && words.length; i++) {
    let lo = 0x9747b28c;
    let hi = 0x2b3c4d5e;
    for (let k = i; k < Math.min(words.length, i + shingleSize); k++) {
      lo = mix(Math.imul(lo, 31) ^ w1[k]);
      hi = mix(Math.imul(hi, 37) ^ w2[k]);
    }
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] += (lo >>> bit) & 1 ? 1 : -1;
      weights[bit + 32] += (hi >>> bit) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit] > 0) lo |= 1 << bit;
    if (weights[bit + 32] > 0) hi |= 1 << bit;
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
