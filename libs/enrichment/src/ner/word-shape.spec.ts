import { hasAsciiCapital, lowerUpperSteps } from './word-shape';

/** Random words over letters of several scripts and cases, digits, joiners and astral letters (no line breaks). */
function randomWords(count: number, seed = 7): string[] {
  const alphabet = [...'aZbYcXqQ0159-.’&éÉßẞçÇдДıİǅǆ', '𝐀', '𝐚', '𐐀', '𐐨', '\ud800'];
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('word shapes', () => {
  it('hasAsciiCapital answers as /[A-Z]/ did', () => {
    for (const w of [...randomWords(5000), 'iPhone', 'al-Assad', 'élan', 'Élan']) {
      expect([w, hasAsciiCapital(w)]).toEqual([w, /[A-Z]/.test(w)]);
    }
  });

  it('two or more lower-to-capital steps exactly when /\\p{Ll}\\p{Lu}.*\\p{Ll}\\p{Lu}/u matched', () => {
    expect(lowerUpperSteps('McDonald')).toBe(1);
    expect(lowerUpperSteps('BeautyOfAnAries')).toBe(3);
    for (const w of [...randomWords(5000, 11), 'xIomaTeVGX', 'KW14LHfOKW', 'iPhone']) {
      expect([w, lowerUpperSteps(w) >= 2]).toEqual([w, /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u.test(w)]);
    }
  });
});
