/**
 * Open-addressing index from 32-bit keys to rows 0..n-1, in two typed arrays (no Map: a Map of a million number
 * keys costs about 60 MB and several times the look-up time). Linear probing, load factor at most 1/2.
 */
export class HashIndex {
  /** Slot s: key at 2s (as int32), row + 1 at 2s + 1 (0: empty). Interleaved, so a probe touches one cache line. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** values: what get returns for keys[r] (default r); each in 0..2^31-2. */
  constructor(keys: ArrayLike<number>, values?: ArrayLike<number>) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] | 0;
      let slot = HashIndex.spread(key) & this.mask;
      while (this.slots[2 * slot + 1] !== 0 && this.slots[2 * slot] !== key) slot = (slot + 1) & this.mask;
      if (this.slots[2 * slot + 1] === 0) {
        this.slots[2 * slot] = key;
        this.slots[2 * slot + 1] = (values ? values[r] : r) + 1;
      }
    }
  }

  /** The row (or value) of key, or -1. */
  get(key: number): number {
    const k = key | 0;
    const slots = this.slots;
    let slot = HashIndex.spread(k) & this.mask;
    for (;;) {
      const row = slots[2 * slot + 1];
      if (row === 0) return -1;
      if (slots[2 * slot] === k) return row - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Keys are already hashes, but their low bits feed the mask: one multiply spreads the high bits down. */
  private static spread(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 12;
  }
}
