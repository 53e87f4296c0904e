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
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Hash each word once; a shingle's hash combines its words' hashes in order (cheaper than re-hashing strings).
  const w1 = new Int32Array(words.length);
  const w2 = new Int32Array(words.length);
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    let h1 = 0x811c9dc5;
    let h2 = 0x050c5d1f;
    for (let c = 0; c < w.length; c++) {
      const code = w.charCodeAt(c);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x01000193);
    }
    w1[j] = mix(h1);
    w2[j] = mix(h2);
  }
  // Per bit, how many shingles set it; a bit of the fingerprint is 1 when more than half did (the classic +1/-1
  // weight sum is > 0 exactly then). Visiting only the set bits halves the work of a 64-step loop per shingle.
  const ones = new Int32Array(64);
  const n = Math.max(1, words.length - shingleSize + 1);
  let shingles = 0;
  for (let i = 0; i < n && words.length; i++) {
    let lo = 0x9747b28c;
    let hi = 0x2b3c4d5e;
    for (let k = i; k < Math.min(words.length, i + shingleSize); k++) {
      lo = mix(Math.imul(lo, 31) ^ w1[k]);
      hi = mix(Math.imul(hi, 37) ^ w2[k]);
    }
    for (let x = lo; x !== 0; x &= x - 1) ones[31 - Math.clz32(x & -x)]++;
    for (let x = hi; x !== 0; x &= x - 1) ones[63 - Math.clz32(x & -x)]++;
    shingles++;
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones[bit] > shingles) lo |= 1 << bit;
    if (2 * ones[bit + 32] > shingles) hi |= 1 << bit;
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
