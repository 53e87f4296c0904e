import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_ARTICLE, renderReferenceArticlePage } from '@newsflow/fixture-site';
import { extractArticle } from './extract-article';

interface ExpectedArticle {
  title: string;
  sectionPath: string[];
  leadImageCaption: string;
  bodyStartsWith: string;
  bodyEndsWith: string;
  bodyParagraphs: number;
  language: string;
  mustNotBeInBody: string[];
}

const expected = (
  JSON.parse(readFileSync(path.join(__dirname, '../../fixture-site/fixtures/seed/expected.json'), 'utf8')) as {
    article: ExpectedArticle;
  }
).article;

const normalise = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

describe('reference article page (seed expected.json)', () => {
  const baseUrl = 'http://127.0.0.1:8080';
  const url = baseUrl + REFERENCE_ARTICLE.path;
  const article = extractArticle(renderReferenceArticlePage({ baseUrl }), url);

  it('extracts the headline, section path, language and lead image caption', () => {
    expect(article.title).toBe(expected.title);
    expect(article.sectionPath).toEqual(expected.sectionPath);
    expect(article.language).toBe(expected.language);
    expect(article.leadImage?.caption).toBe(expected.leadImageCaption);
    expect(article.leadImage?.url).toBe(baseUrl + REFERENCE_ARTICLE.imagePath);
    expect(article.leadImage?.credit).toBe("Iran's Defense Ministry");
  });

  it('extracts exactly the 15 body paragraphs, from first to last', () => {
    const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs).toHaveLength(expected.bodyParagraphs);
    expect(article.blocks).toHaveLength(expected.bodyParagraphs);
    expect(article.text.startsWith(expected.bodyStartsWith)).toBe(true);
    expect(article.text.endsWith(expected.bodyEndsWith)).toBe(true);
    expect(paragraphs.map((p) => p.text)).toEqual(REFERENCE_ARTICLE.paragraphs.map(normalise));
  });

  it('keeps boilerplate, headline and caption out of the body', () => {
    const body = normalise(article.text);
    for (const line of expected.mustNotBeInBody) expect(body).not.toContain(normalise(line));
    expect(body).not.toContain(expected.title);
    expect(body).not.toContain(expected.leadImageCaption);
    for (const noise of [
      'Related News',
      'Share this article',
      'Sign up for our daily newsletter',
      'We use cookies',
      'Comments',
    ]) {
      expect(body).not.toContain(noise);
    }
  });

  it('reads the publication date with its time zone from JSON-LD', () => {
    expect(article.publishedAt).toBe('2024-04-26T19:42:00+03:30');
    expect(article.publishedAt?.slice(0, 10)).toBe('2024-04-26');
    expect(article.dateDetails.published).toEqual({ precision: 'minute', source: 'json-ld' });
    expect(article.modifiedAt).toBe('2024-04-26T20:05:00+03:30');
  });

  it('reads the page-level metadata', () => {
    expect(article.canonicalUrl).toBe(url);
    expect(article.siteName).toBe('Press TV');
    expect(article.authors).toEqual(['Press TV']);
    expect(article.tags).toEqual(REFERENCE_ARTICLE.tags);
    expect(article.accessState).toBe('free');
    expect(article.description).toBe(REFERENCE_ARTICLE.description);
  });
});
