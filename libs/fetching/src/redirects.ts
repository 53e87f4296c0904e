import { FetchRefusal } from './fetch-refusal';

/** Statuses whose Location the client follows (RFC 9110 section 15.4; 300 and 304 are not redirects to follow). */
const FOLLOWED = new Set([301, 302, 303, 307, 308]);

export function isFollowedRedirect(status: number): boolean {
  return FOLLOWED.has(status);
}

/**
 * The next hop of a redirect chain, resolved against the current URL (Location may be relative).
 * Refuses: a missing or unparseable Location, a non-http(s) target (`file:`, `ftp:`, `gopher:`... are
 * classic SSRF pivots), a URL already visited (a loop), and more than `maxRedirects` hops.
 */
export function nextRedirect(
  location: string | undefined,
  currentUrl: string,
  visited: readonly string[],
  maxRedirects: number,
): string {
  if (!location) throw new FetchRefusal('invalid-url', 'redirect without a Location header', currentUrl);
  let next: URL;
  try {
    next = new URL(location, currentUrl);
  } catch {
    throw new FetchRefusal('invalid-url', `unparseable redirect target ${JSON.stringify(location)}`, currentUrl);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FetchRefusal('unsupported-scheme', `redirect to a ${next.protocol} URL`, next.toString());
  }
  next.hash = '';
  const target = next.toString();
  if (visited.includes(target)) {
    throw new FetchRefusal('redirect-loop', `redirect loop back to ${target}`, currentUrl);
  }
  // `visited` holds the URLs requested so far; each one after the first was a redirect.
  if (visited.length > maxRedirects) {
    throw new FetchRefusal('too-many-redirects', `more than ${maxRedirects} redirects`, target);
  }
  return target;
}
