import { Feed, FeedItem } from './feed-types';
import { feedDate, plainText, resolveLink } from './feed-values';
import { ATOM_NAMESPACES } from './xml-namespaces';
import { child, children, named, textOf, XmlElement, XmlNameTest } from './xml-tree';

/** `<feed>` in an Atom namespace, or in none (Atom 0.3 feeds that forgot theirs). */
export function isAtomRoot(el: XmlElement): boolean {
  return el.local === 'feed' && (el.ns === '' || ATOM_NAMESPACES.includes(el.ns));
}

/** The base for an element: its xml:base resolved against the parent's base (XML Base, RFC 4287 section 2). */
function baseOf(el: XmlElement, parentBase: string): string {
  return resolveLink(el.attrs['xml:base'], parentBase) ?? parentBase;
}

/**
 * The page link of an Atom feed or entry: `rel="alternate"` (or no rel, which means alternate), preferring
 * an HTML type; enclosures, self and edit links are never the article.
 */
function alternateLink(el: XmlElement, base: string, link: XmlNameTest): string | undefined {
  const links = children(el, link).filter((l) => !l.attrs.rel || l.attrs.rel === 'alternate');
  const html = links.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? links[0];
  return resolveLink(html?.attrs.href, base);
}

/**
 * Atom 1.0 (RFC 4287), and the obsolete Atom 0.3 (`issued`/`modified` dates). Elements are matched in the
 * feed's own namespace, so extension elements (`media:title`, `itunes:title`) never replace Atom's.
 */
export function parseAtom(root: XmlElement, baseUrl: string): Feed {
  const atom = (...locals: string[]) => named([root.ns], ...locals);
  const link = atom('link');
  const feedBase = baseOf(root, baseUrl);
  const items = children(root, atom('entry')).map((entry): FeedItem => {
    const base = baseOf(entry, feedBase);
    return {
      url: alternateLink(entry, base, link),
      title: plainText(textOf(child(entry, atom('title')))),
      guid: textOf(child(entry, atom('id'))),
      publishedAt: feedDate(textOf(child(entry, atom('published', 'issued')))),
      updatedAt: feedDate(textOf(child(entry, atom('updated', 'modified')))),
      summary: plainText(textOf(child(entry, atom('summary'))) ?? textOf(child(entry, atom('content')))),
    };
  });
  return {
    format: 'atom',
    version: root.attrs.version ?? '1.0',
    title: plainText(textOf(child(root, atom('title')))),
    siteUrl: alternateLink(root, feedBase, link),
    items,
  };
}
