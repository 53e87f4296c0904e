import { Feed, FeedItem } from './feed-types';
import { feedDate, plainText, resolveLink } from './feed-values';
import { ATOM_NAMESPACES, DC_NAMESPACES, NS, RSS_NAMESPACES } from './xml-namespaces';
import { child, children, named, textOf, XmlElement, XmlNameTest } from './xml-tree';

const atomLink = named(ATOM_NAMESPACES, 'link');
const feedburnerOrigLink = named([NS.feedburner], 'origlink');
const dcDate = named(DC_NAMESPACES, 'date');
const contentEncoded = named([NS.content], 'encoded');
const updatedDate = named([NS.atom10], 'updated');
const dctermsModified = named([NS.dcterms], 'modified');
const dctermsIssued = named([NS.dcterms], 'issued', 'created');
/**
 * Heuristic `extension-title-as-fallback`: a channel or item without an RSS `<title>` may still have a Dublin Core
 * or Media RSS one (feedparser reads them the same way); they never replace a `<title>` that is there.
 */
const fallbackTitles = [named(DC_NAMESPACES, 'title'), named([NS.media], 'title')];

/** `<rdf:RDF>` (RSS 1.0 and 0.90), also when the rdf prefix is missing. */
export function isRdfRoot(el: XmlElement): boolean {
  return el.local === 'rdf' && (el.ns === NS.rdf || el.ns === '');
}

/**
 * RSS 0.9x and 2.0 (`<rss><channel><item>`) and RSS 1.0 / 0.90 RDF (`<rdf:RDF>` with items beside the
 * channel). Elements are matched by namespace: RSS's own are in no namespace (or RSS 1.0's), so an
 * `<atom:link rel="self">`, `<media:title>` or `<itunes:title>` never stands in for `<link>` or `<title>`.
 * Item link preference: feedburner:origLink (the real URL behind FeedBurner's redirect) → <link> →
 * an atom:link alternate → a guid that is a permalink (isPermaLink not "false" and an absolute URL) → rdf:about.
 */
export function parseRss(root: XmlElement, baseUrl: string): Feed {
  const isRdf = isRdfRoot(root);
  // Heuristic `root-namespace-is-the-dialect`: an `<rss>` declaring some default namespace of its own (old
  // generators invented several) has its elements in that namespace.
  const rss = (local: string) => named(isRdf ? RSS_NAMESPACES : [...RSS_NAMESPACES, root.ns], local);
  const channel = child(root, rss('channel'));
  const siteUrl = resolveLink(textOf(child(channel, rss('link'))), baseUrl);
  const itemEls = isRdf ? children(root, rss('item')) : children(channel, rss('item'));
  // Some RSS 1.0 feeds (and broken 2.0 ones) nest items inside the channel; accept both.
  const allItems = itemEls.length > 0 ? itemEls : children(isRdf ? channel : root, rss('item'));
  const items = allItems.map((item) => rssItem(item, baseUrl, rss));
  return {
    format: isRdf ? 'rdf' : 'rss',
    version: isRdf ? '1.0' : root.attrs.version,
    title: plainText(textOf(child(channel, rss('title')) ?? child(channel, ...fallbackTitles))),
    siteUrl,
    items,
  };
}

function rssItem(item: XmlElement, baseUrl: string, rss: (local: string) => XmlNameTest): FeedItem {
  const guidEl = child(item, rss('guid'));
  const guid = textOf(guidEl);
  const guidIsLink = guidEl?.attrs.ispermalink?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guid ?? '');
  const alternate = children(item, atomLink).find((l) => !l.attrs.rel || l.attrs.rel === 'alternate')?.attrs.href;
  const url =
    resolveLink(textOf(child(item, feedburnerOrigLink)), baseUrl) ??
    resolveLink(textOf(child(item, rss('link'))), baseUrl) ??
    resolveLink(alternate, baseUrl) ??
    (guidIsLink ? resolveLink(guid, baseUrl) : undefined) ??
    resolveLink(item.attrs['rdf:about'], baseUrl);
  const published =
    feedDate(textOf(child(item, rss('pubdate')))) ??
    feedDate(textOf(child(item, dcDate))) ??
    feedDate(textOf(child(item, dctermsIssued)));
  const updated = feedDate(textOf(child(item, updatedDate, dctermsModified)));
  return {
    url,
    title: plainText(textOf(child(item, rss('title')) ?? child(item, ...fallbackTitles))),
    guid: guid ?? item.attrs['rdf:about'],
    publishedAt: published,
    updatedAt: updated,
    summary: plainText(textOf(child(item, rss('description'))) ?? textOf(child(item, contentEncoded))),
  };
}
