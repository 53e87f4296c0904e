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
    .map((t) => collapseWhitespace(t));
  const headings = findAll(root, (el) => el.tag === 'h1')
    .map((el) => collapseWhitespace(textContent(el)))
    .filter((t) => t.length > 0 && t.length < 400);

  for (const heading of headings) {
    if (metaTitles.some((meta) => similarity(heading, meta) >= 0.6)) return heading;
  }
  const meta = metaTitles[0];
  if (meta) return stripSiteName(meta, siteName);
  return headings[0] ?? null;
}

/** "Title suffix" heuristic: "Headline | Site" or "Headline - Site": keep the longest part, else the part not naming the site. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—\-:·»]\s+/);
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
