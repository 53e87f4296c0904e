import { Feed, FeedItem, FeedParseError } from './feed-types';
import { feedDate, plainText, resolveLink } from './feed-values';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Item ids may be numbers in the wild (the spec
 * says string), so they are stringified; `url` is the permalink, `external_url` only when there is none.
 */
export function parseJsonFeed(text: string, baseUrl: string): Feed {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new FeedParseError(`not valid JSON: ${(err as Error).message}`);
  }
  if (
    typeof doc !== 'object' ||
    doc === null ||
    !/^https?:\/\/jsonfeed\.org\/version\//.test(String((doc as { version?: unknown }).version))
  ) {
    throw new FeedParseError('JSON without a jsonfeed.org version is not a JSON Feed');
  }
  const feed = doc as Record<string, unknown>;
  const base = resolveLink(str(feed.feed_url), baseUrl) ?? baseUrl;
  const rawItems = Array.isArray(feed.items) ? feed.items : [];
  const items = rawItems
    .filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null)
    .map(
      (i): FeedItem => ({
        url: resolveLink(str(i.url), base) ?? resolveLink(str(i.external_url), base),
        title: plainText(str(i.title)),
        guid: i.id === undefined || i.id === null ? undefined : String(i.id),
        publishedAt: feedDate(str(i.date_published)),
        updatedAt: feedDate(str(i.date_modified)),
        summary: plainText(str(i.summary) ?? str(i.content_text) ?? str(i.content_html)),
      }),
    );
  return {
    format: 'json-feed',
    version: String(feed.version),
    title: str(feed.title),
    siteUrl: resolveLink(str(feed.home_page_url), base),
    items,
  };
}
