import { enrichArticle, fingerprintDistance } from '@newsflow/enrichment';
import { extractArticle } from '@newsflow/extraction';
import { generateArticles } from './generated-articles';

describe('generated articles', () => {
  const pages = generateArticles({ count: 12, runId: 'r1' })('http://127.0.0.1:9999');

  it('gives distinct paths and titles, one minute apart', () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(12);
    expect(new Set(pages.map((p) => p.title)).size).toBe(12);
    expect(Date.parse(pages[0].publishedAt) - Date.parse(pages[1].publishedAt)).toBe(60_000);
    expect(pages[0].path).toMatch(/^\/news\/\d{4}\/\d{2}\/\d{2}\/r1-1-/);
  });

  it('renders pages the extractor reads like a news article: headline, byline, date, section, body only', () => {
    const a = extractArticle(pages[3].html, `http://127.0.0.1:9999${pages[3].path}`);
    expect(a.title).toBe(pages[3].title);
    expect(a.authors).toEqual(['Li Wei']);
    expect(a.publishedAt?.slice(0, 16)).toBe(pages[3].publishedAt.slice(0, 16));
    expect(a.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(10);
    expect(a.text).not.toMatch(/Sign up for our newsletter|Related news|All rights reserved/);
  });

  it('words each page differently enough that none is a near-duplicate of another', () => {
    const fps = pages.slice(0, 6).map((p) => enrichArticle({ text: extractArticle(p.html).text }).fingerprint);
    for (let i = 0; i < fps.length; i++)
      for (let j = i + 1; j < fps.length; j++) expect(fingerprintDistance(fps[i], fps[j])).toBeGreaterThan(3);
  });

  it('serves the same page every time it is asked for, in any order (pages are rendered on request)', () => {
    const again = generateArticles({ count: 12, runId: 'r1' })('http://127.0.0.1:9999');
    expect(pages[7].html).toBe(pages[7].html);
    expect(again[7].html).toBe(pages[7].html);
    expect(again[2].html).not.toBe(pages[7].html);
  });
});
