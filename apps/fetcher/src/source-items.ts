import {
  decideFeedItemFetch,
  feedItemDate,
  normalizeUrl,
  parseFeed,
  parseSitemapBytes,
  parseUrlList,
  SeenArticle,
  SitemapResult,
} from '@newsflow/fetching';

/** One article URL a source lists, with what the source says about it (dates feed the skip rule). */
export interface SourceItem {
  url: string;
  title?: string;
  publishedAt?: string;
  updatedAt?: string;
}

/** The items of a feed (RSS, Atom, JSON Feed); throws FeedParseError when the text is not a feed. */
export function feedItems(text: string, baseUrl: string): SourceItem[] {
  return parseFeed(text, baseUrl).items.flatMap((item) =>
    item.url ? [{ url: item.url, title: item.title, publishedAt: item.publishedAt, updatedAt: item.updatedAt }] : [],
  );
}

/** The URLs of a plain URL list: no dates, so an URL is fetched once and never again unless it leaves the log. */
export function urlListItems(text: string, baseUrl: string): SourceItem[] {
  return parseUrlList(text, baseUrl).map((url) => ({ url }));
}

/**
 * A sitemap's article URLs: the Google News publication date is the item's publication date and `lastmod` its update
 * date, so a sitemap that bumps `lastmod` gets the page refetched exactly like a feed that bumps `updated`.
 */
export function sitemapItems(sitemap: SitemapResult): SourceItem[] {
  return sitemap.urls.map((u) => ({
    url: u.url,
    title: u.news?.title,
    publishedAt: u.news?.publicationDate,
    updatedAt: u.lastmod,
  }));
}

/** Parses a fetched sitemap body (plain or a .xml.gz file), stopping at `maxUrls` entries. */
export function readSitemap(
  body: Uint8Array,
  baseUrl: string,
  maxUrls: number,
  maxDecompressedBytes: number,
): Promise<SitemapResult> {
  return parseSitemapBytes(body, baseUrl, { maxUrls, maxDecompressedBytes });
}

/**
 * The items worth a fetch request: http(s) URLs, normalised (so tracking parameters and fragments do not make one
 * article many), first occurrence kept, at most `maxItems`, then only those `decideFeedItemFetch` says to fetch
 * given what the fetch log remembers (`seen`, keyed by normalised URL).
 */
export function itemsToRequest(
  items: SourceItem[],
  seen: Map<string, SeenArticle>,
  maxItems = Number.POSITIVE_INFINITY,
): { item: SourceItem; reason: 'new' | 'updated' }[] {
  const out: { item: SourceItem; reason: 'new' | 'updated' }[] = [];
  for (const item of uniqueNormalizedItems(items, maxItems)) {
    const decision = decideFeedItemFetch(item, seen.get(item.url));
    if (decision.fetch) out.push({ item, reason: decision.reason });
  }
  return out;
}

/** Items with normalised http(s) URLs, duplicates and unparseable URLs dropped, at most `maxItems`. */
export function uniqueNormalizedItems(items: SourceItem[], maxItems = Number.POSITIVE_INFINITY): SourceItem[] {
  const byUrl = new Map<string, SourceItem>();
  for (const item of items) {
    if (byUrl.size >= maxItems) break;
    let url: string;
    try {
      url = normalizeUrl(item.url);
    } catch {
      continue;
    }
    if (!/^https?:\/\//i.test(url) || byUrl.has(url)) continue;
    byUrl.set(url, { ...item, url });
  }
  return [...byUrl.values()];
}

/** The date the skip rule compares for an item (its update date, else its publication date). */
export function itemFeedDate(item: SourceItem): string | undefined {
  return feedItemDate(item);
}

/**
 * At most `budget` items per host, in source order; the rest wait for the source's next poll (they are not marked as
 * requested, so the skip rule still calls them new). Why: every request a host cannot take yet is parked and comes
 * back, and the stage dead-letters a message after 50 such deferrals, so publishing a whole sitemap for one host at
 * once would lose most of it ("per-host poll budget" heuristic).
 */
export function limitPerHost<T extends { url: string }>(items: T[], budget: number): { kept: T[]; postponed: number } {
  const perHost = new Map<string, number>();
  const kept: T[] = [];
  for (const item of items) {
    const host = new URL(item.url).host;
    const n = perHost.get(host) ?? 0;
    if (n >= budget) continue;
    perHost.set(host, n + 1);
    kept.push(item);
  }
  return { kept, postponed: items.length - kept.length };
}
