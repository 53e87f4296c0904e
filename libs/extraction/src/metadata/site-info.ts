import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta, firstMeta } from './page-meta';

/** Site name: og:site_name, JSON-LD publisher name, application-name. */
export function extractSiteName(pageMeta: PageMeta, jsonLd: JsonLdData): string | null {
  return (
    firstMeta(pageMeta, ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site']) ??
    jsonLdStrings(jsonLd.article?.publisher)[0] ??
    null
  );
}

/** Canonical URL: <link rel=canonical>, else og:url, resolved against the page URL. */
export function extractCanonicalUrl(pageMeta: PageMeta, url: string | null): string | null {
  const raw = pageMeta.links.get('canonical')?.[0] ?? firstMeta(pageMeta, ['og:url', 'twitter:url']);
  if (!raw) return null;
  try {
    return new URL(raw, url ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(raw) ? raw : null;
  }
}

/** Description: og:description, description, twitter:description, JSON-LD description. */
export function extractDescription(pageMeta: PageMeta, jsonLd: JsonLdData): string | null {
  return (
    firstMeta(pageMeta, ['og:description', 'description', 'twitter:description', 'dc.description']) ??
    jsonLdStrings(jsonLd.article?.description)[0] ??
    null
  );
}
