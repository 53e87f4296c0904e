import { parseAtom } from './atom';
import { Feed, FeedParseError } from './feed-types';
import { parseJsonFeed } from './json-feed';
import { parseRss } from './rss';
import { findFirst, parseXmlTree } from './xml-tree';

/**
 * Parses RSS 0.9x/1.0(RDF)/2.0, Atom or JSON Feed text, resolving relative links against `baseUrl` (the
 * feed's own URL). Malformed XML gives a best-effort result (everything readable before the damage);
 * text that is no feed at all (HTML, empty, unknown XML) throws a {@link FeedParseError}.
 */
export function parseFeed(text: string, baseUrl: string): Feed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new FeedParseError('empty document');
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, baseUrl);
  const doc = parseXmlTree(trimmed);
  // The root is the first element; a sloppy document may wrap it (e.g. in HTML), so search a little deeper.
  const root = doc.children.find((c) => !c.name.startsWith('!') && !c.name.startsWith('?')) ?? doc;
  const feedRoot = ['rss', 'rdf:rdf', 'rdf', 'feed'].includes(root.name)
    ? root
    : findFirst(doc, 'rss', 'rdf:rdf', 'feed');
  if (!feedRoot) throw new FeedParseError(`not a feed: root element <${root.name}>`);
  if (feedRoot.name === 'feed') return parseAtom(feedRoot, baseUrl);
  return parseRss(feedRoot, baseUrl);
}
