import { Feed, FeedItem } from './feed-types';
import { feedDate, plainText, resolveLink } from './feed-values';
import { child, children, textOf, XmlElement } from './xml-tree';

/**
 * RSS 0.9x and 2.0 (`<rss><channel><item>`) and RSS 1.0 / 0.90 RDF (`<rdf:RDF>` with items beside the
 * channel). Item link preference: feedburner:origLink (the real URL behind FeedBurner's redirect) →
 * <link> → a guid that is a permalink (isPermaLink not "false" and an absolute URL) → rdf:about.
 */
export function parseRss(root: XmlElement, baseUrl: string): Feed {
  const isRdf = root.name === 'rdf:rdf' || root.name === 'rdf';
  const channel = child(root, 'channel');
  const siteUrl = resolveLink(textOf(child(channel, 'link')), baseUrl);
  const itemEls = isRdf ? children(root, 'item') : children(channel, 'item');
  // Some RSS 1.0 feeds (and broken 2.0 ones) nest items inside the channel; accept both.
  const allItems = itemEls.length > 0 ? itemEls : children(isRdf ? channel : root, 'item');
  const items = allItems.map((item) => rssItem(item, baseUrl));
  return {
    format: isRdf ? 'rdf' : 'rss',
    version: isRdf ? '1.0' : root.attrs.version,
    title: plainText(textOf(child(channel, 'title'))),
    siteUrl,
    items,
  };
}

function rssItem(item: XmlElement, baseUrl: string): FeedItem {
  const guidEl = child(item, 'guid');
  const guid = textOf(guidEl);
  const guidIsLink = guidEl?.attrs.ispermalink?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guid ?? '');
  const atomLink = children(item, 'atom:link').find((l) => !l.attrs.rel || l.attrs.rel === 'alternate')?.attrs.href;
  const url =
    resolveLink(textOf(child(item, 'feedburner:origlink')), baseUrl) ??
    resolveLink(textOf(child(item, 'link')), baseUrl) ??
    resolveLink(atomLink, baseUrl) ??
    (guidIsLink ? resolveLink(guid, baseUrl) : undefined) ??
    resolveLink(item.attrs['rdf:about'], baseUrl);
  const published = feedDate(textOf(child(item, 'pubdate'))) ?? feedDate(textOf(child(item, 'dc:date', 'date')));
  const updated = feedDate(textOf(child(item, 'atom:updated', 'dcterms:modified')));
  return {
    url,
    title: plainText(textOf(child(item, 'title'))),
    guid: guid ?? item.attrs['rdf:about'],
    publishedAt: published,
    updatedAt: updated,
    summary: plainText(textOf(child(item, 'description')) ?? textOf(child(item, 'content:encoded'))),
  };
}
