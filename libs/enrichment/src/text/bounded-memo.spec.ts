import { boundedMemo, detachedCopy } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes a key once, and again only after the memo was emptied for being full', () => {
    const calls: string[] = [];
    const upper = boundedMemo((k) => {
      calls.push(k);
      return k.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: emptied, then holds c
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('finds a key again when it is asked with an equal string cut from another text', () => {
    const article = `Yesterday Mohammad Reza Ashtiani spoke. ${'x'.repeat(50_000)}`;
    const calls: string[] = [];
    const slug = boundedMemo((k) => {
      calls.push(k);
      return k.toLowerCase().replace(/ /g, '-');
    });
    expect(slug(article.slice(10, 32))).toBe('mohammad-reza-ashtiani');
    expect(slug('Mohammad Reza Ashtiani')).toBe('mohammad-reza-ashtiani');
    expect(calls).toHaveLength(1);
  });
});

describe('detachedCopy', () => {
  it('keeps the characters, long or short, astral or not', () => {
    for (const s of ['', 'ab', 'Mohammad Reza Ashtiani', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 names of some length', 'x'.repeat(1000)]) {
      expect(detachedCopy(s)).toBe(s);
    }
  });
});
