import { ElementNode } from '../dom/node';
import { collapseWhitespace, findAll, textContent } from '../dom/traverse';
import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta, firstMeta } from './page-meta';

/**
 * The headline. Candidates: JSON-LD headline, og:title / twitter:title, the page's <h1>s and the <title>
 * tag. "Visible headline" heuristic: an <h1> that shares most words with a metadata title is the headline as
 * the reader sees it; otherwise the metadata title wins, with a trailing " | Site name" removed.
 */
export function extractTitle(
  root: ElementNode,
  pageMeta: PageMeta,
  jsonLd: JsonLdData,
  siteName: string | null,
): string | null {
  const metaTitles = [
    ...jsonLdStrings(jsonLd.article?.headline),
    firstMeta(pageMeta, ['og:title', 'twitter:title', 'dc.title', 'title', 'sailthru.title', 'parsely-title']),
    pageMeta.titleTag,
  ]
    .filter((t): t is string => !!t)
    .map((t) => stripSiteName(decodeLeftoverEntities(collapseWhitespace(t)), siteName));
  const site = siteName?.toLowerCase() ?? null;
  const headings = findAll(root, (el) => el.tag === 'h1')
    .map((el) => collapseWhitespace(textContent(el)))
    .filter((t) => t.length > 0 && t.length < 400 && t.toLowerCase() !== site);

  // Both ways: the heading must cover the metadata title and vice versa, so that a site-name <h1> ("The Go
  // Blog") does not pass for "Defer, Panic, and Recover | The Go Blog".
  for (const heading of headings) {
    if (metaTitles.some((meta) => similarity(heading, meta) >= 0.6 && coverage(meta, heading) >= 0.6)) return heading;
  }
  const meta = metaTitles[0];
  if (meta) return meta;
  return headings[0] ?? null;
}

/**
 * "Double-encoded entity" heuristic: WordPress and other CMSs escape titles twice, so "&amp;#038;" reaches
 * the meta tag and survives one decoding as "&#038;".
 */
export function decodeLeftoverEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt|nbsp);/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), entity);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), entity);
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' }[lower] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Share of `a`'s words found in `b`. */
function coverage(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0) return 0;
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

/** "Title suffix" heuristic: "Headline | Site" or "Headline - Site": keep the longest part, else the part not naming the site. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—\-·»]\s+/);
  if (parts.length < 2) return title;
  if (siteName) {
    const site = siteName.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== site && !site.includes(p.toLowerCase()));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest : title;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the shorter title's words found in the other. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shorter = wa.length <= wb.size ? wa : [...wb];
  const longer = wa.length <= wb.size ? wb : new Set(wa);
  let hits = 0;
  for (const w of shorter) if (longer.has(w)) hits++;
  return hits / shorter.length;
}
