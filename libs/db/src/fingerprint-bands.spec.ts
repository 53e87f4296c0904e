import { fingerprintBands, hammingDistance } from './fingerprint-bands';
import { searchConfigFor } from './search-config';
import { contentHash } from './content-hash';

describe('fingerprint bands', () => {
  it('cuts a 64-bit fingerprint into four 16-bit bands', () => {
    expect(fingerprintBands('0001ffff8000abcd')).toEqual([1, 0xffff, 0x8000, 0xabcd]);
    expect(fingerprintBands('not-hex')).toBeNull();
    expect(fingerprintBands(null)).toBeNull();
  });

  it('two fingerprints within distance 3 always share a band', () => {
    const base = 'f00dfeedcafebeef';
    let x = BigInt(`0x${base}`);
    for (const bit of [3, 21, 50]) x ^= 1n << BigInt(bit);
    const near = x.toString(16).padStart(16, '0');
    expect(hammingDistance(base, near)).toBe(3);
    const a = fingerprintBands(base)!;
    const b = fingerprintBands(near)!;
    expect(a.some((band, i) => band === b[i])).toBe(true);
  });
});

describe('search configuration', () => {
  it('maps languages to PostgreSQL configurations, else simple', () => {
    expect(searchConfigFor('en')).toBe('english');
    expect(searchConfigFor('de-AT')).toBe('german');
    expect(searchConfigFor('zh')).toBe('simple');
    expect(searchConfigFor(null)).toBe('simple');
  });
});

describe('content hash', () => {
  it('ignores whitespace differences but not wording', () => {
    expect(contentHash('T', 'a  b\n\nc')).toBe(contentHash('T', 'a b c'));
    expect(contentHash('T', 'a b c')).not.toBe(contentHash('T', 'a b d'));
    expect(contentHash('T1', 'a')).not.toBe(contentHash('T2', 'a'));
  });
});
