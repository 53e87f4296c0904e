import { articleIdFor, EnrichedArticleV1, FetchedPageV1 } from '@newsflow/contracts';
import { enrichArticle } from '@newsflow/enrichment';
import { extractArticle } from '@newsflow/extraction';
import { toEnrichedArticle } from './to-enriched-article';
import { toParsedArticle } from './to-parsed-article';

/**
 * A page through the parser and enricher steps in-process, producing exactly the messages those services produce.
 * For benchmarks and tests that need realistic enriched articles without running the services.
 */
export function fetchedPageFor(html: string, url: string, now = new Date()): FetchedPageV1 {
  const at = now.toISOString();
  return {
    schemaVersion: 1,
    articleId: articleIdFor(url),
    url,
    finalUrl: url,
    canonicalUrl: url,
    sourceId: null,
    fetchedAt: at,
    status: 200,
    contentType: 'text/html',
    charset: 'utf-8',
    etag: null,
    lastModified: null,
    html,
    timings: { fetchStartedAt: at, fetchedAt: at },
  };
}

export function enrichedArticleFor(html: string, url: string, now = new Date()): EnrichedArticleV1 {
  const page = fetchedPageFor(html, url, now);
  const parsed = toParsedArticle(page, extractArticle(html, url), now);
  const a = parsed.article;
  return toEnrichedArticle(
    parsed,
    enrichArticle({ title: a.title, text: a.text, publishedAt: a.publishedAt, language: a.language }),
    now,
  );
}
