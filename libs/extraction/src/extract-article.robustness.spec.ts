import { extractArticle } from './extract-article';
import { extractArticleFromBytes } from './extract-from-bytes';
import { ExtractionError } from './errors';
import { ENGLISH_PARAGRAPHS, articlePage } from './test-support/article-page';

function varied(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += `<p>Paragraph ${i}: the committee heard evidence from ${i % 17} witnesses, and it adjourned at ${i % 12} o'clock.</p>`;
    out += `<div class="ad-slot"><a href="/ad/${i}">Sponsored offer</a></div>`;
  }
  return out;
}

describe('robustness', () => {
  it('extracts from malformed markup (unclosed tags, stray end tags, broken attributes)', () => {
    const html = `<html><head><title>Broken page</title><body><div class="content"><p>${ENGLISH_PARAGRAPHS[0]}
      <p>${ENGLISH_PARAGRAPHS[1]}</span></b></div></div><p class="x y=">${ENGLISH_PARAGRAPHS[2]}<td>${ENGLISH_PARAGRAPHS[3]}
      <!-- unterminated comment`;
    const article = extractArticle(html);
    expect(article.text).toContain(ENGLISH_PARAGRAPHS[0]);
    expect(article.text).toContain(ENGLISH_PARAGRAPHS[1]);
    expect(article.text).toContain(ENGLISH_PARAGRAPHS[2]);
  });

  it('survives 5,000 nested tables', () => {
    const depth = 5000;
    const html = `<html><body>${'<table><tr><td>'.repeat(depth)}<p>${ENGLISH_PARAGRAPHS.join('</p><p>')}</p>${'</td></tr></table>'.repeat(depth)}</body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain(ENGLISH_PARAGRAPHS[0]);
    expect(article.text).toContain(ENGLISH_PARAGRAPHS[4]);
  });

  it('stays linear on 80,000 unclosed tags and 100,000 stray close tags', () => {
    const paragraphs = `<p>${ENGLISH_PARAGRAPHS.join('</p><p>')}</p>`;
    const unclosed = `<html><body>${'<div><span><b><i>'.repeat(20000)}${paragraphs}</body></html>`;
    const stray = `<html><body>${'<div>'.repeat(5000)}${'</span>'.repeat(100000)}${paragraphs}</body></html>`;
    for (const html of [unclosed, stray]) {
      const article = extractArticle(html, undefined, { timeBudgetMs: 60000 });
      expect(article.text).toContain(ENGLISH_PARAGRAPHS[4]);
    }
  });

  it('extracts a 10 MB page within the default time budget', () => {
    let html = '<html><head><title>Hearing transcript</title></head><body><article><h1>Hearing transcript</h1>';
    const chunk = varied(1000);
    while (html.length < 10 * 1024 * 1024)
      html += chunk.replace(/Paragraph (\d+)/g, (_, n) => `Paragraph ${n}-${html.length}`);
    html += '</article></body></html>';
    // No timing assertion here: speed is measured by `npm run bench:extract`, not by tests that fail on a slow or
    // busy machine. The generous budget only bounds a runaway; what is asserted is a complete, clean article.
    const article = extractArticle(html, undefined, { timeBudgetMs: 60000 });
    expect(article.blocks.length).toBeGreaterThan(10000);
    expect(article.text).not.toContain('Sponsored offer');
  });

  it('throws a clear error instead of running past the time budget', () => {
    const html = `<html><body>${varied(20000)}</body></html>`;
    expect(() => extractArticle(html, undefined, { timeBudgetMs: 1 })).toThrow(
      expect.objectContaining({ code: 'TIME_BUDGET_EXCEEDED' }),
    );
  });

  it('reads invalid UTF-8 bytes as U+FFFD and still extracts', () => {
    const bytes = new TextEncoder().encode(articlePage());
    const at = bytes.indexOf(0x54, 400); // a 'T' inside the first paragraph
    const broken = Uint8Array.from([...bytes.subarray(0, at), 0xc3, 0x28, 0xff, ...bytes.subarray(at)]);
    const article = extractArticleFromBytes(broken);
    expect(article.text).toContain('\ufffd');
    expect(article.text).toContain(ENGLISH_PARAGRAPHS[4]);
  });

  it('rejects empty and non-HTML input with error codes', () => {
    expect(() => extractArticle('')).toThrow(ExtractionError);
    expect(() => extractArticle('   ')).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => extractArticle('just some words, no markup at all')).toThrow(
      expect.objectContaining({ code: 'NOT_HTML' }),
    );
    expect(() => extractArticle('<html><body><div></div></body></html>')).toThrow(
      expect.objectContaining({ code: 'NO_CONTENT' }),
    );
    expect(() => extractArticleFromBytes(Uint8Array.of(0x1f, 0x8b, 1, 2, 3))).toThrow(
      expect.objectContaining({ code: 'BAD_GZIP' }),
    );
  });

  it('returns an empty body, not an error, for a page without article text', () => {
    const article = extractArticle('<html><head><title>Gallery</title></head><body><img src="a.jpg"></body></html>');
    expect(article.title).toBe('Gallery');
    expect(article.blocks).toEqual([]);
    expect(article.text).toBe('');
  });
});
