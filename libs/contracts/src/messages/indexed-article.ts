import { defineContract } from '../contract';
import { Topics } from '../topics';
import { storyIdSchema } from './story-event';
import { articleId, httpUrl, isoDateOrDateTime, isoDateTime, nullable, PipelineTimings, timings } from './schema-parts';

/**
 * A change event the indexer publishes after its database transaction commits. The topic is compacted and keyed by
 * article id, so replaying it from the beginning gives every article's latest state.
 */
export interface IndexedArticleV1 {
  schemaVersion: 1;
  articleId: string;
  /**
   * created: first stored; updated: a new revision (title or body changed); duplicate: first stored and linked, as a
   * near-duplicate, to the article in `duplicateOf`. Re-indexing the same content publishes nothing.
   */
  event: 'created' | 'updated' | 'duplicate';
  revision: number;
  url: string;
  canonicalUrl: string;
  title: string | null;
  language: string | null;
  publishedAt: string | null;
  duplicateOf: string | null;
  /**
   * The story the article belongs to (the same event across outlets; see the story-event contract on
   * newsflow.stories.v1). Added within version 1, so absent in events from indexers before stories.
   */
  storyId?: string;
  indexedAt: string;
  traceId: string | null;
  timings: PipelineTimings;
}

export const IndexedArticleContract = defineContract<IndexedArticleV1>({
  name: 'indexed-article',
  version: 1,
  topic: Topics.articlesIndexed.name,
  schema: {
    type: 'object',
    required: [
      'schemaVersion',
      'articleId',
      'event',
      'revision',
      'url',
      'canonicalUrl',
      'title',
      'indexedAt',
      'timings',
    ],
    properties: {
      schemaVersion: { const: 1 },
      articleId,
      event: { enum: ['created', 'updated', 'duplicate'] },
      revision: { type: 'integer', minimum: 1 },
      url: httpUrl,
      canonicalUrl: httpUrl,
      title: nullable({ type: 'string' }),
      language: nullable({ type: 'string' }),
      publishedAt: nullable(isoDateOrDateTime),
      duplicateOf: nullable(articleId),
      storyId: storyIdSchema,
      indexedAt: isoDateTime,
      traceId: nullable({ type: 'string' }),
      timings,
    },
  },
});
