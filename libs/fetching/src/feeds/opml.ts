import { resolveLink } from './feed-values';
import { parseXmlTree, XmlElement } from './xml-tree';

export interface OpmlFeed {
  url: string;
  title?: string;
  siteUrl?: string;
}

/**
 * Reads the feed subscriptions of an OPML document (OPML 1.0/2.0 "subscription lists"): every
 * `<outline>` with an xmlUrl, at any depth (folders are nested outlines). Duplicates are dropped.
 */
export function parseOpml(text: string): OpmlFeed[] {
  const doc = parseXmlTree(text.replace(/^\uFEFF/, ''));
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (el: XmlElement) => {
    if (el.name === 'outline') {
      const url = resolveLink(el.attrs.xmlurl, undefined);
      if (url && !seen.has(url)) {
        seen.add(url);
        feeds.push({ url, title: el.attrs.title ?? el.attrs.text, siteUrl: resolveLink(el.attrs.htmlurl, undefined) });
      }
    }
    el.children.forEach(walk);
  };
  walk(doc);
  return feeds;
}
