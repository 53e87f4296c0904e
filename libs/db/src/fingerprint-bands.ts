/**
 * Near-duplicate lookup by banding: a 64-bit SimHash (16 hex chars) is cut into four 16-bit bands. Two
 * fingerprints within Hamming distance 3 differ in at most 3 bands, so they share at least one: candidates are the
 * articles equal in any band, and the exact distance is checked afterwards.
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 3;

export function fingerprintBands(fingerprint: string | null | undefined): [number, number, number, number] | null {
  if (!fingerprint || !/^[0-9a-f]{16}$/i.test(fingerprint)) return null;
  return [0, 1, 2, 3].map((b) => parseInt(fingerprint.slice(b * 4, b * 4 + 4), 16)) as [number, number, number, number];
}

export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  while (x) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
}
