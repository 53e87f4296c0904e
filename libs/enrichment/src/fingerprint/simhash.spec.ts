import { fingerprintDistance, simhash } from './simhash';

const base =
  'Iranian Defense Minister Mohammad Reza Ashtiani says Iran and Russia should promote defense and military cooperation to improve regional security and stability. Ashtiani made the remarks in a meeting with his Russian counterpart on the sidelines of the meeting in Astana, Kazakhstan, on Friday. He said Tehran and Moscow should oppose unilateralism in global issues.';

describe('simhash', () => {
  it('is 16 hex chars and deterministic', () => {
    expect(simhash(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(base)).toBe(simhash(base));
    expect(fingerprintDistance(simhash(base), simhash(base))).toBe(0);
  });

  it('keeps near-duplicates close and unrelated texts far apart', () => {
    const copy = `${base.replace('on Friday', 'on Friday afternoon')} (Reporting by a wire service.)`;
    const other =
      'The city council approved a new budget for public libraries on Tuesday, adding evening hours and hiring staff for the children’s reading programme across the northern districts after a long debate.';
    const near = fingerprintDistance(simhash(base), simhash(copy));
    const far = fingerprintDistance(simhash(base), simhash(other));
    expect(near).toBeLessThan(12);
    expect(far).toBeGreaterThan(18);
  });

  it('measures Hamming distance', () => {
    expect(fingerprintDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(fingerprintDistance('0000000000000001', '0000000000000003')).toBe(1);
  });

  it('keeps the fingerprints already stored: the same text gives the same bits as every earlier version', () => {
    // Stored articles are compared with new ones by these bits; a change of algorithm would orphan them all.
    expect(
      simhash('The minister met his Kazakh counterpart in Astana on Friday to discuss security cooperation.'),
    ).toBe('f0020327692a1eb6');
  });
});

/** The fingerprint as first written (regex words, one string per word, a loop over the set bits): the reference. */
function referenceSimhash(text: string, shingleSize = 3): string {
  const mix = (x: number): number => {
    let h = x;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const w1 = new Int32Array(words.length);
  const w2 = new Int32Array(words.length);
  words.forEach((w, j) => {
    let h1 = 0x811c9dc5;
    let h2 = 0x050c5d1f;
    for (let c = 0; c < w.length; c++) {
      h1 = Math.imul(h1 ^ w.charCodeAt(c), 0x01000193);
      h2 = Math.imul(h2 ^ w.charCodeAt(c), 0x01000193);
    }
    w1[j] = mix(h1);
    w2[j] = mix(h2);
  });
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
    for (let bit = 0; bit < 32; bit++) {
      ones[bit] += (lo >>> bit) & 1;
      ones[bit + 32] += (hi >>> bit) & 1;
    }
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

describe('simhash, against the reference implementation', () => {
  it('gives the same bits on long texts and on random strings of tricky characters', () => {
    const long = Array.from({ length: 120 }, (_, i) => `${base} Paragraph ${i}.`).join('\n\n'); // > 255 shingles
    expect(simhash(long)).toBe(referenceSimhash(long));
    expect(simhash(long, 2)).toBe(referenceSimhash(long, 2));
    const tricky = [...'aZ09 .,\n-İßΣς\u0301²½Ⅻ〇', '😀', '𝐀', '\uD800', '\uDC00', 'Word', 'İstanbul'];
    let seed = 3;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let k = 0; k < 500; k++) {
      let text = '';
      for (let n = Math.floor(random() * 40); n > 0; n--) text += tricky[Math.floor(random() * tricky.length)];
      expect([text, simhash(text)]).toEqual([text, referenceSimhash(text)]);
    }
  });
});
