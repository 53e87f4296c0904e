import { defineContract } from '../contract';
import { Topics } from '../topics';
import {
  articleId,
  httpUrl,
  isoDateOrDateTime,
  isoDateTime,
  nullable,
  PipelineTimings,
  stringArray,
  timings,
} from './schema-parts';

/** The article fields the parser extracts (the shape of libs/extraction's ExtractedArticle, as a wire format). */
export interface ArticleBodyBlock {
  kind: 'paragraph' | 'heading' | 'list' | 'quote' | 'caption' | 'table' | 'preformatted';
  text: string;
  level?: number;
  items?: string[];
}

export interface ArticleFields {
  title: string | null;
  description: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  dateDetails?: {
    published: { precision: string; source: string } | null;
    modified: { precision: string; source: string } | null;
  };
  sectionPath: string[];
  tags: string[];
  leadImage: { url: string; caption: string | null; credit: string | null } | null;
  blocks: ArticleBodyBlock[];
  text: string;
  siteName: string | null;
  language: string | null;
  accessState: 'free' | 'paywalled';
}

export interface ParsedArticleV1 {
  schemaVersion: 1;
  articleId: string;
  url: string;
  canonicalUrl: string;
  sourceId: string | null;
  fetchedAt: string;
  article: ArticleFields;
  timings: PipelineTimings;
}

export const articleFieldsSchema = {
  type: 'object',
  required: [
    'title',
    'authors',
    'publishedAt',
    'sectionPath',
    'tags',
    'leadImage',
    'blocks',
    'text',
    'language',
    'accessState',
  ],
  properties: {
    title: nullable({ type: 'string', maxLength: 2000 }),
    description: nullable({ type: 'string', maxLength: 20000 }),
    authors: stringArray,
    publishedAt: nullable(isoDateOrDateTime),
    modifiedAt: nullable(isoDateOrDateTime),
    sectionPath: stringArray,
    tags: stringArray,
    leadImage: nullable({
      type: 'object',
      required: ['url'],
      properties: {
        url: { type: 'string' },
        caption: nullable({ type: 'string' }),
        credit: nullable({ type: 'string' }),
      },
    }),
    blocks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'text'],
        properties: {
          kind: { enum: ['paragraph', 'heading', 'list', 'quote', 'caption', 'table', 'preformatted'] },
          text: { type: 'string' },
        },
      },
    },
    text: { type: 'string' },
    siteName: nullable({ type: 'string' }),
    language: nullable({ type: 'string' }),
    accessState: { enum: ['free', 'paywalled'] },
  },
};

export const parsedArticleProperties = {
  schemaVersion: { const: 1 },
  articleId,
  url: httpUrl,
  canonicalUrl: httpUrl,
  sourceId: nullable({ type: 'string' }),
  fetchedAt: isoDateTime,
  article: articleFieldsSchema,
  timings,
};

export const ParsedArticleContract = defineContract<ParsedArticleV1>({
  name: 'parsed-article',
  version: 1,
  topic: Topics.articlesParsed.name,
  schema: {
    type: 'object',
    required: ['schemaVersion', 'articleId', 'url', 'canonicalUrl', 'sourceId', 'fetchedAt', 'article', 'timings'],
    properties: parsedArticleProperties,
  },
});
