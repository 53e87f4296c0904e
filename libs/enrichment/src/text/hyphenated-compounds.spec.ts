import { hyphenatedCompounds } from './hyphenated-compounds';

/** The pattern the scan replaces: it must find exactly the same matches. */
const reference = (text: string): { index: number; text: string }[] =>
  [...text.matchAll(/\p{Lu}[\p{L}.]*(?:-[\p{L}.]+)+/gu)].map((m) => ({ index: m.index ?? 0, text: m[0] }));

describe('hyphenatedCompounds', () => {
  it('finds capitalised hyphenated compounds', () => {
    expect(
      hyphenatedCompounds('the Syrian-Turkish border, a Russian-backed DPRK-U.S. summit').map((c) => c.text),
    ).toEqual(['Syrian-Turkish', 'Russian-backed', 'DPRK-U.S.']);
  });

  it('matches the regex on edge cases and random strings', () => {
    for (const text of [
      'aBc-d',
      'ABC-',
      'A-B-C',
      'x.Y-.z',
      'A--B',
      'Ä-ö',
      '𝐀-b',
      'A-𝐛c',
      'İ-i',
      'A-1',
      'Ab-c-',
      '-A-b',
    ]) {
      expect([text, hyphenatedCompounds(text)]).toEqual([text, reference(text)]);
    }
    const tricky = [...'AbZz.-- 1é\u0301İ', '𝐀', '𝐛', '\uD800'];
    let seed = 5;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = Math.floor(random() * 25); n > 0; n--) text += tricky[Math.floor(random() * tricky.length)];
      expect([text, hyphenatedCompounds(text)]).toEqual([text, reference(text)]);
    }
  });
});
