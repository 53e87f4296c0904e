import { LETTER, LOWER, MARK, NUMBER, SPACE, UPPER, classesAt, classesOf, codePointAt, hasClass } from './char-classes';

const CLASS_REGEXES: [number, RegExp][] = [
  [LETTER, /\p{L}/u],
  [MARK, /\p{M}/u],
  [NUMBER, /\p{N}/u],
  [UPPER, /\p{Lu}/u],
  [LOWER, /\p{Ll}/u],
  [SPACE, /\s/u],
];

describe('char classes', () => {
  it('agree with the property regexes on every BMP code point and a sample of astral ones', () => {
    const mismatches: string[] = [];
    const codePoints = [...Array.from({ length: 0x10000 }, (_, i) => i), 0x1d400, 0x1d7cf, 0x1f600, 0x20000, 0xe0041];
    for (const cp of codePoints) {
      const ch = String.fromCodePoint(cp);
      for (const [bit, re] of CLASS_REGEXES)
        if (((classesOf(cp) & bit) !== 0) !== re.test(ch)) mismatches.push(`${cp.toString(16)}:${bit}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads surrogate pairs as one code point and lone surrogates as their own', () => {
    expect(codePointAt('a𝐀', 1)).toBe(0x1d400);
    expect(codePointAt('\uD835x', 0)).toBe(0xd835);
    expect(codePointAt('\uDC00', 0)).toBe(0xdc00);
    expect(classesAt('x𝐀', 1) & UPPER).toBe(UPPER);
    expect(classesAt('x', 1)).toBe(0);
  });

  it('tells whether a text has a class, like a regex test', () => {
    for (const text of ['abc', 'ab1', '²', '𝟏x', '', ' \u00a0', 'é']) {
      expect(hasClass(text, NUMBER)).toBe(/\p{N}/u.test(text));
      expect(hasClass(text, SPACE)).toBe(/\s/u.test(text));
      expect(hasClass(text, LETTER)).toBe(/\p{L}/u.test(text));
    }
  });
});
