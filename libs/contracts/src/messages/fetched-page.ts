import { defineContract } from '../contract';
import { Topics } from '../topics';
import { articleId, httpUrl, isoDateTime, nullable, PipelineTimings, timings } from './schema-parts';

/** A page the fetcher downloaded and decoded to UTF-8. Consumed by the parser. */
export interface FetchedPageV1 {
  schemaVersion: 1;
  articleId: string;
  url: string;
  finalUrl: string;
  canonicalUrl: string;
  sourceId: string | null;
  fetchedAt: string;
  status: number;
  contentType: string;
  charset: string;
  etag: string | null;
  lastModified: string | null;
  html: string;
  timings: PipelineTimings;
}

export const FetchedPageContract = defineContract<FetchedPageV1>({
  name: 'fetched-page',
  version: 1,
  topic: Topics.pagesFetched.name,
  schema: {
    type: 'object',
    required: [
      'schemaVersion',
      'articleId',
      'url',
      'finalUrl',
      'canonicalUrl',
      'sourceId',
      'fetchedAt',
      'status',
      'contentType',
      'charset',
      'html',
      'timings',
    ],
    properties: {
      schemaVersion: { const: 1 },
      articleId,
      url: httpUrl,
      finalUrl: httpUrl,
      canonicalUrl: httpUrl,
      sourceId: nullable({ type: 'string' }),
      fetchedAt: isoDateTime,
      status: { type: 'integer', minimum: 100, maximum: 599 },
      contentType: { type: 'string' },
      charset: { type: 'string' },
      etag: nullable({ type: 'string' }),
      lastModified: nullable({ type: 'string' }),
      // Not blank. A pattern, not minLength: ajv counts the code points of the whole string for minLength, 0.28 ms
      // for a 200 KB page, twice per page (fetcher out, parser in); the pattern stops at the first visible character.
      html: { type: 'string', pattern: '\\S' },
      timings,
    },
  },
});
