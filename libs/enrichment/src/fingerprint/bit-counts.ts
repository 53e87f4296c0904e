/**
 * Per-bit counts over many 64-bit values (two 32-bit halves): for each of the 64 bit positions, how many of the
 * values added had it set. Heuristic-free, exact; "bit-sliced counters" make it cheap: counter k holds in its
 * four bytes the counts of bits k, k+8, k+16 and k+24 of a half, so one add and one mask count four bits at once.
 * A byte holds at most 255, so the byte counters are emptied into the totals every 255 values.
 */
export class BitCounts {
  private readonly sliced = new Uint32Array(16);
  private pending = 0;
  /** Totals per bit: 0–31 the low half, 32–63 the high half. */
  private readonly totals = new Int32Array(64);

  add(lo: number, hi: number): void {
    const s = this.sliced;
    for (let k = 0; k < 8; k++) {
      s[k] += (lo >>> k) & 0x01010101;
      s[k + 8] += (hi >>> k) & 0x01010101;
    }
    if (++this.pending === 255) this.flush();
  }

  /** How many of the values added so far had bit `bit` (0–63) set. */
  count(bit: number): number {
    this.flush();
    return this.totals[bit];
  }

  private flush(): void {
    if (!this.pending) return;
    const s = this.sliced;
    for (let k = 0; k < 8; k++) {
      for (let byte = 0; byte < 4; byte++) {
        this.totals[8 * byte + k] += (s[k] >>> (8 * byte)) & 0xff;
        this.totals[32 + 8 * byte + k] += (s[k + 8] >>> (8 * byte)) & 0xff;
      }
      s[k] = 0;
      s[k + 8] = 0;
    }
    this.pending = 0;
  }
}
