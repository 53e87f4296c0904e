import { JsonLdData } from './json-ld';
import { PageMeta, firstMeta } from './page-meta';

/**
 * Paywall markers that publishers declare for search engines: JSON-LD isAccessibleForFree=false (Google's
 * paywalled-content markup) and content-tier metas ("locked", "metered", "subscriber").
 */
export function extractAccessState(pageMeta: PageMeta, jsonLd: JsonLdData): 'free' | 'paywalled' {
  for (const node of jsonLd.article ? [jsonLd.article, ...jsonLd.nodes] : jsonLd.nodes) {
    const free = node.isAccessibleForFree;
    if (free === false || (typeof free === 'string' && /^false$/i.test(free))) return 'paywalled';
  }
  const tier = firstMeta(pageMeta, ['article:content_tier', 'content_tier', 'article:content-tier']);
  if (tier && /locked|metered|premium|subscri|paid/i.test(tier)) return 'paywalled';
  return 'free';
}
