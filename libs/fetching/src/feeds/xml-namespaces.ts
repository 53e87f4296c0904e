/**
 * Namespace URIs the feed parsers read, lower-cased (documents are compared lower-cased: feeds in the wild vary
 * the case of `http://www.w3.org/2005/Atom`, and no two vocabularies here differ only by case).
 */
export const NS = {
  xml: 'http://www.w3.org/xml/1998/namespace',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  atom10: 'http://www.w3.org/2005/atom',
  atom03: 'http://purl.org/atom/ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
} as const;

/**
 * The namespaces RSS's own elements appear in: none for RSS 0.9x/2.0, RSS 1.0's and RSS 0.90's for RDF, and the
 * URIs some RSS 2.0 generators put on `<rss>` as a default namespace (the list feedparser treats as RSS).
 */
export const RSS_NAMESPACES: readonly string[] = [
  '',
  NS.rss10,
  NS.rss090,
  'http://backend.userland.com/rss',
  'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss',
  'http://purl.org/rss/1.0/modules/rss091#',
];

/** Atom 1.0 (RFC 4287), Atom 0.3, and the pre-0.3 drafts' URIs (feedparser's list). */
export const ATOM_NAMESPACES: readonly string[] = [
  NS.atom10,
  NS.atom03,
  'http://purl.org/echo/',
  'http://purl.org/pie/',
  'http://example.com/newformat#',
  'http://example.com/necho',
  'uri/of/echo/namespace#',
];

/** Dublin Core elements: 1.1, and 1.0 which older RDF feeds still declare. */
export const DC_NAMESPACES: readonly string[] = [NS.dc, 'http://purl.org/dc/elements/1.0/'];

/**
 * Heuristic `undeclared-prefix-conventional-namespace`: feeds often use `dc:`, `content:` or `atom:` without
 * declaring them (ill-formed XML, which the parser reads anyway). Such a prefix means the vocabulary it
 * conventionally names; a prefix that is declared always wins.
 */
export const CONVENTIONAL_PREFIXES: Readonly<Record<string, string>> = {
  xml: NS.xml,
  rdf: NS.rdf,
  atom: NS.atom10,
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  media: NS.media,
  itunes: NS.itunes,
  feedburner: NS.feedburner,
};
