import { RobotsCache, RobotsResponse } from './robots-cache';

const UA = 'Newsflow/0.1';

function fakeFetch(responses: Array<RobotsResponse | Error>) {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    const next = responses.length > 1 ? responses.shift() : responses[0];
    if (next instanceof Error) throw next;
    return next as RobotsResponse;
  };
  return { fetch, calls };
}

describe('RobotsCache', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000;
  });

  it('obeys the fetched rules and reports Crawl-delay in ms', async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, text: 'User-agent: *\nDisallow: /private\nCrawl-delay: 3' }]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now });
    expect(await cache.check('https://n.example/private/x')).toMatchObject({
      allowed: false,
      crawlDelayMs: 3000,
      reason: 'Disallow: /private',
    });
    expect(await cache.check('https://n.example/news')).toMatchObject({ allowed: true, crawlDelayMs: 3000 });
    expect(calls).toEqual(['https://n.example/robots.txt']);
  });

  it('caches per origin until the TTL expires', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, text: 'User-agent: *\nDisallow: /a' },
      { status: 200, text: 'User-agent: *\nDisallow: /b' },
    ]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now, ttlMs: 1000 });
    expect((await cache.check('https://n.example/a')).allowed).toBe(false);
    expect((await cache.check('https://other.example/a')).allowed).toBe(true);
    expect(calls).toHaveLength(2);
    clock += 999;
    expect((await cache.check('https://n.example/a')).allowed).toBe(false);
    clock += 2;
    expect((await cache.check('https://n.example/a')).allowed).toBe(true);
    expect((await cache.check('https://n.example/b')).allowed).toBe(false);
    expect(calls).toHaveLength(3);
  });

  it('obeys a Disallow written in Cyrillic for the percent-encoded URL it is asked about', async () => {
    const { fetch } = fakeFetch([{ status: 200, text: 'User-agent: *\nDisallow: /новости/' }]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now });
    expect(await cache.check('https://n.example/новости/a')).toMatchObject({
      allowed: false,
      reason: 'Disallow: /новости/',
    });
    expect((await cache.check('https://n.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/b')).allowed).toBe(false);
    expect((await cache.check('https://n.example/sport/a')).allowed).toBe(true);
  });

  it('applies the named group when a Sitemap line sits between its user-agent lines', async () => {
    const text = 'User-agent: Newsflow\nSitemap: https://n.example/s.xml\nUser-agent: OtherBot\nDisallow: /private';
    const cache = new RobotsCache({ fetch: fakeFetch([{ status: 200, text }]).fetch, userAgent: UA, now });
    expect((await cache.check('https://n.example/private/1')).allowed).toBe(false);
    expect(await cache.sitemapsFor('https://n.example/')).toEqual(['https://n.example/s.xml']);
  });

  it('allows everything when robots.txt is a 4xx', async () => {
    const { fetch } = fakeFetch([{ status: 404, text: 'not found' }]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now });
    expect(await cache.check('https://n.example/anything')).toMatchObject({ allowed: true, crawlDelayMs: 0 });
  });

  it('disallows the origin for a while on 5xx, 429 or network failure, then retries', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 503, text: '' },
      new Error('ECONNRESET'),
      { status: 429, text: '' },
      { status: 200, text: '' },
    ]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now, errorTtlMs: 100 });
    expect(await cache.check('https://n.example/x')).toMatchObject({
      allowed: false,
      reason: 'robots.txt unreachable (503)',
    });
    clock += 101;
    expect(await cache.check('https://n.example/x')).toMatchObject({ allowed: false });
    clock += 101;
    expect((await cache.check('https://n.example/x')).allowed).toBe(false);
    clock += 101;
    expect((await cache.check('https://n.example/x')).allowed).toBe(true);
    expect(calls).toHaveLength(4);
  });

  it('keeps robots.txt itself fetchable while the origin is disallowed', async () => {
    const { fetch } = fakeFetch([{ status: 500, text: '' }]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now });
    expect((await cache.check('https://n.example/robots.txt')).allowed).toBe(true);
  });

  it('uses the last good copy during an outage', async () => {
    const { fetch } = fakeFetch([
      { status: 200, text: 'User-agent: *\nDisallow: /a' },
      { status: 500, text: '' },
    ]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now, ttlMs: 10 });
    await cache.check('https://n.example/a');
    clock += 11;
    expect((await cache.check('https://n.example/b')).allowed).toBe(true);
    expect((await cache.check('https://n.example/a')).allowed).toBe(false);
  });

  it('shares one fetch among concurrent checks', async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, text: '' }]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now });
    await Promise.all([1, 2, 3].map((i) => cache.check(`https://n.example/${i}`)));
    expect(calls).toHaveLength(1);
  });

  it('caps a hostile Crawl-delay', async () => {
    const { fetch } = fakeFetch([{ status: 200, text: 'User-agent: *\nCrawl-delay: 86400' }]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now, maxCrawlDelayMs: 30_000 });
    expect((await cache.check('https://n.example/')).crawlDelayMs).toBe(30_000);
  });

  it('lists the sitemaps robots.txt names', async () => {
    const { fetch } = fakeFetch([
      {
        status: 200,
        text: 'Sitemap: https://n.example/s1.xml\nUser-agent: *\nDisallow:\nSitemap: https://n.example/s2.xml.gz',
      },
    ]);
    const cache = new RobotsCache({ fetch, userAgent: UA, now });
    expect(await cache.sitemapsFor('https://n.example/any/page')).toEqual([
      'https://n.example/s1.xml',
      'https://n.example/s2.xml.gz',
    ]);
    expect(
      await new RobotsCache({ fetch: fakeFetch([{ status: 404, text: '' }]).fetch, userAgent: UA, now }).sitemapsFor(
        'https://x.example/',
      ),
    ).toEqual([]);
  });
});
