import { parseFeed } from './parse-feed';

// Item 10: elements were matched by local name, so WordPress's <atom:link rel="self"> (written before <link>)
// replaced the site and article URLs, and <media:title>/<itunes:title> replaced the title.
describe('parseFeed matches elements by namespace', () => {
  const wordpress = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"
  xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
  <title>The Daily Example</title>
  <atom:link href="https://news.example/feed/" rel="self" type="application/rss+xml" />
  <link>https://news.example/</link>
  <itunes:title>Daily Example Podcast</itunes:title>
  <item>
    <title>Council approves the harbour plan</title>
    <atom:link href="https://news.example/2026/03/harbour/feed/" rel="self" />
    <link>https://news.example/2026/03/harbour/</link>
    <media:title type="plain">harbour.jpg</media:title>
    <itunes:title>Episode 12</itunes:title>
    <dc:creator><![CDATA[Editor]]></dc:creator>
    <pubDate>Mon, 02 Mar 2026 08:30:00 +0000</pubDate>
    <guid isPermaLink="false">https://news.example/?p=123</guid>
    <description><![CDATA[<p>The council voted.</p>]]></description>
    <content:encoded><![CDATA[<p>The council voted 7 to 2.</p>]]></content:encoded>
  </item>
</channel>
</rss>`;

  it('takes <link>, not an earlier atom:link rel=self, at channel and item level', () => {
    const feed = parseFeed(wordpress, 'https://news.example/feed/');
    expect(feed.siteUrl).toBe('https://news.example/');
    expect(feed.items[0].url).toBe('https://news.example/2026/03/harbour/');
  });

  it('keeps <title> when media:title and itunes:title follow it', () => {
    const feed = parseFeed(wordpress, 'https://news.example/feed/');
    expect(feed.title).toBe('The Daily Example');
    expect(feed.items[0]).toMatchObject({
      title: 'Council approves the harbour plan',
      guid: 'https://news.example/?p=123',
      publishedAt: '2026-03-02T08:30:00.000Z',
      summary: 'The council voted.',
    });
  });

  it('keeps <title> when itunes:title and media:title come before it', () => {
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
      <channel><itunes:title>Podcast</itunes:title><title>Show</title>
      <item><media:title>clip.mp4</media:title><itunes:title>Ep. 1</itunes:title><title>First episode</title></item></channel></rss>`;
    const feed = parseFeed(rss, 'https://news.example/feed');
    expect(feed.title).toBe('Show');
    expect(feed.items[0].title).toBe('First episode');
  });

  it('matches on the namespace URI, whatever the prefix', () => {
    const rss = `<rss version="2.0" xmlns:a="http://www.w3.org/2005/Atom" xmlns:m="http://search.yahoo.com/mrss/">
      <channel><item><a:link href="https://news.example/self" rel="self"/><m:title>photo</m:title>
      <a:link href="https://news.example/article" rel="alternate"/></item></channel></rss>`;
    expect(parseFeed(rss, 'https://news.example/feed').items[0]).toMatchObject({
      url: 'https://news.example/article',
      title: 'photo', // extension-title-as-fallback: there is no <title>
    });
  });

  it('does not take an element of another vocabulary that reuses a prefix-less name for RSS', () => {
    const rss = `<rss version="2.0"><channel><item xmlns:x="urn:other"><x:link>https://elsewhere.example/</x:link>
      <link>https://news.example/a</link></item></channel></rss>`;
    expect(parseFeed(rss, 'https://news.example/feed').items[0].url).toBe('https://news.example/a');
  });

  it('reads Atom only in its namespace: a media:title after the Atom title does not replace it', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
      <title>Site</title><media:title>Logo</media:title><link rel="self" href="https://news.example/atom"/>
      <link href="https://news.example/"/>
      <entry><title>Story</title><media:title>photo.jpg</media:title><id>urn:1</id>
        <link rel="self" href="https://news.example/1.atom"/><link href="https://news.example/1"/></entry></feed>`;
    const feed = parseFeed(atom, 'https://news.example/atom');
    expect(feed).toMatchObject({ title: 'Site', siteUrl: 'https://news.example/' });
    expect(feed.items[0]).toMatchObject({ title: 'Story', url: 'https://news.example/1' });
  });

  it('reads RSS 1.0 elements in the RSS 1.0 namespace', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://news.example/"><title>R</title>
      <link>https://news.example/</link></channel><item rdf:about="https://news.example/1"><title>One</title>
      <link>https://news.example/1</link><dc:date>2026-03-02T08:30:00Z</dc:date></item></rdf:RDF>`;
    const feed = parseFeed(rdf, 'https://news.example/rdf');
    expect(feed).toMatchObject({ format: 'rdf', title: 'R', siteUrl: 'https://news.example/' });
    expect(feed.items[0]).toMatchObject({ url: 'https://news.example/1', publishedAt: '2026-03-02T08:30:00.000Z' });
  });
});
