import { isAllCaps, isCapitalized, tokenize } from './tokenize';

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

/**
 * The tokeniser's grammar as the regex it was first written as: the hand-written scanner must give exactly the
 * same tokens (text, offsets, kind) on any input, including astral characters, lone surrogates and combining marks.
 */
const REFERENCE_TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?|\S/gu;

const REFERENCE_URL_RE =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w.-]{1,64}@[\w-]+\.[\w.]+|\b[a-z0-9-]{1,63}\.(?:com|org|net|co|io|ly)\/\S*/gi;

/** Tokens as [text, start, end, kind, inUrl], by the reference regexes. */
function referenceTokens(text: string): [string, number, number, string, boolean][] {
  const out: [string, number, number, string, boolean][] = [];
  for (const m of text.matchAll(REFERENCE_TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const isWord = /^[\p{L}\p{M}]/u.test(raw);
    if (isWord && raw.length > 2 && /['’]s$/i.test(raw)) {
      out.push([raw.slice(0, -2), start, start + raw.length - 2, 'word', false]);
      out.push([raw.slice(-2), start + raw.length - 2, start + raw.length, 'punct', false]);
    } else
      out.push([raw, start, start + raw.length, isWord ? 'word' : /^\p{N}/u.test(raw) ? 'number' : 'punct', false]);
  }
  if (!text.includes('.') && !text.includes('@')) return out;
  for (const m of text.matchAll(REFERENCE_URL_RE)) {
    const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    for (const t of out) if (t[2] > start && t[1] < end) t[4] = true;
  }
  return out;
}

const shape = (text: string): [string, number, number, string, boolean][] =>
  tokenize(text).map((t) => [t.text, t.start, t.end, t.kind, t.inUrl === true]);

const TRICKY = [
  ...'AUSIVXasthndrel120.,:/-\'’&"“”()@ \n\t\u00a0\u2028İßéǅᾈﬀΣςKÅſµǈⒶⓐʰª〇٣²½Ⅻ\u0301\u0308',
  '😀',
  '𝐀',
  '𝟏',
  '\uD800',
  '\uDC00',
  "'s",
  '’S',
  'U.S.',
  'St.',
  '1st',
  '5s',
  'www.',
  'http://',
  'x.com/',
  'a@b.co',
  'HTTPS://',
  'WWW.',
  '.ly/',
  'news.org/path',
  'mail-me@x-y.z.w',
];

describe('tokenize, against the reference regex', () => {
  it('gives the same tokens and URL marks on hand-picked edge cases', () => {
    for (const text of [
      'U.S. U.S U.K.’s A.B.C. A. B. I.e. 𝐀.𝐁. Ⓐ.Ⓑ.',
      "Iran's IRAN'S it’S Jones' O'Brien al-Assad AT&T rock-'n'-roll ab-",
      '1st 2nd 3rd 4th 5s 5st 10sec 1,000.50 24/7 9:30pm 1-2-3- ²½ Ⅻ 〇٣',
      'e\u0301cole \u0301x İstanbul ß ǅemal 😀Paris 𝐀bc \uD800x \uDC00y',
      'tabs\tand\u00a0nbsp\u2028line\u3000ideographic',
      'See https://example.org/a?b=1, www.Example.com or mail john.doe@example.co.uk; bit.ly/xyz and Foo.COM/bar.',
      'http://localhost without a dot, and me@host',
    ]) {
      expect(shape(text)).toEqual(referenceTokens(text));
    }
  });

  it('gives the same tokens and URL marks on random strings of tricky characters', () => {
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 30); n > 0; n--) text += TRICKY[Math.floor(random() * TRICKY.length)];
      expect([text, shape(text)]).toEqual([text, referenceTokens(text)]);
    }
  });

  it('takes e-mail local parts and domain labels only up to their RFC lengths (64 and 63 characters)', () => {
    const inUrl = (text: string) =>
      tokenize(text)
        .filter((t) => t.inUrl)
        .map((t) => t.text);
    expect(inUrl(`write to ${'a'.repeat(64)}@example.org`)).toEqual(['a'.repeat(64), '@', 'example.org']);
    expect(inUrl(`write to ${'a'.repeat(65)}@example.org`)).toEqual([]);
    expect(inUrl(`see ${'b'.repeat(63)}.com/page`)).toEqual([`${'b'.repeat(63)}.com`, '/', 'page']);
    expect(inUrl(`see ${'b'.repeat(64)}.com/page`)).toEqual([]);
    // A long dotted run before a real address no longer makes the scan re-read the run from every dot.
    expect(inUrl(`${'a.'.repeat(20_000)} x@y.com`)).toEqual(['x', '@', 'y.com']);
  });

  it('decides capitals like the regexes it replaced', () => {
    for (const word of ['NATO', 'U.S.', 'AT&T', 'Nato', 'A', 'A.', '..', 'ÅÖ', '𝐀𝐁', 'İI', 'ǅǅ', '']) {
      expect(isAllCaps(word)).toBe(/^[\p{Lu}.&]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word));
      expect(isCapitalized(word)).toBe(/^\p{Lu}/u.test(word));
    }
  });
});
