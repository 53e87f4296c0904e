import { gzipSync } from 'node:zlib';
import { NEWSROOM_ARTICLES, newsroomDocuments } from '@newsflow/fixture-site';
import {
  feedItems,
  itemFeedDate,
  itemsToRequest,
  limitPerHost,
  readSitemap,
  sitemapItems,
  uniqueNormalizedItems,
  urlListItems,
} from './source-items';

const base = 'https://newsroom.example';
const articleUrl = (slug: string) => `${base}/articles/${slug}.html`;

describe('source items', () => {
  it('takes a feed’s item links (relative ones resolved) with their dates', () => {
    const items = uniqueNormalizedItems(feedItems(newsroomDocuments.rss2Feed(base), `${base}/feeds/rss.xml`));
    // The feed tags links with utm_source: normalisation drops it, so the article is one URL whatever links to it.
    expect(items.map((i) => i.url)).toEqual(NEWSROOM_ARTICLES.map((a) => articleUrl(a.slug)));
    expect(itemFeedDate(items[0])).toBe(new Date(NEWSROOM_ARTICLES[0].published).toISOString());
  });

  it('takes a news sitemap’s URLs with lastmod as the update date and the news date as the publication date', async () => {
    const body = new TextEncoder().encode(newsroomDocuments.newsSitemap(base));
    const items = sitemapItems(await readSitemap(body, `${base}/sitemaps/news.xml`, 100, 1 << 20));
    expect(items.map((i) => i.url)).toEqual(NEWSROOM_ARTICLES.map((a) => articleUrl(a.slug)));
    expect(items[1]).toMatchObject({
      title: NEWSROOM_ARTICLES[1].title,
      publishedAt: new Date(NEWSROOM_ARTICLES[1].published).toISOString(),
      updatedAt: new Date(NEWSROOM_ARTICLES[1].published).toISOString(),
    });
  });

  it('reads a gzipped sitemap file and stops at the URL cap', async () => {
    const gz = gzipSync(Buffer.from(newsroomDocuments.newsSitemap(base)));
    const sitemap = await readSitemap(gz, `${base}/sitemaps/news.xml.gz`, 2, 1 << 20);
    expect(sitemap.truncated).toBe(true);
    expect(sitemapItems(sitemap)).toHaveLength(2);
  });

  it('reads a URL list, ignoring comments and resolving relative lines', () => {
    const items = urlListItems(`# list\n/a.html\nhttps://other.example/b.html\n`, `${base}/list.txt`);
    expect(items.map((i) => i.url)).toEqual([`${base}/a.html`, 'https://other.example/b.html']);
  });

  it('drops duplicates (after normalisation), non-http URLs and anything past the cap', () => {
    const items = uniqueNormalizedItems(
      [
        { url: `${base}/a.html#top` },
        { url: `${base}/a.html?utm_source=x` },
        { url: 'ftp://files.example/x' },
        { url: `${base}/b.html` },
        { url: `${base}/c.html` },
      ],
      2,
    );
    expect(items.map((i) => i.url)).toEqual([`${base}/a.html`, `${base}/b.html`]);
  });

  it('requests new items and items the source dates later than at their last fetch, skips the rest', () => {
    const items = [
      { url: `${base}/new.html`, publishedAt: '2026-03-01T00:00:00.000Z' },
      { url: `${base}/same.html`, publishedAt: '2026-03-01T00:00:00.000Z' },
      { url: `${base}/updated.html`, publishedAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-02T00:00:00.000Z' },
      { url: `${base}/undated.html` },
    ];
    const seen = new Map([
      [`${base}/same.html`, { feedDate: '2026-03-01T00:00:00.000Z' }],
      [`${base}/updated.html`, { feedDate: '2026-03-01T00:00:00.000Z' }],
      [`${base}/undated.html`, { feedDate: null }],
    ]);
    expect(itemsToRequest(items, seen).map((r) => [r.item.url, r.reason])).toEqual([
      [`${base}/new.html`, 'new'],
      [`${base}/updated.html`, 'updated'],
    ]);
  });
});

describe('limitPerHost', () => {
  it('keeps at most the budget per host, in order, and counts the rest as postponed', () => {
    const items = ['a/1', 'b/1', 'a/2', 'a/3', 'b/2', 'c/1'].map((p) => {
      const [host, n] = p.split('/');
      return { url: `https://${host}.example/${n}` };
    });
    expect(limitPerHost(items, 2)).toEqual({
      kept: ['a/1', 'b/1', 'a/2', 'b/2', 'c/1'].map((p) => {
        const [host, n] = p.split('/');
        return { url: `https://${host}.example/${n}` };
      }),
      postponed: 1,
    });
  });
});
