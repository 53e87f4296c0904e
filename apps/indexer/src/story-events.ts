import { StoryEventV1 } from '@newsflow/contracts';
import { StoredStory } from '@newsflow/db';
import { StoryState, topEntities, topPlaces } from '@newsflow/enrichment/stories';

/** How many entities and places a story row and event list (the most named first). */
export const STORY_TOP_N = 10;

/** A story's state as the store keeps it: the published row's fields, and the clustering state while open. */
export function storedStory(s: StoryState): StoredStory {
  return {
    id: s.id,
    title: s.title,
    firstArticleId: s.firstArticleId,
    firstSeenAt: s.firstSeenAt,
    lastSeenAt: s.lastSeenAt,
    firstPublishedAt: s.firstPublishedAt,
    lastPublishedAt: s.lastPublishedAt,
    articleCount: s.articleCount,
    duplicateCount: s.duplicateCount,
    topEntities: topEntities(s, STORY_TOP_N).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      articles: e.articles,
    })),
    topPlaces: topPlaces(s, STORY_TOP_N).map((p) => ({
      id: p.id,
      name: p.name,
      countryCode: p.countryCode,
      articles: p.articles,
    })),
    closed: s.closed,
    closedAt: s.closedAt,
    version: s.version,
    state: s.closed ? null : s,
  };
}

/** The event for a stored story: its whole current state (the topic is compacted by story id). */
export function storyEvent(
  story: StoredStory,
  event: 'created' | 'updated',
  addedArticleIds: string[],
  updatedAt: string,
): StoryEventV1 {
  return {
    schemaVersion: 1,
    storyId: story.id,
    event,
    version: story.version,
    title: story.title,
    firstArticleId: story.firstArticleId,
    firstSeenAt: story.firstSeenAt,
    lastSeenAt: story.lastSeenAt,
    firstPublishedAt: story.firstPublishedAt,
    lastPublishedAt: story.lastPublishedAt,
    articleCount: story.articleCount,
    duplicateCount: story.duplicateCount,
    topEntities: story.topEntities,
    topPlaces: story.topPlaces,
    closed: story.closed,
    addedArticleIds,
    updatedAt,
  };
}
