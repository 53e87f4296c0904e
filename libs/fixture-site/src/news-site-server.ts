import http from 'node:http';
import { AddressInfo } from 'node:net';
import { renderReferenceArticlePage, REFERENCE_ARTICLE } from './reference-page';

/**
 * The bundled sample news site: a loopback HTTP server with a home page, an RSS 2.0 feed, robots.txt, images and
 * article pages (the reference article, plus any pages a caller adds, e.g. the pipeline benchmark's). Used by the
 * demo, the integration tests and the benchmarks; it answers ETag/If-None-Match like a real CDN would.
 */
export interface FixtureArticle {
  /** Path under the site, e.g. /Detail/2024/04/26/slug. */
  path: string;
  title: string;
  /** RFC 3339 date-time. */
  publishedAt: string;
  html: string;
}

export interface FixtureNewsSite {
  baseUrl: string;
  port: number;
  feedUrl: string;
  articleUrls: string[];
  /** Requests served, by path (tests use it to check politeness and conditional GETs). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export interface FixtureNewsSiteOptions {
  port?: number;
  /** Extra pages; a function so their HTML can use the final base URL. */
  extraArticles?: (baseUrl: string) => FixtureArticle[];
  /** Leave the reference article out (benchmarks that want only generated pages). */
  withoutReferenceArticle?: boolean;
}

// A 1×1 grey JPEG: enough for a lead image URL that resolves.
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rss(baseUrl: string, articles: FixtureArticle[]): string {
  const items = articles
    .map(
      (a) => `    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${escapeXml(baseUrl + a.path)}</link>
      <guid isPermaLink="true">${escapeXml(baseUrl + a.path)}</guid>
      <pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Newsflow sample news site</title>
    <link>${escapeXml(baseUrl)}/</link>
    <description>Sample news for the Newsflow demo and tests</description>
    <language>en</language>
${items}
  </channel>
</rss>
`;
}

function homePage(baseUrl: string, articles: FixtureArticle[]): string {
  const links = articles
    .map((a) => `<li><a href="${escapeXml(baseUrl + a.path)}">${escapeXml(a.title)}</a></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sample news</title>
<link rel="alternate" type="application/rss+xml" href="${baseUrl}/rss.xml"></head>
<body><h1>Latest news</h1><ul>${links}</ul></body></html>`;
}

export async function startFixtureNewsSite(options: FixtureNewsSiteOptions = {}): Promise<FixtureNewsSite> {
  const hits = new Map<string, number>();
  let articles: FixtureArticle[] = [];
  let feed = '';
  let home = '';

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string | Buffer) => {
      const etag = `"${Buffer.byteLength(body).toString(16)}-${hashCode(body)}"`;
      if (status === 200 && req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(status, { 'content-type': type, etag, 'cache-control': 'max-age=60' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (path === '/robots.txt') return send(200, 'text/plain; charset=utf-8', 'User-agent: *\nAllow: /\n');
    if (path === '/rss.xml') return send(200, 'application/rss+xml; charset=utf-8', feed);
    if (path === '/' || path === '/index.html') return send(200, 'text/html; charset=utf-8', home);
    if (path.startsWith('/images/')) return send(200, 'image/jpeg', TINY_JPEG);
    const article = articles.find((a) => a.path === path);
    if (article) return send(200, 'text/html; charset=utf-8', article.html);
    return send(404, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><h1>Not found</h1>');
  });
  // Keep-alive sockets would hold close() open; benchmarks open many connections.
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  if (!options.withoutReferenceArticle) {
    articles.push({
      path: REFERENCE_ARTICLE.path,
      title: REFERENCE_ARTICLE.title,
      publishedAt: REFERENCE_ARTICLE.publishedAt,
      html: renderReferenceArticlePage({ baseUrl }),
    });
  }
  articles = [...articles, ...(options.extraArticles?.(baseUrl) ?? [])];
  feed = rss(baseUrl, articles);
  home = homePage(baseUrl, articles);

  return {
    baseUrl,
    port,
    feedUrl: `${baseUrl}/rss.xml`,
    articleUrls: articles.map((a) => baseUrl + a.path),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hashCode(body: string | Buffer): string {
  let h = 0;
  const s = typeof body === 'string' ? body : body.toString('latin1');
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}
