import { summarizePage, textWeight } from './page-text-summary';

describe('summarizePage', () => {
  it('collects visible text only', () => {
    const s = summarizePage(
      '<html><head><title> A  title </title><style>p{}</style></head><body><p>Hello &amp; welcome</p><script>var x = "hidden";</script><noscript>enable js</noscript></body></html>',
    );
    expect(s.title).toBe('A title');
    expect(s.visibleText).toBe('Hello & welcome');
    expect(s.scriptCount).toBe(1);
  });

  it('notices an empty app root and ignores a filled one', () => {
    expect(summarizePage('<body><div id="root"></div><script src="a.js"></script></body>').hasEmptyAppRoot).toBe(true);
    expect(summarizePage('<body><div id="root"><p>Server-rendered story text.</p></div></body>').hasEmptyAppRoot).toBe(
      false,
    );
  });

  it('records ids, classes and JSON-LD', () => {
    const s = summarizePage(
      '<div id="Main" class="paywall  Premium"></div><script type="application/ld+json">{"isAccessibleForFree":false}</script>',
    );
    expect([...s.idsAndClasses].sort()).toEqual(['main', 'paywall', 'premium']);
    expect(s.jsonLd).toContain('isAccessibleForFree');
  });
});

describe('summarizePage app roots', () => {
  it('finds an empty app root wherever the page has text, and a filled one as filled', () => {
    const text = '<p>' + 'Plenty of visible text before the mount point. '.repeat(20) + '</p>';
    expect(summarizePage(`<html><body>${text}<div id="app"></div></body></html>`).hasEmptyAppRoot).toBe(true);
    expect(summarizePage(`<html><body><div id="root"> </div>${text}</body></html>`).hasEmptyAppRoot).toBe(true);
    expect(
      summarizePage(`<html><body>${text}<div id="__next"><main><p>Rendered</p></main></div></body></html>`)
        .hasEmptyAppRoot,
    ).toBe(false);
    // Nested roots: the inner one is empty even though the outer one has text after it.
    expect(summarizePage('<div id="root"><div id="app"></div><p>outer text</p></div>').hasEmptyAppRoot).toBe(true);
  });
});

describe('textWeight', () => {
  it('counts CJK characters three times and ignores whitespace', () => {
    expect(textWeight('ab c')).toBe(3);
    expect(textWeight('国防部')).toBe(9);
    expect(textWeight('ニュース abc')).toBe(13); // the long-vowel mark ー is not Katakana-only
  });

  it('counts exactly what the regex definition counts, for every whitespace and for dense scripts past the BMP', () => {
    const byRegex = (text: string) =>
      text.replace(/\s+/g, '').length +
      2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);
    const everyUnit = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    expect(textWeight(everyUnit)).toBe(byRegex(everyUnit));
    const latin = 'The council\u00a0passed\tthe budget\u2009on Monday.\u3000 Schools\ufeffgain.';
    expect(textWeight(latin)).toBe(byRegex(latin));
    const mixed = 'Hangul \u1100\u1161 and an astral Han \u{20000}\u{2A6D6}, 東京 and とうきょう';
    expect(textWeight(mixed)).toBe(byRegex(mixed));
  });
});
