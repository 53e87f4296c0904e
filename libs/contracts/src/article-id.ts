import { createHash } from 'node:crypto';

/**
 * Whether a URL fragment names a page rather than a place on one ("route fragment" heuristic). Single-page news
 * sites route by fragment, `#!/story/1` (the hashbang convention) or `#/story/2` (hash routers), and each such URL
 * is its own article; any other fragment (`#section-2`, `#comments`, `#top`) is an anchor into the page and not
 * part of its identity. Takes the fragment as `URL.hash` gives it, with or without the leading `#`.
 */
export function isRouteFragment(hash: string): boolean {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return fragment.startsWith('!') || fragment.startsWith('/');
}

/**
 * The article id: the first 128 bits (32 hex chars) of SHA-256 over the canonical URL in WHATWG serialisation
 * without its fragment, unless the fragment is a route ({@link isRouteFragment}). Every stage keys its messages by
 * it and the store's primary key is it, so a page reached through two feeds, or re-fetched later, is the same
 * article. Callers pass the canonical URL after the fetcher's normalisation (tracking parameters removed); this
 * function only applies the parts of normalisation that must never differ between callers (scheme/host case,
 * default port, anchor fragment). URLs without a route fragment keep the ids they always had.
 */
export function articleIdFor(canonicalUrl: string): string {
  const url = new URL(canonicalUrl);
  if (!isRouteFragment(url.hash)) url.hash = '';
  return createHash('sha256').update(url.toString()).digest('hex').slice(0, 32);
}

export const ARTICLE_ID_PATTERN = '^[0-9a-f]{32}$';
