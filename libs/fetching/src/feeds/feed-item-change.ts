import { FeedItem } from './feed-types';

/** What the registry remembers about an article URL it already fetched. */
export interface SeenArticle {
  /** The feed item's date (updatedAt, else publishedAt) recorded when the article was last fetched. */
  feedDate?: string | null;
}

export type FeedItemDecision = { fetch: true; reason: 'new' | 'updated' } | { fetch: false; reason: 'unchanged' };

/** The date a feed uses to say an item changed: its update date, else its publication date. */
export function feedItemDate(item: Pick<FeedItem, 'updatedAt' | 'publishedAt'>): string | undefined {
  return item.updatedAt ?? item.publishedAt;
}

/**
 * Decides whether a feed item's article must be fetched: always when never fetched; otherwise only when
 * the feed now dates the item later than it did at the last fetch ("its feed says it changed"). An item
 * without dates is not refetched: re-polling the same feed must not refetch every undated article.
 */
export function decideFeedItemFetch(
  item: Pick<FeedItem, 'updatedAt' | 'publishedAt'>,
  seen: SeenArticle | undefined,
): FeedItemDecision {
  if (!seen) return { fetch: true, reason: 'new' };
  const now = feedItemDate(item);
  if (!now) return { fetch: false, reason: 'unchanged' };
  const before = seen.feedDate ? Date.parse(seen.feedDate) : Number.NaN;
  if (Number.isNaN(before) || Date.parse(now) > before) return { fetch: true, reason: 'updated' };
  return { fetch: false, reason: 'unchanged' };
}
