import { defineContract } from '../contract';
import { Topics } from '../topics';
import { articleId, httpUrl, isoDateTime, nullable } from './schema-parts';

/** A URL to fetch. Produced by the source poller and `newsflow ingest`; consumed by the fetcher. */
export interface FetchRequestV1 {
  schemaVersion: 1;
  articleId: string;
  url: string;
  requestedAt: string;
  origin: {
    kind: 'feed' | 'sitemap' | 'url-list' | 'ingest';
    sourceId: string | null;
    /** What the feed said about the item: lets the fetcher skip unchanged articles. */
    feedItem?: { title?: string | null; publishedAt?: string | null; updatedAt?: string | null };
  };
}

export const FetchRequestContract = defineContract<FetchRequestV1>({
  name: 'fetch-request',
  version: 1,
  topic: Topics.fetchRequests.name,
  schema: {
    type: 'object',
    required: ['schemaVersion', 'articleId', 'url', 'requestedAt', 'origin'],
    properties: {
      schemaVersion: { const: 1 },
      articleId,
      url: httpUrl,
      requestedAt: isoDateTime,
      origin: {
        type: 'object',
        required: ['kind', 'sourceId'],
        properties: {
          kind: { enum: ['feed', 'sitemap', 'url-list', 'ingest'] },
          sourceId: nullable({ type: 'string' }),
          feedItem: { type: 'object' },
        },
      },
    },
  },
});
