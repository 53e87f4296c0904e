import { newsroomDocuments, NEWSROOM_ARTICLES } from '@newsflow/fixture-site';
import { FeedParseError } from './feed-types';
import { parseFeed } from './parse-feed';

const base = 'http://news.example';
const articleUrls = NEWSROOM_ARTICLES.map((a) => `${base}/articles/${a.slug}.html`);

describe('parseFeed', () => {
  it('reads RSS 2.0, resolving relative links', () => {
    const feed = parseFeed(newsroomDocuments.rss2Feed(base), `${base}/feeds/rss.xml`);
    expect(feed).toMatchObject({
      format: 'rss',
      version: '2.0',
      title: 'The Misbehaving Newsroom',
      siteUrl: `${base}/`,
    });
    expect(feed.items.map((i) => i.url)).toEqual([
      articleUrls[0],
      `${articleUrls[1]}?utm_source=rss`,
      `${articleUrls[2]}?utm_source=rss`,
    ]);
    expect(feed.items[0]).toMatchObject({
      title: NEWSROOM_ARTICLES[0].title,
      guid: `newsroom-${NEWSROOM_ARTICLES[0].slug}`,
      publishedAt: NEWSROOM_ARTICLES[0].published.replace('Z', '.000Z'),
      summary: NEWSROOM_ARTICLES[0].paragraphs[0],
    });
  });

  it('reads RSS 1.0 (RDF) with dc:date', () => {
    const feed = parseFeed(newsroomDocuments.rss1Feed(base), `${base}/feeds/rss1.rdf`);
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((i) => i.url)).toEqual(articleUrls);
    expect(feed.items[1].publishedAt).toBe(new Date(NEWSROOM_ARTICLES[1].published).toISOString());
    expect(feed.items[1].guid).toBe(articleUrls[1]);
  });

  it('reads RSS 0.91 with a DOCTYPE', () => {
    const feed = parseFeed(newsroomDocuments.rss091Feed(base), `${base}/feeds/rss091.xml`);
    expect(feed).toMatchObject({ format: 'rss', version: '0.91' });
    expect(feed.items.map((i) => i.url)).toEqual(articleUrls);
  });

  it('reads Atom, resolving links against xml:base and skipping enclosures', () => {
    const feed = parseFeed(newsroomDocuments.atomFeed(base), `${base}/feeds/atom.xml`);
    expect(feed).toMatchObject({ format: 'atom', siteUrl: `${base}/` });
    expect(feed.items.map((i) => i.url)).toEqual(articleUrls);
    expect(feed.items[2]).toMatchObject({
      guid: `tag:newsroom.test,2026:${NEWSROOM_ARTICLES[2].slug}`,
      updatedAt: new Date(NEWSROOM_ARTICLES[2].published).toISOString(),
    });
  });

  it('reads JSON Feed 1.1', () => {
    const feed = parseFeed(newsroomDocuments.jsonFeed(base), `${base}/feeds/feed.json`);
    expect(feed).toMatchObject({ format: 'json-feed', version: 'https://jsonfeed.org/version/1.1' });
    expect(feed.items.map((i) => i.url)).toEqual(articleUrls);
    expect(feed.items[0].title).toBe(NEWSROOM_ARTICLES[0].title);
  });

  it('gives a best-effort result for malformed RSS', () => {
    const feed = parseFeed(newsroomDocuments.malformedRssFeed(base), `${base}/feeds/malformed.xml`);
    expect(feed.format).toBe('rss');
    expect(feed.items[0]).toMatchObject({
      url: articleUrls[0],
      title: NEWSROOM_ARTICLES[0].title,
      publishedAt: undefined,
    });
    expect(feed.items[1].url).toBe(articleUrls[1]);
    expect(feed.items[1].title).toContain('& more');
  });

  it('prefers feedburner:origLink and falls back to a permalink guid', () => {
    const rss = `<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel>
      <item><link>http://feeds.example/~r/x/1</link><feedburner:origLink>https://news.example/real</feedburner:origLink></item>
      <item><guid>https://news.example/by-guid</guid></item>
      <item><guid isPermaLink="false">https://news.example/not-a-link</guid></item>
    </channel></rss>`;
    expect(parseFeed(rss, base).items.map((i) => i.url)).toEqual([
      'https://news.example/real',
      'https://news.example/by-guid',
      undefined,
    ]);
  });

  it('reads CDATA titles and HTML summaries as plain text', () => {
    const rss = `<rss version="2.0"><channel><item><title><![CDATA[Tom & Jerry <b>return</b>]]></title><description>&lt;p&gt;Hello&amp;nbsp;world&lt;/p&gt;</description></item></channel></rss>`;
    expect(parseFeed(rss, base).items[0]).toMatchObject({ title: 'Tom & Jerry return', summary: 'Hello world' });
  });

  it.each([
    ['HTML', newsroomDocuments.notAFeed()],
    ['empty text', '   '],
    ['unknown XML', '<?xml version="1.0"?><catalog><book/></catalog>'],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", '],
    ['JSON that is not a feed', '{"hello": "world"}'],
  ])('throws FeedParseError for %s', (_name, text) => {
    expect(() => parseFeed(text, base)).toThrow(FeedParseError);
  });
});
