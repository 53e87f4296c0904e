import { resolveLink } from './feed-values';
import { descendantsAndSelf, parseXmlTree } from './xml-tree';

export interface OpmlFeed {
  url: string;
  title?: string;
  siteUrl?: string;
}

/**
 * Reads the feed subscriptions of an OPML document (OPML 1.0/2.0 "subscription lists"): every
 * `<outline>` with an xmlUrl, at any depth (folders are nested outlines), in document order. Duplicates are
 * dropped. Nesting deeper than `MAX_XML_DEPTH` throws `XmlTooDeepError`.
 */
export function parseOpml(text: string): OpmlFeed[] {
  const doc = parseXmlTree(text.replace(/^\uFEFF/, ''));
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  for (const el of descendantsAndSelf(doc)) {
    if (el.local !== 'outline') continue;
    const url = resolveLink(el.attrs.xmlurl, undefined);
    if (url && !seen.has(url)) {
      seen.add(url);
      feeds.push({ url, title: el.attrs.title ?? el.attrs.text, siteUrl: resolveLink(el.attrs.htmlurl, undefined) });
    }
  }
  return feeds;
}
