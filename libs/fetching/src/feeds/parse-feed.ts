import { isAtomRoot, parseAtom } from './atom';
import { Feed, FeedParseError } from './feed-types';
import { parseJsonFeed } from './json-feed';
import { isRdfRoot, parseRss } from './rss';
import { findFirst, parseXmlTree, XmlElement } from './xml-tree';

/** `<rss>` in whatever namespace it declares (see `root-namespace-is-the-dialect`), `<rdf:RDF>` or Atom's `<feed>`. */
const isFeedRoot = (el: XmlElement) => el.local === 'rss' || isRdfRoot(el) || isAtomRoot(el);

/**
 * Parses RSS 0.9x/1.0(RDF)/2.0, Atom or JSON Feed text, resolving relative links against `baseUrl` (the
 * feed's own URL). Malformed XML gives a best-effort result (everything readable before the damage);
 * text that is no feed at all (HTML, empty, unknown XML) throws a {@link FeedParseError}, and XML nested
 * too deep to be a feed its subclass `XmlTooDeepError`.
 */
export function parseFeed(text: string, baseUrl: string): Feed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new FeedParseError('empty document');
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, baseUrl);
  const doc = parseXmlTree(trimmed);
  // The root is the first element; a sloppy document may wrap it (e.g. in HTML), so search a little deeper.
  const root = doc.children.find((c) => !c.name.startsWith('!') && !c.name.startsWith('?')) ?? doc;
  const feedRoot = isFeedRoot(root) ? root : findFirst(doc, isFeedRoot);
  if (!feedRoot) throw new FeedParseError(`not a feed: root element <${root.name}>`);
  if (isAtomRoot(feedRoot)) return parseAtom(feedRoot, baseUrl);
  return parseRss(feedRoot, baseUrl);
}
