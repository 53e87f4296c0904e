import { defineContract } from '../contract';
import { Topics } from '../topics';
import { articleId, isoDateTime, nullable } from './schema-parts';

/** A story id: 32 lower-case hex characters, like an article id (derived from the story's first article). */
export const STORY_ID_PATTERN = '^[0-9a-f]{32}$';
export const storyIdSchema = { type: 'string', pattern: STORY_ID_PATTERN };

/** An entity or place of a story, with how many of the story's articles name it. */
export interface StoryEntityV1 {
  id: string;
  name: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  articles: number;
}

export interface StoryPlaceV1 {
  id: string;
  name: string;
  countryCode: string | null;
  articles: number;
}

/**
 * A story's state after the indexer changed it: one event, every field current, so the compacted topic (keyed by
 * story id) holds each story's latest state. created: the story's first article was indexed; updated: articles
 * joined it, or it closed (no article for the quiet period, or pushed out by newer stories when too many are open).
 *
 * Several indexer replicas may publish updates of one story close together and their sends are not ordered across
 * replicas: a consumer keeps, per story, the event with the highest `version` (compaction keeps the last one
 * written, which is the highest unless two replicas raced).
 */
export interface StoryEventV1 {
  schemaVersion: 1;
  storyId: string;
  event: 'created' | 'updated';
  /** Grows with every change of any story (one counter for the store): the newest state has the highest. */
  version: number;
  /** Title of the story's first article. */
  title: string | null;
  firstArticleId: string;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Earliest and latest publication time of its articles, where they carry one. */
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  articleCount: number;
  /** Near-duplicates among them (syndicated copies that joined their original's story). */
  duplicateCount: number;
  topEntities: StoryEntityV1[];
  topPlaces: StoryPlaceV1[];
  closed: boolean;
  /** The articles this change added (empty when it only closed the story). */
  addedArticleIds: string[];
  updatedAt: string;
}

const counted = (extra: Record<string, unknown>, required: string[]) => ({
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'name', 'articles', ...required],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      articles: { type: 'integer', minimum: 1 },
      ...extra,
    },
  },
});

export const StoryEventContract = defineContract<StoryEventV1>({
  name: 'story-event',
  version: 1,
  topic: Topics.stories.name,
  schema: {
    type: 'object',
    required: [
      'schemaVersion',
      'storyId',
      'event',
      'version',
      'title',
      'firstArticleId',
      'firstSeenAt',
      'lastSeenAt',
      'articleCount',
      'topEntities',
      'topPlaces',
      'closed',
      'addedArticleIds',
      'updatedAt',
    ],
    properties: {
      schemaVersion: { const: 1 },
      storyId: storyIdSchema,
      event: { enum: ['created', 'updated'] },
      version: { type: 'integer', minimum: 1 },
      title: nullable({ type: 'string' }),
      firstArticleId: articleId,
      firstSeenAt: isoDateTime,
      lastSeenAt: isoDateTime,
      firstPublishedAt: nullable(isoDateTime),
      lastPublishedAt: nullable(isoDateTime),
      articleCount: { type: 'integer', minimum: 1 },
      duplicateCount: { type: 'integer', minimum: 0 },
      topEntities: counted({ type: { enum: ['PER', 'ORG', 'LOC', 'MISC'] } }, ['type']),
      topPlaces: counted({ countryCode: nullable({ type: 'string', pattern: '^[A-Z]{2}$' }) }, []),
      closed: { type: 'boolean' },
      addedArticleIds: { type: 'array', items: articleId },
      updatedAt: isoDateTime,
    },
  },
});
