import { BitCounts } from './bit-counts';

describe('BitCounts', () => {
  it('counts each of the 64 bits exactly, across many flushes of the byte counters', () => {
    const counts = new BitCounts();
    const naive = new Array<number>(64).fill(0);
    let x = 0x12345678;
    for (let n = 0; n < 1000; n++) {
      x = (Math.imul(x, 1103515245) + 12345) | 0;
      const lo = x;
      const hi = n % 7 === 0 ? -1 : Math.imul(x, 31) ^ n; // all ones now and then: every byte counter fills up
      counts.add(lo, hi);
      for (let bit = 0; bit < 32; bit++) {
        if ((lo >>> bit) & 1) naive[bit]++;
        if ((hi >>> bit) & 1) naive[bit + 32]++;
      }
    }
    expect(Array.from({ length: 64 }, (_, bit) => counts.count(bit))).toEqual(naive);
  });

  it('keeps counting after a read', () => {
    const counts = new BitCounts();
    counts.add(1, 0x80000000);
    expect([counts.count(0), counts.count(63)]).toEqual([1, 1]);
    counts.add(1, 0);
    expect([counts.count(0), counts.count(63), counts.count(1)]).toEqual([2, 1, 0]);
  });
});
