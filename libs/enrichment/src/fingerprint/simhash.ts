/**
 * 64-bit SimHash over word 3-shingles (Charikar 2002): near-identical texts (syndicated copies with a changed
 * byline or a trimmed paragraph) get fingerprints a few bits apart; unrelated texts differ in ~32 bits.
 * Each shingle is hashed with 64-bit FNV-1a (BigInt); words are lower-cased letter/digit runs.
 */

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

function fnv1a64(s: string): bigint {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * FNV_PRIME) & MASK;
  }
  return h;
}

export function simhash(text: string, shingleSize = 3): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Array<number>(64).fill(0);
  const n = Math.max(1, words.length - shingleSize + 1);
  for (let i = 0; i < n; i++) {
    const shingle = words.slice(i, i + shingleSize).join(' ');
    if (!shingle) continue;
    let h = fnv1a64(shingle);
    for (let bit = 0; bit < 64; bit++) {
      weights[bit] += (h & 1n) === 1n ? 1 : -1;
      h >>= 1n;
    }
  }
  let out = 0n;
  for (let bit = 63; bit >= 0; bit--) out = (out << 1n) | (weights[bit] > 0 ? 1n : 0n);
  return out.toString(16).padStart(16, '0');
}

/** Hamming distance between two 16-hex-char fingerprints (0 = same, ~32 = unrelated). */
export function fingerprintDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let d = 0;
  while (x) {
    d += Number(x & 1n);
    x >>= 1n;
  }
  return d;
}
