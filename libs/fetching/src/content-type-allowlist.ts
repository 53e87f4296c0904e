/** A parsed Content-Type header. */
export interface ContentType {
  /** Lower-case `type/subtype`, or '' when the header is missing or unparseable. */
  mediaType: string;
  /** The charset parameter as written (lower-cased), if any. */
  charset?: string;
}

/** Parses a Content-Type header (RFC 9110 section 8.3): media type plus a possibly quoted charset. */
export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mediaType: '' };
  const [type, ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase();
  const result: ContentType = { mediaType: /^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ? mediaType : '' };
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param);
    if (m) result.charset = m[1].toLowerCase();
  }
  return result;
}

/**
 * True when a 2xx response's media type may be read. A missing Content-Type is accepted: many small
 * sites omit it, and the body is then sniffed (binary bodies are classified `not-html`, never parsed).
 * List entries may end in `/*` to accept a whole top-level type.
 */
export function isContentTypeAllowed(mediaType: string, allowed: readonly string[]): boolean {
  if (mediaType === '') return true;
  return allowed.some((entry) => {
    const e = entry.toLowerCase();
    return e.endsWith('/*') ? mediaType.startsWith(e.slice(0, -1)) : e === mediaType;
  });
}

/** Media types of feeds, used to tell a feed from a page. */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/xml',
  'text/xml',
  'text/x-opml',
]);

export function isFeedMediaType(mediaType: string): boolean {
  return FEED_TYPES.has(mediaType);
}
