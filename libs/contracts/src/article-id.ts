import { createHash } from 'node:crypto';

/**
 * The article id: the first 128 bits (32 hex chars) of SHA-256 over the canonical URL in WHATWG serialisation
 * without its fragment. Every stage keys its messages by it and the store's primary key is it, so a page reached
 * through two feeds, or re-fetched later, is the same article. Callers pass the canonical URL after the fetcher's
 * normalisation (tracking parameters removed); this function only applies the parts of normalisation that must
 * never differ between callers (scheme/host case, default port, fragment).
 */
export function articleIdFor(canonicalUrl: string): string {
  const url = new URL(canonicalUrl);
  url.hash = '';
  return createHash('sha256').update(url.toString()).digest('hex').slice(0, 32);
}

export const ARTICLE_ID_PATTERN = '^[0-9a-f]{32}$';
