import { Feed, FeedItem } from './feed-types';
import { feedDate, plainText, resolveLink } from './feed-values';
import { child, children, textOf, XmlElement } from './xml-tree';

/** The base for an element: its xml:base resolved against the parent's base (XML Base, RFC 4287 section 2). */
function baseOf(el: XmlElement, parentBase: string): string {
  return resolveLink(el.attrs['xml:base'], parentBase) ?? parentBase;
}

/**
 * The page link of an Atom feed or entry: `rel="alternate"` (or no rel, which means alternate), preferring
 * an HTML type; enclosures, self and edit links are never the article.
 */
function alternateLink(el: XmlElement, base: string): string | undefined {
  const links = children(el, 'link').filter((l) => !l.attrs.rel || l.attrs.rel === 'alternate');
  const html = links.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? links[0];
  return resolveLink(html?.attrs.href, base);
}

/** Atom 1.0 (RFC 4287), and the obsolete Atom 0.3 (`issued`/`modified` dates). */
export function parseAtom(root: XmlElement, baseUrl: string): Feed {
  const feedBase = baseOf(root, baseUrl);
  const items = children(root, 'entry').map((entry): FeedItem => {
    const base = baseOf(entry, feedBase);
    return {
      url: alternateLink(entry, base),
      title: plainText(textOf(child(entry, 'title'))),
      guid: textOf(child(entry, 'id')),
      publishedAt: feedDate(textOf(child(entry, 'published', 'issued'))),
      updatedAt: feedDate(textOf(child(entry, 'updated', 'modified'))),
      summary: plainText(textOf(child(entry, 'summary')) ?? textOf(child(entry, 'content'))),
    };
  });
  return {
    format: 'atom',
    version: root.attrs.version ?? '1.0',
    title: plainText(textOf(child(root, 'title'))),
    siteUrl: alternateLink(root, feedBase),
    items,
  };
}
