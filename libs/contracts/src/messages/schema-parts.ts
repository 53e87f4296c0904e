/** JSON Schema fragments shared by several message schemas. */
import { ARTICLE_ID_PATTERN } from '../article-id';

export const articleId = { type: 'string', pattern: ARTICLE_ID_PATTERN };
export const isoDateTime = { type: 'string', format: 'date-time' };
/** A date that may be day-precise ('2024-04-26') or a full ISO 8601 date-time with offset. */
export const isoDateOrDateTime = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}([T ].+)?$' };
export const httpUrl = { type: 'string', pattern: '^https?://', maxLength: 8192 };
export const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
export const stringArray = { type: 'array', items: { type: 'string' } };

/** Timestamps carried along the pipeline, so latency can be measured from the messages themselves. */
export const timings = {
  type: 'object',
  required: ['fetchStartedAt'],
  properties: {
    fetchStartedAt: isoDateTime,
    fetchedAt: isoDateTime,
    parsedAt: isoDateTime,
    enrichedAt: isoDateTime,
    indexedAt: isoDateTime,
  },
};

export interface PipelineTimings {
  fetchStartedAt: string;
  fetchedAt?: string;
  parsedAt?: string;
  enrichedAt?: string;
  indexedAt?: string;
}
