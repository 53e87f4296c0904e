import { NEWSROOM_ARTICLES } from './pages';

/**
 * Feeds and sitemaps of the misbehaving newsroom, in every format the fetcher reads, plus malformed ones.
 * `base` is the server's origin (`http://127.0.0.1:PORT`); some links are relative on purpose.
 */

const iso = (s: string) => new Date(s).toISOString();
const rfc822 = (s: string) => new Date(s).toUTCString();

export function rss2Feed(base: string): string {
  const items = NEWSROOM_ARTICLES.map(
    (a, i) => `  <item>
    <title>${a.title}</title>
    <link>${i === 0 ? `/articles/${a.slug}.html` : `${base}/articles/${a.slug}.html?utm_source=rss`}</link>
    <guid isPermaLink="false">newsroom-${a.slug}</guid>
    <pubDate>${rfc822(a.published)}</pubDate>
    <description><![CDATA[<p>${a.paragraphs[0]}</p>]]></description>
  </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Misbehaving Newsroom</title>
  <link>${base}/</link>
  <description>Latest stories</description>
${items.join('\n')}
</channel>
</rss>
`;
}

export function rss1Feed(base: string): string {
  const items = NEWSROOM_ARTICLES.map(
    (a) => `<item rdf:about="${base}/articles/${a.slug}.html">
  <title>${a.title}</title>
  <link>${base}/articles/${a.slug}.html</link>
  <description>${a.paragraphs[0]}</description>
  <dc:date>${iso(a.published)}</dc:date>
</item>`,
  );
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${base}/feeds/rss1.rdf">
  <title>The Misbehaving Newsroom (RSS 1.0)</title>
  <link>${base}/</link>
  <description>Latest stories</description>
</channel>
${items.join('\n')}
</rdf:RDF>
`;
}

export function rss091Feed(base: string): string {
  const items = NEWSROOM_ARTICLES.map(
    (a) =>
      `<item><title>${a.title}</title><link>${base}/articles/${a.slug}.html</link><description>${a.paragraphs[0]}</description></item>`,
  );
  return `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>The Misbehaving Newsroom (RSS 0.91)</title><link>${base}/</link>
<description>Latest stories</description><language>en</language>
${items.join('\n')}
</channel></rss>
`;
}

export function atomFeed(base: string): string {
  const entries = NEWSROOM_ARTICLES.map(
    (a) => `  <entry>
    <title type="html">${a.title}</title>
    <link rel="alternate" type="text/html" href="articles/${a.slug}.html"/>
    <link rel="enclosure" href="/media/${a.slug}.jpg"/>
    <id>tag:newsroom.test,2026:${a.slug}</id>
    <published>${iso(a.published)}</published>
    <updated>${iso(a.published)}</updated>
    <summary>${a.paragraphs[0]}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${base}/">
  <title>The Misbehaving Newsroom (Atom)</title>
  <link rel="alternate" href="${base}/"/>
  <link rel="self" href="${base}/feeds/atom.xml"/>
  <id>tag:newsroom.test,2026:feed</id>
  <updated>${iso(NEWSROOM_ARTICLES[2].published)}</updated>
${entries.join('\n')}
</feed>
`;
}

export function jsonFeed(base: string): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Misbehaving Newsroom (JSON Feed)',
      home_page_url: `${base}/`,
      feed_url: `${base}/feeds/feed.json`,
      items: NEWSROOM_ARTICLES.map((a) => ({
        id: `newsroom-${a.slug}`,
        url: `${base}/articles/${a.slug}.html`,
        title: a.title,
        summary: a.paragraphs[0],
        date_published: iso(a.published),
        date_modified: iso(a.published),
      })),
    },
    null,
    2,
  );
}

/** RSS whose markup breaks off mid-item and contains an undeclared entity: parsers must not crash. */
export function malformedRssFeed(base: string): string {
  const a = NEWSROOM_ARTICLES[0];
  const b = NEWSROOM_ARTICLES[1];
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Broken &nbsp; feed</title><link>${base}/</link>
<item><title>${a.title}</title><link>${base}/articles/${a.slug}.html</link><pubDate>not a date</pubDate></item>
<item><title>${b.title} & more</title><link>${base}/articles/${b.slug}.html</link>
<item><title>Truncated`;
}

/** Not a feed at all: an HTML error page served as application/rss+xml. */
export function notAFeed(): string {
  return '<html><body><h1>Feed temporarily unavailable</h1></body></html>';
}

export function sitemapIndex(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>${base}/sitemaps/news.xml</loc><lastmod>2026-03-04T06:15:00Z</lastmod></sitemap>
  <sitemap><loc>${base}/sitemaps/pages.xml</loc></sitemap>
</sitemapindex>
`;
}

export function newsSitemap(base: string): string {
  const urls = NEWSROOM_ARTICLES.map(
    (a) => `  <url>
    <loc>${base}/articles/${a.slug}.html</loc>
    <lastmod>${iso(a.published)}</lastmod>
    <news:news>
      <news:publication><news:name>The Misbehaving Newsroom</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${iso(a.published)}</news:publication_date>
      <news:title>${a.title}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`;
}

export function pagesSitemap(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${base}/</loc><changefreq>hourly</changefreq></url>
  <url><loc>${base}/about.html</loc><lastmod>2025-12-01</lastmod></url>
</urlset>
`;
}

export function opmlDocument(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Newsroom feeds</title></head><body>
<outline text="Newsroom">
  <outline type="rss" text="RSS" xmlUrl="${base}/feeds/rss.xml" htmlUrl="${base}/"/>
  <outline type="rss" text="Atom" xmlUrl="${base}/feeds/atom.xml"/>
</outline>
<outline type="rss" text="JSON" xmlUrl="${base}/feeds/feed.json"/>
</body></opml>
`;
}

export const ROBOTS_TXT = (base: string) => `# The misbehaving newsroom is polite about its own crawl rules.
User-agent: *
Disallow: /private/
Allow: /private/press-release.html
Crawl-delay: 2

User-agent: BadBot
Disallow: /

Sitemap: ${base}/sitemaps/index.xml
`;
