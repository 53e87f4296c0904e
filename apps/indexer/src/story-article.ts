import { EnrichedArticleV1 } from '@newsflow/contracts';
import { StoryArticle } from '@newsflow/enrichment/stories';

/**
 * "Lead is enough" heuristic: the first 20,000 characters of the body go into an article's story profile. A news
 * article names its event, people and places early; the tail of a long read repeats them, and profiling it would
 * cost time while the story lock is held.
 */
export const STORY_TEXT_CHARS = 20_000;

/** An enriched article as the story clusterer takes it. */
export function storyArticle(message: EnrichedArticleV1, duplicateOf: string | null): StoryArticle {
  const e = message.enrichment;
  return {
    articleId: message.articleId,
    title: message.article.title,
    text: message.article.text.slice(0, STORY_TEXT_CHARS),
    language: e.language ?? message.article.language,
    publishedAt: message.article.publishedAt,
    entities: e.entities.map((x) => ({ id: x.id, name: x.name, type: x.type })),
    places: e.places.map((p) => ({ id: p.id, name: p.name, countryCode: p.countryCode })),
    duplicateOf,
  };
}
