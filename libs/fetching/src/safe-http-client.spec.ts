import { AddressInfo, createServer, Socket } from 'node:net';
import {
  MisbehavingNewsroom,
  startMisbehavingNewsroom,
  ENCODED_SAMPLES,
  UTF8_TEXT,
  CONDITIONAL_ETAG,
  CONDITIONAL_LAST_MODIFIED,
} from '@newsflow/fixture-site';
import { DEFAULT_USER_AGENT, FetchPolicy } from './fetch-policy';
import { FetchRefusal } from './fetch-refusal';
import { RobotsCache } from './robots-cache';
import { safeFetch } from './safe-http-client';
import { parseSitemapBytes } from './sitemaps';
import { installLoopbackOnlyGuard, LoopbackGuard } from './test-support/loopback-only-guard';

let newsroom: MisbehavingNewsroom;
let guard: LoopbackGuard;
let policy: Partial<FetchPolicy>;

beforeAll(async () => {
  guard = installLoopbackOnlyGuard();
  newsroom = await startMisbehavingNewsroom();
  policy = {
    allowHosts: [`127.0.0.1:${newsroom.port}`],
    maxResponseBytes: 1024 * 1024,
    maxDecompressedBytes: 4 * 1024 * 1024,
    connectTimeoutMs: 2000,
    readTimeoutMs: 1000,
    totalTimeoutMs: 3000,
  };
});

afterAll(async () => {
  await newsroom.close();
  guard.restore();
});

const at = (path: string) => `${newsroom.url}${path}`;

async function refusalOf(promise: Promise<unknown>): Promise<FetchRefusal> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof FetchRefusal) return err;
    throw err;
  }
  throw new Error('expected a refusal, got a result');
}

describe('safeFetch against the misbehaving newsroom', () => {
  it('fetches an allowed article with the project User-Agent and compression offered', async () => {
    const r = await safeFetch(at('/articles/harbour-bridge-reopens.html'), policy);
    expect(r).toMatchObject({
      status: 200,
      classification: 'article',
      charset: 'utf-8',
      contentType: 'text/html',
      notModified: false,
    });
    expect(r.text).toContain('Harbour bridge reopens');
    expect(r.bytes).toBe(r.body.length);
    const sent = newsroom.lastRequest('/articles/harbour-bridge-reopens.html');
    expect(sent?.['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(sent?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('uses a configured User-Agent', async () => {
    await safeFetch(at('/'), { ...policy, userAgent: 'Newsflow/9 (+https://example.org/contact)' });
    expect(newsroom.lastRequest('/')?.['user-agent']).toBe('Newsflow/9 (+https://example.org/contact)');
  });

  describe('address policy', () => {
    it.each([
      ['127.0.0.1', 'loopback'],
      ['127.1', 'loopback'],
      ['0x7f000001', 'loopback'],
      ['2130706433', 'loopback'],
      ['017700000001', 'loopback'],
      ['[::1]', 'loopback'],
      ['[::ffff:127.0.0.1]', 'ipv4-mapped'],
      ['localhost', 'loopback'],
      ['0.0.0.0', 'unspecified'],
    ])('refuses http://%s:PORT/ by default without connecting', async (host, reason) => {
      const before = guard.attempts.length;
      const refusal = await refusalOf(safeFetch(`http://${host}:${newsroom.port}/`, {}));
      expect(refusal).toMatchObject({ code: 'address-refused', addressReason: reason });
      expect(guard.attempts.length).toBe(before);
    });

    it('connects to the address it checked, resolving each hop exactly once (DNS rebinding)', async () => {
      const answers = ['127.0.0.1', '127.0.0.1'];
      const asked: string[] = [];
      const resolveHost = async (host: string) => {
        asked.push(host);
        // A rebinding resolver: any further query answers with a different (dead) loopback address.
        const address = answers.shift() ?? '127.0.0.2';
        return [{ address, family: 4 as const }];
      };
      const r = await safeFetch(`http://newsroom.test:${newsroom.port}/redirect/relative`, {
        ...policy,
        allowHosts: [`newsroom.test:${newsroom.port}`],
        resolveHost,
      });
      expect(r.status).toBe(200);
      expect(r.remoteAddress).toBe('127.0.0.1');
      expect(asked).toEqual(['newsroom.test', 'newsroom.test']);
      expect(newsroom.lastRequest('/articles/library-extends-opening-hours.html')?.host).toBe(
        `newsroom.test:${newsroom.port}`,
      );
    });
  });

  it('connects to an allow-listed dual-stack name through any of its checked addresses', async () => {
    // ::1 is listed first but nothing listens there; the newsroom is on 127.0.0.1 only.
    const resolveHost = async () => [
      { address: '::1', family: 6 as const },
      { address: '127.0.0.1', family: 4 as const },
    ];
    const r = await safeFetch(`http://localhost:${newsroom.port}/`, {
      ...policy,
      allowHosts: [`localhost:${newsroom.port}`],
      resolveHost,
    });
    expect(r).toMatchObject({ status: 200, remoteAddress: '127.0.0.1' });
  });

  describe('redirects', () => {
    it('follows up to five redirects and reports them', async () => {
      const r = await safeFetch(at('/redirect/chain?n=4'), policy);
      expect(r.status).toBe(200);
      expect(r.redirects).toHaveLength(5);
      expect(r.finalUrl).toBe(at('/articles/harbour-bridge-reopens.html'));
    });

    it('refuses a sixth redirect', async () => {
      expect((await refusalOf(safeFetch(at('/redirect/chain?n=5'), policy))).code).toBe('too-many-redirects');
    });

    it('refuses a redirect loop', async () => {
      expect((await refusalOf(safeFetch(at('/redirect/loop-a'), policy))).code).toBe('redirect-loop');
    });

    it('resolves a relative Location', async () => {
      const r = await safeFetch(at('/redirect/relative'), policy);
      expect(r.finalUrl).toBe(at('/articles/library-extends-opening-hours.html'));
    });

    it.each([
      ['/redirect/to-localhost', 'loopback'],
      ['/redirect/to-ipv6-loopback', 'loopback'],
      ['/redirect/to-mapped', 'ipv4-mapped'],
      ['/redirect/to-decimal-loopback', 'loopback'],
      ['/redirect/to-private', 'private'],
      ['/redirect/to-metadata', 'cloud-metadata'],
    ])('re-checks the address on %s', async (path, reason) => {
      const before = guard.attempts.length;
      // A connection per request (no pool), so the connections counted are exactly the hops that connected.
      const refusal = await refusalOf(safeFetch(at(path), { ...policy, keepAliveMs: 0 }));
      expect(refusal).toMatchObject({ code: 'address-refused', addressReason: reason });
      expect(guard.attempts.length).toBe(before + 1); // only the first, allowed hop connected
    });

    it('refuses a redirect to a file: URL', async () => {
      expect((await refusalOf(safeFetch(at('/redirect/to-file'), policy))).code).toBe('unsupported-scheme');
    });
  });

  describe('size and compression caps', () => {
    it('refuses an oversized page by Content-Length', async () => {
      expect(await refusalOf(safeFetch(at('/huge'), policy))).toMatchObject({ code: 'too-large' });
    });

    it('returns a cut body only when truncation is asked for', async () => {
      const r = await safeFetch(at('/huge'), { ...policy, truncateOversizedBodies: true });
      expect(r).toMatchObject({ status: 200, truncated: true, bytes: policy.maxResponseBytes });
    });

    it('stops an oversized chunked page while streaming', async () => {
      expect(await refusalOf(safeFetch(at('/huge-chunked'), policy))).toMatchObject({ code: 'too-large' });
    });

    it.each(['/bomb/gzip', '/bomb/deflate', '/bomb/brotli'])('stops the compression bomb %s', async (path) => {
      expect(await refusalOf(safeFetch(at(path), policy))).toMatchObject({ code: 'decompression-bomb' });
    });

    it.each(['/compressed/gzip', '/compressed/deflate-raw', '/compressed/br'])('decodes %s', async (path) => {
      const r = await safeFetch(at(path), policy);
      expect(r.classification).toBe('article');
      expect(r.wireBytes).toBeLessThan(r.bytes);
    });

    it('refuses an unsupported Content-Encoding', async () => {
      expect(await refusalOf(safeFetch(at('/compressed/unknown'), policy))).toMatchObject({
        code: 'unsupported-encoding',
      });
    });
  });

  describe('timeouts', () => {
    it('gives up on a connection that never completes its handshake (connect timeout)', async () => {
      // A TCP server that accepts and stays silent: the TLS handshake never finishes, so the connection is
      // never "up" and only the connect timer can end the wait (the read timer is set far longer).
      const accepted: Socket[] = [];
      const silent = createServer((socket) => accepted.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const port = (silent.address() as AddressInfo).port;
      try {
        const t0 = Date.now();
        const refusal = await refusalOf(
          safeFetch(`https://127.0.0.1:${port}/`, {
            ...policy,
            allowHosts: [`127.0.0.1:${port}`],
            connectTimeoutMs: 200,
            readTimeoutMs: 2500,
          }),
        );
        expect(refusal).toMatchObject({ code: 'timeout' });
        expect(refusal.reason).toContain('no connection within 200 ms');
        expect(Date.now() - t0).toBeLessThan(1500);
      } finally {
        accepted.forEach((socket) => socket.destroy());
        await new Promise((resolve) => silent.close(resolve));
      }
    });

    it('gives up on a server that never answers (read timeout)', async () => {
      const t0 = Date.now();
      expect(await refusalOf(safeFetch(at('/stall'), { ...policy, readTimeoutMs: 200 }))).toMatchObject({
        code: 'timeout',
      });
      expect(Date.now() - t0).toBeLessThan(1500);
    });

    it('gives up on a body that pauses too long between bytes (read timeout)', async () => {
      expect(
        await refusalOf(safeFetch(at('/slow?interval=500&bytes=5'), { ...policy, readTimeoutMs: 200 })),
      ).toMatchObject({
        code: 'timeout',
      });
    });

    it('gives up on a body that trickles forever (total deadline)', async () => {
      const t0 = Date.now();
      const refusal = await refusalOf(
        safeFetch(at('/slow?interval=50&bytes=1000'), { ...policy, readTimeoutMs: 1000, totalTimeoutMs: 400 }),
      );
      expect(refusal).toMatchObject({ code: 'timeout' });
      expect(refusal.reason).toContain('400 ms');
      expect(Date.now() - t0).toBeLessThan(1500);
    });

    it('bounds DNS resolution by the total deadline', async () => {
      const neverAnswers = () => new Promise<never>(() => undefined);
      const refusal = await refusalOf(
        safeFetch('http://slow-dns.example/', { ...policy, totalTimeoutMs: 150, resolveHost: neverAnswers }),
      );
      expect(refusal).toMatchObject({ code: 'timeout' });
    });

    it('reads a slow body that stays within the limits', async () => {
      const r = await safeFetch(at('/slow?interval=20&bytes=5'), policy);
      expect(r.text).toBe('<pppp>');
    });
  });

  describe('status handling', () => {
    it('reports 429 with Retry-After in seconds', async () => {
      const r = await safeFetch(at('/rate-limited'), policy);
      expect(r).toMatchObject({ status: 429, retryAfterMs: 7000 });
    });

    it('reports 429 with Retry-After as an HTTP-date', async () => {
      const r = await safeFetch(at('/rate-limited-date'), policy);
      expect(r.retryAfterMs).toBeGreaterThan(100_000);
      expect(r.retryAfterMs).toBeLessThanOrEqual(120_000);
    });

    it('reports 503 with Retry-After and 500 as an error page', async () => {
      expect(await safeFetch(at('/unavailable'), policy)).toMatchObject({
        status: 503,
        retryAfterMs: 120_000,
        classification: 'error-page',
      });
      const r = await safeFetch(at('/error'), policy);
      expect(r).toMatchObject({ status: 500, classification: 'error-page', classificationRule: 'http-500' });
      expect(r.retryAfterMs).toBeUndefined();
    });
  });

  describe('content types and classification', () => {
    it('refuses a content type off the allow-list before reading it', async () => {
      expect(await refusalOf(safeFetch(at('/image.png'), policy))).toMatchObject({ code: 'content-type' });
    });

    it('classifies a binary body served as text/html', async () => {
      const r = await safeFetch(at('/binary-as-html'), policy);
      expect(r.classification).toBe('not-html');
      expect(r.text).toBeUndefined();
    });

    it('accepts an article without a Content-Type', async () => {
      expect((await safeFetch(at('/no-content-type'), policy)).classification).toBe('article');
    });

    it.each([
      ['/walls/bot', 'bot-wall', 'cloudflare-cf-mitigated-header'],
      ['/walls/paywall', 'paywall', 'paywall-phrase'],
      ['/walls/js-shell', 'js-shell', 'empty-app-root'],
      ['/feeds/rss.xml', 'feed', 'feed-sniff'],
    ])('classifies %s as %s', async (path, cls, rule) => {
      expect(await safeFetch(at(path), policy)).toMatchObject({ classification: cls, classificationRule: rule });
    });
  });

  describe('charsets', () => {
    it.each([
      ['/charset/windows-1251', 'windows-1251'],
      ['/charset/meta-windows-1251', 'windows-1251'],
      ['/charset/gbk', 'gbk'],
      ['/charset/shift_jis', 'shift_jis'],
      ['/charset/iso-8859-2', 'iso-8859-2'],
    ] as const)('decodes %s to UTF-8', async (path, name) => {
      const r = await safeFetch(at(path), policy);
      expect(r.charset).toBe(ENCODED_SAMPLES[name].encoding);
      expect(r.text).toContain(ENCODED_SAMPLES[name].text);
      expect(r.classification).toBe('article');
    });

    it('reads UTF-8 bytes behind a wrong ISO-8859-1 header', async () => {
      const r = await safeFetch(at('/charset/header-latin1-bytes-utf8'), policy);
      expect(r.text).toContain(UTF8_TEXT);
    });

    it('lets a UTF-8 BOM override the header', async () => {
      const r = await safeFetch(at('/charset/bom-utf8'), policy);
      expect(r.charset).toBe('utf-8');
      expect(r.text).toContain(UTF8_TEXT);
    });
  });

  describe('conditional GET', () => {
    it('returns validators and a 304 on revalidation', async () => {
      const first = await safeFetch(at('/conditional/article.html'), policy);
      expect(first).toMatchObject({
        status: 200,
        etag: CONDITIONAL_ETAG,
        lastModified: CONDITIONAL_LAST_MODIFIED,
        notModified: false,
      });
      const second = await safeFetch(at('/conditional/article.html'), policy, {
        etag: first.etag,
        lastModified: first.lastModified,
      });
      expect(second).toMatchObject({ status: 304, notModified: true, bytes: 0, classification: 'not-modified' });
      expect(newsroom.lastRequest('/conditional/article.html')?.['if-none-match']).toBe(CONDITIONAL_ETAG);
    });

    it('revalidates a feed by its ETag', async () => {
      const first = await safeFetch(at('/feeds/rss.xml'), policy);
      expect(first.etag).toMatch(/^"[0-9a-f]{16}"$/);
      const second = await safeFetch(at('/feeds/rss.xml'), policy, { etag: first.etag });
      expect(second).toMatchObject({ status: 304, notModified: true });
    });

    it('revalidates with If-Modified-Since alone', async () => {
      const r = await safeFetch(at('/conditional/article.html'), policy, { lastModified: CONDITIONAL_LAST_MODIFIED });
      expect(r.notModified).toBe(true);
    });

    it('fetches in full when the validator is stale', async () => {
      const r = await safeFetch(at('/conditional/article.html'), policy, { etag: '"old"' });
      expect(r).toMatchObject({ status: 200, notModified: false });
    });
  });

  it('fetches a gzipped sitemap file that parseSitemapBytes reads', async () => {
    const r = await safeFetch(at('/sitemaps/news.xml.gz'), policy);
    expect(r).toMatchObject({ status: 200, contentType: 'application/x-gzip', classification: 'not-html' });
    const sitemap = await parseSitemapBytes(r.body, r.finalUrl);
    expect(sitemap.urls.map((u) => u.url)).toContain(at('/articles/harbour-bridge-reopens.html'));
  });

  describe('robots.txt', () => {
    const robotsFor = (p: Partial<FetchPolicy>) =>
      new RobotsCache({
        userAgent: DEFAULT_USER_AGENT,
        fetch: async (robotsUrl) => {
          const r = await safeFetch(robotsUrl, p);
          return { status: r.status, text: r.text ?? '' };
        },
      });

    it('refuses a disallowed path and reports Crawl-delay on allowed ones', async () => {
      const robots = robotsFor(policy);
      const withRobots = { ...policy, robots };
      const before = newsroom.hits('/private/secret.html');
      expect(await refusalOf(safeFetch(at('/private/secret.html'), withRobots))).toMatchObject({
        code: 'robots-disallowed',
      });
      expect(newsroom.hits('/private/secret.html')).toBe(before);
      const allowed = await safeFetch(at('/private/press-release.html'), withRobots);
      expect(allowed).toMatchObject({ status: 200, crawlDelayMs: 2000 });
    });
  });

  it('refuses non-http schemes, relative URLs and credentials', async () => {
    expect((await refusalOf(safeFetch('ftp://127.0.0.1/', policy))).code).toBe('unsupported-scheme');
    expect((await refusalOf(safeFetch('/relative', policy))).code).toBe('invalid-url');
    expect((await refusalOf(safeFetch(`http://user:pw@127.0.0.1:${newsroom.port}/`, policy))).code).toBe('invalid-url');
  });

  it('reports a connection failure as a FetchFailure, not a refusal', async () => {
    await expect(safeFetch('http://127.0.0.1:1/', { ...policy, allowHosts: ['127.0.0.1:1'] })).rejects.toMatchObject({
      name: 'FetchFailure',
      code: 'network',
    });
  });
});
