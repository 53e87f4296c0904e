import { defineContract } from '../contract';
import { Topics } from '../topics';
import { parsedArticleProperties, ParsedArticleV1 } from './parsed-article';
import { nullable } from './schema-parts';

/** What the enricher adds (the shape of libs/enrichment's Enrichment, as a wire format). */
export interface MentionV1 {
  start: number;
  end: number;
  text: string;
}

export interface ArticleEnrichment {
  language: string | null;
  entities: {
    id: string;
    type: 'PER' | 'ORG' | 'LOC' | 'MISC';
    name: string;
    aliases: string[];
    mentions: MentionV1[];
  }[];
  places: {
    id: string;
    name: string;
    countryCode: string | null;
    lat: number | null;
    lon: number | null;
    kind?: string;
    mentions: MentionV1[];
  }[];
  dates: { text: string; value: string; start: number; end: number }[];
  /** `speakerMention` and `cue` are absent in messages from enrichers before issue 16. */
  quotes: {
    speaker: string | null;
    speakerEntityId: string | null;
    text: string;
    start: number;
    end: number;
    speakerMention?: MentionV1 | null;
    cue?: string | null;
  }[];
  topics: { code: string; label: string; score: number }[];
  /** 64-bit SimHash of the body as 16 hex chars; near-duplicates differ in few bits. */
  fingerprint: string;
}

export interface EnrichedArticleV1 extends Omit<ParsedArticleV1, 'schemaVersion'> {
  schemaVersion: 1;
  enrichment: ArticleEnrichment;
}

const mention = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
  },
};

export const EnrichedArticleContract = defineContract<EnrichedArticleV1>({
  name: 'enriched-article',
  version: 1,
  topic: Topics.articlesEnriched.name,
  schema: {
    type: 'object',
    required: [
      'schemaVersion',
      'articleId',
      'url',
      'canonicalUrl',
      'sourceId',
      'fetchedAt',
      'article',
      'timings',
      'enrichment',
    ],
    properties: {
      ...parsedArticleProperties,
      enrichment: {
        type: 'object',
        required: ['language', 'entities', 'places', 'dates', 'quotes', 'topics', 'fingerprint'],
        properties: {
          language: nullable({ type: 'string' }),
          entities: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'type', 'name', 'aliases', 'mentions'],
              properties: {
                id: { type: 'string' },
                type: { enum: ['PER', 'ORG', 'LOC', 'MISC'] },
                name: { type: 'string' },
                aliases: { type: 'array', items: { type: 'string' } },
                mentions: { type: 'array', items: mention },
              },
            },
          },
          places: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'name', 'countryCode', 'lat', 'lon', 'mentions'],
              properties: {
                id: { type: 'string' },
                name: { type: 'string' },
                countryCode: nullable({ type: 'string', pattern: '^[A-Z]{2}$' }),
                lat: nullable({ type: 'number', minimum: -90, maximum: 90 }),
                lon: nullable({ type: 'number', minimum: -180, maximum: 180 }),
                mentions: { type: 'array', items: mention },
              },
            },
          },
          dates: {
            type: 'array',
            items: {
              type: 'object',
              required: ['text', 'value', 'start', 'end'],
              properties: { text: { type: 'string' }, value: { type: 'string', pattern: '^\\d{4}(-\\d{2}){0,2}$' } },
            },
          },
          quotes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['speaker', 'text', 'start', 'end'],
              properties: {
                speaker: nullable({ type: 'string' }),
                speakerEntityId: nullable({ type: 'string' }),
                text: { type: 'string' },
                start: { type: 'integer', minimum: 0 },
                end: { type: 'integer', minimum: 0 },
                speakerMention: nullable(mention),
                cue: nullable({ type: 'string' }),
              },
            },
          },
          topics: {
            type: 'array',
            items: { type: 'object', required: ['code', 'label', 'score'], properties: { score: { type: 'number' } } },
          },
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{16}$' },
        },
      },
    },
  },
});
