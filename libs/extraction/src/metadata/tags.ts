import { ElementNode } from '../dom/node';
import { collapseWhitespace, textContent, walkElements } from '../dom/traverse';
import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta } from './page-meta';

/**
 * Tags: article:tag metas, JSON-LD keywords, news_keywords, then rel=tag links; the generic "keywords"
 * meta last because many sites fill it with site-wide terms.
 */
export function extractTags(root: ElementNode, pageMeta: PageMeta, jsonLd: JsonLdData): string[] {
  const sources: string[][] = [
    pageMeta.meta.get('article:tag') ?? [],
    jsonLdStrings(jsonLd.article?.keywords),
    pageMeta.meta.get('news_keywords') ?? [],
    pageMeta.meta.get('parsely-tags') ?? [],
  ];
  for (const values of sources) {
    const tags = normalise(values);
    if (tags.length > 0) return tags;
  }
  const relTags: string[] = [];
  walkElements(root, (el) => {
    if (el.tag === 'a' && /\btag\b/i.test(el.attrs.rel ?? '')) relTags.push(collapseWhitespace(textContent(el)));
  });
  if (relTags.length > 0) return normalise(relTags);
  return normalise(pageMeta.meta.get('keywords') ?? []);
}

function normalise(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    for (const part of value.split(/\s*[,;]\s*/)) {
      const tag = collapseWhitespace(part.replace(/^#/, ''));
      if (!tag || tag.length > 80 || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out.slice(0, 50);
}
