import { newsroomDocuments, NEWSROOM_ARTICLES } from '@newsflow/fixture-site';
import { gzipSync } from 'node:zlib';
import { MAX_XML_DEPTH, XmlTooDeepError } from './feeds/xml-depth';
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
      skipped: { otherHost: 0, tooLong: 0 },
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
      <url><image:image><image:loc>https://cdn.example/a.jpg</image:loc></image:image><loc>${base}/a</loc></url></urlset>`;
    expect(parseSitemap(xml, base).urls).toEqual([{ url: `${base}/a`, lastmod: undefined }]);
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
        yield `<url><loc>${base}/${i}</loc></url>`;
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
    for (let i = 0; i < 50_010; i++) p.write(`<url><loc>${base}/${i}</loc></url>`);
    const r = p.end();
    expect(r.urls).toHaveLength(50_000);
    expect(r.truncated).toBe(true);
  });

  it('survives malformed input and skips entries without a usable loc', () => {
    const r = parseSitemap(
      '<urlset><url><loc>javascript:x</loc></url><url><lastmod>bad</lastmod></url><url><loc>/rel</loc><lastmod>2026-01-02</lastmod></url><url><loc>http://news.example/cut',
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

  // Item 13: sitemaps.org allows only URLs on the sitemap's own host (and protocol and port), under 2,048 characters.
  it('drops and counts locs on another host, protocol or port, and locs of 2,048 characters or more', () => {
    const long = `${base}/${'a'.repeat(2048 - base.length - 1)}`;
    const xml = `<urlset>
      <url><loc>${base}/kept</loc></url>
      <url><loc>http://other.example/a</loc></url>
      <url><loc>http://sub.news.example/a</loc></url>
      <url><loc>https://news.example/a</loc></url>
      <url><loc>http://news.example:8080/a</loc></url>
      <url><loc>/relative-is-same-host</loc></url>
      <url><loc>${long}</loc></url>
      <url><loc>${long.slice(0, -1)}</loc></url>
    </urlset>`;
    const r = parseSitemap(xml, `${base}/sitemap.xml`);
    expect(r.urls.map((u) => u.url)).toEqual([`${base}/kept`, `${base}/relative-is-same-host`, long.slice(0, -1)]);
    expect(r.skipped).toEqual({ otherHost: 4, tooLong: 1 });
  });

  it('applies the same-host rule to the sitemaps an index lists', () => {
    const xml = `<sitemapindex><sitemap><loc>${base}/s1.xml</loc></sitemap><sitemap><loc>https://cdn.example/s2.xml</loc></sitemap></sitemapindex>`;
    const r = parseSitemap(xml, `${base}/index.xml`);
    expect(r.sitemaps).toEqual([{ url: `${base}/s1.xml`, lastmod: undefined }]);
    expect(r.skipped).toEqual({ otherHost: 1, tooLong: 0 });
  });

  // Item 8: htmlparser2's work per tag grows with the depth, so unbounded nesting made parsing quadratic.
  it('refuses sitemaps nested deeper than MAX_XML_DEPTH with XmlTooDeepError', async () => {
    const deep = '<urlset>' + '<url>'.repeat(100_000);
    expect(() => parseSitemap(deep, base)).toThrow(XmlTooDeepError);
    await expect(parseSitemapBytes(gzipSync(deep), base)).rejects.toThrow(XmlTooDeepError);
    const ok = `<urlset><url><loc>${base}/a</loc>${'<x>'.repeat(MAX_XML_DEPTH - 3)}</url></urlset>`;
    expect(parseSitemap(ok, base).urls).toHaveLength(1);
  });
});
