import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib';
import { compressionBombs } from './newsroom/bombs';
import { ENCODED_SAMPLES, encodedArticle, utf8Article } from './newsroom/encoded-pages';
import {
  atomFeed,
  jsonFeed,
  malformedRssFeed,
  newsSitemap,
  notAFeed,
  opmlDocument,
  pagesSitemap,
  ROBOTS_TXT,
  rss091Feed,
  rss1Feed,
  rss2Feed,
  sitemapIndex,
} from './newsroom/feeds';
import {
  articlePage,
  botWallPage,
  errorPage,
  homePage,
  jsShellPage,
  NEWSROOM_ARTICLES,
  paywallPage,
} from './newsroom/pages';

// Re-exported for tests that assert exact decoded text and sizes against the newsroom's fixtures.
export { ENCODED_SAMPLES, encodedArticle, UTF8_TEXT, utf8Article } from './newsroom/encoded-pages';
export type { EncodedSample } from './newsroom/encoded-pages';
export { NEWSROOM_ARTICLES } from './newsroom/pages';
export type { NewsroomArticle } from './newsroom/pages';
export { BOMB_INFLATED_BYTES } from './newsroom/bombs';
/** The newsroom's feed, sitemap, OPML and robots.txt documents, as functions of the site's origin. */
export * as newsroomDocuments from './newsroom/feeds';

/**
 * The misbehaving newsroom: an HTTP server on 127.0.0.1 (port chosen by the OS) that serves a small news
 * site plus every way a real site can misbehave, for the fetcher's safety, politeness and charset tests.
 * It only ever listens on loopback and only ever redirects to URLs a safe client must refuse to connect to.
 *
 * Routes (see NEWSROOM_ROUTES for the list with descriptions).
 */
export interface MisbehavingNewsroom {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  port: number;
  /** How many requests each path received (query string excluded). */
  hits(path: string): number;
  /** Request headers of the last request to a path. */
  lastRequest(path: string): IncomingMessage['headers'] | undefined;
  close(): Promise<void>;
}

/** The fixed Last-Modified / ETag of `/conditional/article.html`. */
export const CONDITIONAL_ETAG = '"v1-harbour"';
export const CONDITIONAL_LAST_MODIFIED = 'Mon, 02 Mar 2026 08:30:00 GMT';

/** Size of `/huge` and `/huge-chunked`: far above any sane page cap. */
export const HUGE_PAGE_BYTES = 24 * 1024 * 1024;

type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { base: string; port: number; query: URLSearchParams },
) => void;

const HTML = 'text/html; charset=utf-8';

function send(
  res: ServerResponse,
  status: number,
  type: string | undefined,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    ...(type ? { 'content-type': type } : {}),
    'content-length': String(buf.length),
    ...headers,
  });
  res.end(buf);
}

/**
 * Sends a body with a strong ETag (a hash of the body) and answers a matching If-None-Match with 304, as
 * well-behaved feed servers do; the conditional-GET tests revalidate feeds through this.
 */
function sendWithEtag(req: IncomingMessage, res: ServerResponse, type: string, body: string): void {
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const inm = req.headers['if-none-match'];
  if (inm !== undefined && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  send(res, 200, type, body, { etag });
}

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location, 'content-length': '0' });
  res.end();
}

/** Streams `total` bytes of filler in 64 KiB chunks, honouring backpressure, stopping if the client leaves. */
function streamFiller(res: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      const n = Math.min(chunk.length, total - sent);
      sent += n;
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

const routes: Record<string, { describe: string; handle: Handler }> = {
  '/': { describe: 'home page', handle: (_q, res) => send(res, 200, HTML, homePage()) },
  '/robots.txt': {
    describe: 'robots.txt: Disallow /private/, Crawl-delay 2, Sitemap',
    handle: (_q, res, { base }) => send(res, 200, 'text/plain; charset=utf-8', ROBOTS_TXT(base)),
  },
  '/private/secret.html': {
    describe: 'disallowed by robots.txt',
    handle: (_q, res) => send(res, 200, HTML, '<html><body><p>Robots said no.</p></body></html>'),
  },
  '/private/press-release.html': {
    describe: 'allowed by a longer Allow rule inside /private/',
    handle: (_q, res, { base }) =>
      send(res, 200, HTML, articlePage(NEWSROOM_ARTICLES[0], `${base}/private/press-release.html`)),
  },
  // ---- politeness and failures ----
  '/slow': {
    describe: 'headers at once, then one byte every `?interval=` ms (default 200) for `?bytes=` bytes (default 50)',
    handle: (_q, res, { query }) => {
      const interval = Number(query.get('interval') ?? 200);
      let left = Number(query.get('bytes') ?? 50);
      res.writeHead(200, { 'content-type': HTML });
      res.write('<');
      const timer = setInterval(() => {
        if (res.destroyed || --left <= 0) {
          clearInterval(timer);
          if (!res.destroyed) res.end('>');
          return;
        }
        res.write('p');
      }, interval);
      res.on('close', () => clearInterval(timer));
    },
  },
  '/stall': {
    describe: 'accepts the request and never answers',
    handle: () => undefined,
  },
  '/rate-limited': {
    describe: '429 with Retry-After: 7 (seconds)',
    handle: (_q, res) => send(res, 429, 'text/plain', 'Too Many Requests', { 'retry-after': '7' }),
  },
  '/rate-limited-date': {
    describe: '429 with Retry-After as an HTTP-date 2 minutes ahead',
    handle: (_q, res) =>
      send(res, 429, 'text/plain', 'Too Many Requests', {
        'retry-after': new Date(Date.now() + 120_000).toUTCString(),
      }),
  },
  '/unavailable': {
    describe: '503 with Retry-After: 120',
    handle: (_q, res) => send(res, 503, HTML, errorPage(503), { 'retry-after': '120' }),
  },
  '/error': { describe: '500 with an HTML error page', handle: (_q, res) => send(res, 500, HTML, errorPage(500)) },
  // ---- redirects ----
  '/redirect/loop-a': { describe: 'redirect loop a → b → a', handle: (_q, res) => redirect(res, '/redirect/loop-b') },
  '/redirect/loop-b': { describe: 'redirect loop b → a', handle: (_q, res) => redirect(res, '/redirect/loop-a', 301) },
  '/redirect/chain': {
    describe: 'redirects `?n=` more times, then to the first article',
    handle: (_q, res, { query }) => {
      const n = Number(query.get('n') ?? 0);
      redirect(res, n > 0 ? `/redirect/chain?n=${n - 1}` : `/articles/${NEWSROOM_ARTICLES[0].slug}.html`, 307);
    },
  },
  '/redirect/relative': {
    describe: 'relative Location to an article',
    handle: (_q, res) => redirect(res, `../articles/${NEWSROOM_ARTICLES[1].slug}.html`, 301),
  },
  '/redirect/to-localhost': {
    describe: 'redirect to the same server spelled localhost',
    handle: (_q, res, { port }) => redirect(res, `http://localhost:${port}/`),
  },
  '/redirect/to-ipv6-loopback': {
    describe: 'redirect to [::1]',
    handle: (_q, res, { port }) => redirect(res, `http://[::1]:${port}/`),
  },
  '/redirect/to-mapped': {
    describe: 'redirect to [::ffff:127.0.0.1]',
    handle: (_q, res, { port }) => redirect(res, `http://[::ffff:127.0.0.1]:${port}/`),
  },
  '/redirect/to-decimal-loopback': {
    describe: 'redirect to http://2130706433/ (127.0.0.1 in decimal)',
    handle: (_q, res) => redirect(res, 'http://2130706433/'),
  },
  '/redirect/to-private': {
    describe: 'redirect to 10.0.0.1 (must be refused at the decision, never connected)',
    handle: (_q, res) => redirect(res, 'http://10.0.0.1/admin'),
  },
  '/redirect/to-metadata': {
    describe: 'redirect to 169.254.169.254 (must be refused at the decision, never connected)',
    handle: (_q, res) => redirect(res, 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'),
  },
  '/redirect/to-file': {
    describe: 'redirect to a file: URL',
    handle: (_q, res) => redirect(res, 'file:///etc/passwd'),
  },
  // ---- size and compression ----
  '/huge': {
    describe: `${HUGE_PAGE_BYTES} bytes of HTML with Content-Length`,
    handle: (_q, res) => {
      res.writeHead(200, { 'content-type': HTML, 'content-length': String(HUGE_PAGE_BYTES) });
      streamFiller(res, HUGE_PAGE_BYTES);
    },
  },
  '/huge-chunked': {
    describe: `${HUGE_PAGE_BYTES} bytes of HTML, chunked, no Content-Length`,
    handle: (_q, res) => {
      res.writeHead(200, { 'content-type': HTML });
      streamFiller(res, HUGE_PAGE_BYTES);
    },
  },
  '/bomb/gzip': {
    describe: 'gzip bomb (32 MiB of zeros)',
    handle: (_q, res) => send(res, 200, HTML, compressionBombs().gzip, { 'content-encoding': 'gzip' }),
  },
  '/bomb/deflate': {
    describe: 'deflate (zlib) bomb',
    handle: (_q, res) => send(res, 200, HTML, compressionBombs().deflate, { 'content-encoding': 'deflate' }),
  },
  '/bomb/brotli': {
    describe: 'brotli bomb',
    handle: (_q, res) => send(res, 200, HTML, compressionBombs().br, { 'content-encoding': 'br' }),
  },
  '/compressed/gzip': {
    describe: 'an ordinary article, gzip-encoded',
    handle: (_q, res, { base }) =>
      send(res, 200, HTML, gzipSync(articlePage(NEWSROOM_ARTICLES[0], `${base}/`)), { 'content-encoding': 'gzip' }),
  },
  '/compressed/deflate-raw': {
    describe: 'an ordinary article, raw-deflate-encoded (the common misreading of "deflate")',
    handle: (_q, res, { base }) =>
      send(res, 200, HTML, deflateRawSync(articlePage(NEWSROOM_ARTICLES[1], `${base}/`)), {
        'content-encoding': 'deflate',
      }),
  },
  '/compressed/br': {
    describe: 'an ordinary article, brotli-encoded',
    handle: (_q, res, { base }) =>
      send(res, 200, HTML, brotliCompressSync(articlePage(NEWSROOM_ARTICLES[2], `${base}/`)), {
        'content-encoding': 'br',
      }),
  },
  '/compressed/unknown': {
    describe: 'a body with an unsupported Content-Encoding',
    handle: (_q, res) => send(res, 200, HTML, Buffer.from('xx'), { 'content-encoding': 'compress' }),
  },
  // ---- charsets ----
  '/charset/header-latin1-bytes-utf8': {
    describe: 'header says ISO-8859-1, bytes are UTF-8',
    handle: (_q, res) => send(res, 200, 'text/html; charset=ISO-8859-1', utf8Article()),
  },
  '/charset/meta-windows-1251': {
    describe: 'no charset in the header, <meta charset=windows-1251>, bytes in windows-1251',
    handle: (_q, res) => send(res, 200, 'text/html', encodedArticle(ENCODED_SAMPLES['windows-1251'], 'windows-1251')),
  },
  '/charset/windows-1251': {
    describe: 'windows-1251 declared in the header only',
    handle: (_q, res) =>
      send(res, 200, 'text/html; charset=windows-1251', encodedArticle(ENCODED_SAMPLES['windows-1251'])),
  },
  '/charset/gbk': {
    describe: 'GBK declared as gb2312 in the header (browsers decode gb2312 as GBK)',
    handle: (_q, res) => send(res, 200, 'text/html; charset=gb2312', encodedArticle(ENCODED_SAMPLES.gbk)),
  },
  '/charset/shift_jis': {
    describe: 'Shift_JIS declared in a meta tag only',
    handle: (_q, res) => send(res, 200, 'text/html', encodedArticle(ENCODED_SAMPLES.shift_jis, 'shift_jis')),
  },
  '/charset/iso-8859-2': {
    describe: 'ISO-8859-2 declared in the header',
    handle: (_q, res) => send(res, 200, 'text/html; charset=iso-8859-2', encodedArticle(ENCODED_SAMPLES['iso-8859-2'])),
  },
  '/charset/bom-utf8': {
    describe: 'UTF-8 BOM, header wrongly says windows-1252',
    handle: (_q, res) =>
      send(
        res,
        200,
        'text/html; charset=windows-1252',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8Article()]),
      ),
  },
  // ---- classification ----
  '/walls/bot': {
    describe: 'Cloudflare-style challenge page, 403, cf-mitigated: challenge',
    handle: (_q, res) => send(res, 403, HTML, botWallPage(), { 'cf-mitigated': 'challenge', server: 'cloudflare' }),
  },
  '/walls/paywall': { describe: 'subscription wall', handle: (_q, res) => send(res, 200, HTML, paywallPage()) },
  '/walls/js-shell': {
    describe: 'empty single-page-app shell',
    handle: (_q, res) => send(res, 200, HTML, jsShellPage()),
  },
  '/binary-as-html': {
    describe: 'binary bytes served as text/html',
    handle: (_q, res) => {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
      send(res, 200, HTML, bytes);
    },
  },
  '/image.png': {
    describe: 'a non-HTML content type',
    handle: (_q, res) => send(res, 200, 'image/png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
  },
  '/no-content-type': {
    describe: 'an article with no Content-Type header',
    handle: (_q, res, { base }) => send(res, 200, undefined, articlePage(NEWSROOM_ARTICLES[0], `${base}/`)),
  },
  // ---- conditional GET ----
  '/conditional/article.html': {
    describe: `ETag ${CONDITIONAL_ETAG} and Last-Modified; 304 on a matching If-None-Match or If-Modified-Since`,
    handle: (req, res, { base }) => {
      const validators = { etag: CONDITIONAL_ETAG, 'last-modified': CONDITIONAL_LAST_MODIFIED };
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      const etagMatches =
        inm !== undefined && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === CONDITIONAL_ETAG);
      const notModifiedSince =
        inm === undefined && ims !== undefined && Date.parse(ims) >= Date.parse(CONDITIONAL_LAST_MODIFIED);
      if (etagMatches || notModifiedSince) {
        res.writeHead(304, validators);
        res.end();
        return;
      }
      send(res, 200, HTML, articlePage(NEWSROOM_ARTICLES[0], `${base}/conditional/article.html`), validators);
    },
  },
  // ---- feeds and sitemaps ----
  '/feeds/rss.xml': {
    describe: 'RSS 2.0 with an ETag; 304 on a matching If-None-Match',
    handle: (req, res, { base }) => sendWithEtag(req, res, 'application/rss+xml; charset=utf-8', rss2Feed(base)),
  },
  '/feeds/rss1.rdf': {
    describe: 'RSS 1.0 (RDF)',
    handle: (_q, res, { base }) => send(res, 200, 'application/rdf+xml', rss1Feed(base)),
  },
  '/feeds/rss091.xml': {
    describe: 'RSS 0.91',
    handle: (_q, res, { base }) => send(res, 200, 'text/xml', rss091Feed(base)),
  },
  '/feeds/atom.xml': {
    describe: 'Atom 1.0 with xml:base',
    handle: (_q, res, { base }) => send(res, 200, 'application/atom+xml', atomFeed(base)),
  },
  '/feeds/feed.json': {
    describe: 'JSON Feed 1.1',
    handle: (_q, res, { base }) => send(res, 200, 'application/feed+json', jsonFeed(base)),
  },
  '/feeds/malformed.xml': {
    describe: 'RSS cut off mid-item with stray ampersands and entities',
    handle: (_q, res, { base }) => send(res, 200, 'application/rss+xml', malformedRssFeed(base)),
  },
  '/feeds/not-a-feed.xml': {
    describe: 'HTML served as RSS',
    handle: (_q, res) => send(res, 200, 'application/rss+xml', notAFeed()),
  },
  '/feeds/opml.xml': {
    describe: 'OPML list of the feeds',
    handle: (_q, res, { base }) => send(res, 200, 'text/x-opml', opmlDocument(base)),
  },
  '/sitemaps/index.xml': {
    describe: 'sitemap index',
    handle: (_q, res, { base }) => send(res, 200, 'application/xml', sitemapIndex(base)),
  },
  '/sitemaps/news.xml': {
    describe: 'Google News sitemap',
    handle: (_q, res, { base }) => send(res, 200, 'application/xml', newsSitemap(base)),
  },
  '/sitemaps/pages.xml': {
    describe: 'plain sitemap',
    handle: (_q, res, { base }) => send(res, 200, 'application/xml', pagesSitemap(base)),
  },
  '/sitemaps/news.xml.gz': {
    describe: 'the Google News sitemap as a gzip file (application/x-gzip, no Content-Encoding)',
    handle: (_q, res, { base }) => send(res, 200, 'application/x-gzip', gzipSync(newsSitemap(base))),
  },
};

for (const article of NEWSROOM_ARTICLES) {
  routes[`/articles/${article.slug}.html`] = {
    describe: `article: ${article.title}`,
    handle: (_q, res, { base }) => send(res, 200, HTML, articlePage(article, `${base}/articles/${article.slug}.html`)),
  };
}

/** Every route with what it does, for documentation and for tests that walk all of them. */
export const NEWSROOM_ROUTES: ReadonlyArray<{ path: string; describe: string }> = Object.entries(routes).map(
  ([path, r]) => ({
    path,
    describe: r.describe,
  }),
);

/** Starts the newsroom on 127.0.0.1 with an OS-assigned port. Always `close()` it (tests: in afterAll). */
export async function startMisbehavingNewsroom(): Promise<MisbehavingNewsroom> {
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage['headers']>();
  const sockets = new Set<Socket>();
  let port = 0;
  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.set(parsed.pathname, (hits.get(parsed.pathname) ?? 0) + 1);
    lastHeaders.set(parsed.pathname, req.headers);
    const route = routes[parsed.pathname];
    if (!route) {
      send(
        res,
        404,
        HTML,
        '<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>',
      );
      return;
    }
    route.handle(req, res, { base: `http://127.0.0.1:${port}`, port, query: parsed.searchParams });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits: (path) => hits.get(path) ?? 0,
    lastRequest: (path) => lastHeaders.get(path),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
