import { isRouteFragment } from '@newsflow/contracts';

/**
 * The page's rel=canonical URL, found by scanning the markup rather than parsing it: the fetcher needs it for the
 * article id before the parser runs, and a full parse there would double the pipeline's HTML work. Only the first
 * 256 KB are scanned (the link belongs in <head>). A canonical on another site is ignored: pages that syndicate
 * point at the original, and taking that id would merge two sites' copies before the indexer can link them.
 *
 * Heuristic `route-outlives-canonical`: a hash-routed page (`/#!/story/1`) whose canonical names the same document
 * with no route keeps its route, because single-page sites put one canonical (`/`) on every route and taking it
 * would collapse all their stories into one article.
 */
const LINK_TAG = /<link\b[^>]*>/gi;
const REL_CANONICAL = /\brel\s*=\s*(["']?)\s*canonical\s*\1/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

export function findCanonicalLink(html: string, pageUrl: string): string | null {
  const head = html.slice(0, 256 * 1024);
  for (const match of head.matchAll(LINK_TAG)) {
    const tag = match[0];
    if (!REL_CANONICAL.test(tag)) continue;
    const href = HREF.exec(tag);
    const raw = (href?.[1] ?? href?.[2] ?? href?.[3] ?? '').trim().replace(/&amp;/g, '&');
    if (!raw) continue;
    let resolved: URL;
    try {
      resolved = new URL(raw, pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(resolved.protocol)) continue;
    const page = new URL(pageUrl);
    if (resolved.host.toLowerCase() !== page.host.toLowerCase()) return null;
    if (!resolved.hash && isRouteFragment(page.hash) && resolved.pathname === page.pathname) resolved.hash = page.hash;
    return resolved.toString();
  }
  return null;
}
