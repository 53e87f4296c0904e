/** Formats `parseFeed` recognises. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json-feed';

export interface FeedItem {
  /** Absolute URL of the item's page (relative links resolved), when the item has one. */
  url?: string;
  title?: string;
  /** The item's stable id (RSS guid, Atom id, JSON Feed id). */
  guid?: string;
  /** ISO 8601 (UTC) when the feed gave a parseable date. */
  publishedAt?: string;
  updatedAt?: string;
  /** Plain-text summary (markup stripped). */
  summary?: string;
}

export interface Feed {
  format: FeedFormat;
  /** The format's version as declared (`2.0`, `0.91`, `1.0`, `https://jsonfeed.org/version/1.1`...). */
  version?: string;
  title?: string;
  siteUrl?: string;
  items: FeedItem[];
}

/** The text is not a feed in any supported format (or is too broken to read anything from). */
export class FeedParseError extends Error {
  override readonly name: string = 'FeedParseError';
}
