import { newsroomDocuments, NEWSROOM_ARTICLES } from '@newsflow/fixture-site';
import { gzipSync } from 'node:zlib';
import { parseSitemap, parseSitemapBytes, parseSitemapStream, SitemapParser } from './sitemaps';

const base = 'http://news.example';

describe('sitemaps', () => {
  it('reads a sitemap index', () => {
    const r = parseSitemap(newsroomDocuments.sitemapIndex(base), `${base}/sitemaps/index.xml`);
    expect(r).toEqual({
      kind: 'sitemapindex',
      urls: [],
      sitemaps: [
        { url: `${base}/sitemaps/news.xml`, lastmod: '2026-03-04T06:15:00.000Z' },
        { url: `${base}/sitemaps/pages.xml`, lastmod: undefined },
      ],
      truncated: false,
    });
  });

  it('reads a Google News sitemap', () => {
    const r = parseSitemap(newsroomDocuments.newsSitemap(base), `${base}/sitemaps/news.xml`);
    expect(r.kind).toBe('urlset');
    expect(r.urls).toHaveLength(NEWSROOM_ARTICLES.length);
    const a = NEWSROOM_ARTICLES[0];
    expect(r.urls[0]).toEqual({
      url: `${base}/articles/${a.slug}.html`,
      lastmod: new Date(a.published).toISOString(),
      news: {
        title: a.title,
        publicationDate: new Date(a.published).toISOString(),
        language: 'en',
        publicationName: 'The Misbehaving Newsroom',
      },
    });
  });

  it('never takes an image:loc for the page URL', () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
      <url><image:image><image:loc>https://cdn.example/a.jpg</image:loc></image:image><loc>https://news.example/a</loc></url></urlset>`;
    expect(parseSitemap(xml, base).urls).toEqual([{ url: 'https://news.example/a', lastmod: undefined }]);
  });

  it('parses the same result whatever the chunking, even inside multi-byte characters', async () => {
    const xml = newsroomDocuments.newsSitemap(base).replace('Harbour', 'Hárbour 港');
    const bytes = Buffer.from(xml, 'utf8');
    const whole = parseSitemap(xml, base);
    async function* oneByteAtATime() {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    }
    const streamed = await parseSitemapStream(oneByteAtATime(), base);
    expect(streamed).toEqual(whole);
    expect(streamed.urls[0].news?.title).toContain('Hárbour 港');
  });

  it('stops at maxUrls and stops reading the stream', async () => {
    let chunksRead = 0;
    async function* huge() {
      yield '<?xml version="1.0"?><urlset>';
      for (let i = 0; i < 100_000; i++) {
        chunksRead++;
        yield `<url><loc>https://news.example/${i}</loc></url>`;
      }
      yield '</urlset>';
    }
    const r = await parseSitemapStream(huge(), base, { maxUrls: 1000 });
    expect(r.urls).toHaveLength(1000);
    expect(r.truncated).toBe(true);
    expect(chunksRead).toBe(1000);
  });

  it('defaults to the protocol limit of 50,000', () => {
    const p = new SitemapParser(base);
    p.write('<urlset>');
    for (let i = 0; i < 50_010; i++) p.write(`<url><loc>https://n.example/${i}</loc></url>`);
    const r = p.end();
    expect(r.urls).toHaveLength(50_000);
    expect(r.truncated).toBe(true);
  });

  it('survives malformed input and skips entries without a usable loc', () => {
    const r = parseSitemap(
      '<urlset><url><loc>javascript:x</loc></url><url><lastmod>bad</lastmod></url><url><loc>/rel</loc><lastmod>2026-01-02</lastmod></url><url><loc>https://n.example/cut',
      base,
    );
    expect(r.urls).toEqual([{ url: `${base}/rel`, lastmod: '2026-01-02T00:00:00.000Z' }]);
    expect(parseSitemap('<html><body>nope</body></html>', base)).toMatchObject({ kind: 'unknown', urls: [] });
  });

  it('reads gzipped sitemap files and plain bytes alike', async () => {
    const xml = newsroomDocuments.newsSitemap(base);
    const plain = await parseSitemapBytes(Buffer.from(xml), base);
    expect(await parseSitemapBytes(gzipSync(xml), base)).toEqual(plain);
    expect(plain.urls).toHaveLength(NEWSROOM_ARTICLES.length);
  });

  it('stops a gzipped sitemap bomb at the decompression cap', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('<urlset>'), Buffer.alloc(8 << 20, 0x20)]));
    await expect(parseSitemapBytes(bomb, base, { maxDecompressedBytes: 1 << 20 })).rejects.toThrow(/exceeds/);
  });
});
