import { isAllCaps, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps offsets into the text and splits the possessive', () => {
    const text = "Iran's Defense Ministry met U.S. envoys in al-Quds.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Iran',
      "'s",
      'Defense',
      'Ministry',
      'met',
      'U.S.',
      'envoys',
      'in',
      'al-Quds',
      '.',
    ]);
  });

  it('marks sentence starts after full stops, quotes and line breaks', () => {
    const tokens = tokenize('He left. "The talks failed," she said.\nNext line');
    const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['He', 'The', 'Next']);
  });

  it('counts UTF-16 code units for astral characters', () => {
    const text = '😀 Paris';
    const paris = tokenize(text).find((t) => t.text === 'Paris');
    expect(paris?.start).toBe(3);
  });

  it('recognises acronyms', () => {
    expect(isAllCaps('NATO')).toBe(true);
    expect(isAllCaps('U.S.')).toBe(true);
    expect(isAllCaps('Nato')).toBe(false);
  });
});
