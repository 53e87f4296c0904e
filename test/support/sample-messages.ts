import { randomUUID } from 'node:crypto';
import { articleIdFor, EnrichedArticleV1, FetchedPageV1, FetchRequestV1, ParsedArticleV1 } from '@newsflow/contracts';
import { renderReferenceArticlePage } from '@newsflow/fixture-site';

/** Valid messages for each stage's input topic, each about a fresh article id so tests can find their own output. */
export function uniqueUrl(base: string): string {
  return `${base}/test/${randomUUID()}`;
}

export function fetchRequest(url: string): FetchRequestV1 {
  return {
    schemaVersion: 1,
    articleId: articleIdFor(url),
    url,
    requestedAt: new Date().toISOString(),
    origin: { kind: 'ingest', sourceId: null },
  };
}

export function fetchedPage(url: string, siteBase: string): FetchedPageV1 {
  const now = new Date().toISOString();
  return {
    schemaVersion: 1,
    articleId: articleIdFor(url),
    url,
    finalUrl: url,
    canonicalUrl: url,
    sourceId: null,
    fetchedAt: now,
    status: 200,
    contentType: 'text/html; charset=utf-8',
    charset: 'utf-8',
    etag: null,
    lastModified: null,
    html: renderReferenceArticlePage({ baseUrl: siteBase }),
    timings: { fetchStartedAt: now, fetchedAt: now },
  };
}

export function parsedArticle(url: string): ParsedArticleV1 {
  const now = new Date().toISOString();
  const text =
    'Ashtiani met Sergei Shoigu in Astana, Kazakhstan, on Friday.\n\nThe two ministers discussed regional security.';
  return {
    schemaVersion: 1,
    articleId: articleIdFor(url),
    url,
    canonicalUrl: url,
    sourceId: null,
    fetchedAt: now,
    article: {
      title: 'Ministers meet in Astana',
      description: null,
      authors: [],
      publishedAt: '2024-04-26',
      modifiedAt: null,
      sectionPath: ['News'],
      tags: [],
      leadImage: null,
      blocks: text.split('\n\n').map((t) => ({ kind: 'paragraph' as const, text: t })),
      text,
      siteName: null,
      language: 'en',
      accessState: 'free',
    },
    timings: { fetchStartedAt: now, fetchedAt: now, parsedAt: now },
  };
}

export function enrichedArticle(url: string): EnrichedArticleV1 {
  const parsed = parsedArticle(url);
  return {
    ...parsed,
    enrichment: {
      language: 'en',
      entities: [
        {
          id: 'PER:sergei-shoigu',
          type: 'PER',
          name: 'Sergei Shoigu',
          aliases: [],
          mentions: [{ start: 13, end: 26, text: 'Sergei Shoigu' }],
        },
      ],
      places: [],
      dates: [{ text: 'on Friday', value: '2024-04-26', start: 50, end: 59 }],
      quotes: [],
      topics: [],
      fingerprint: '0123456789abcdef',
    },
    timings: { ...parsed.timings, enrichedAt: new Date().toISOString() },
  };
}
