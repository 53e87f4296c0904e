import { isPathAllowed, parseRobots, productToken, rulesFor } from './robots';

const UA = 'Newsflow/0.1 (+https://github.com/newsflow/newsflow)';

describe('parseRobots and rulesFor', () => {
  const text = [
    '# comment line',
    'Sitemap: https://news.example/sitemap.xml',
    'User-agent: Googlebot',
    'User-agent: Bingbot',
    'Disallow: /private',
    '',
    'User-agent: *',
    'Disallow: /admin # trailing comment',
    'Crawl-delay: 2',
    '',
    'user-AGENT: newsflow',
    'disallow: /no-newsflow',
    'Allow: /no-newsflow/ok',
    'Crawl-delay: 5',
    'Disallow:',
    'Unknown-directive: x',
    'User-agent: NewsFlow/1.0',
    'Disallow: /also',
    'Sitemap: https://news.example/news-sitemap.xml',
  ].join('\r\n');

  it('reads groups, sitemaps and crawl-delay', () => {
    const parsed = parseRobots(text);
    expect(parsed.sitemaps).toEqual(['https://news.example/sitemap.xml', 'https://news.example/news-sitemap.xml']);
    expect(parsed.groups[0].userAgents).toEqual(['googlebot', 'bingbot']);
    expect(parsed.groups[1]).toEqual({
      userAgents: ['*'],
      rules: [{ allow: false, pattern: '/admin' }],
      crawlDelaySeconds: 2,
    });
  });

  it('selects and merges the groups naming our product token, ignoring the * group', () => {
    const rules = rulesFor(parseRobots(text), UA);
    expect(rules.crawlDelaySeconds).toBe(5);
    expect(rules.rules.map((r) => r.pattern)).toEqual(['/no-newsflow', '/no-newsflow/ok', '/also']);
    expect(isPathAllowed(rules.rules, '/admin').allowed).toBe(true);
    expect(isPathAllowed(rules.rules, '/no-newsflow/x').allowed).toBe(false);
    expect(isPathAllowed(rules.rules, '/no-newsflow/ok/1').allowed).toBe(true);
  });

  it('falls back to the * group for other crawlers', () => {
    const rules = rulesFor(parseRobots(text), 'OtherBot/2.0');
    expect(rules.crawlDelaySeconds).toBe(2);
    expect(isPathAllowed(rules.rules, '/admin/users').allowed).toBe(false);
    expect(isPathAllowed(rules.rules, '/news').allowed).toBe(true);
  });

  it('allows everything when no group applies', () => {
    const rules = rulesFor(parseRobots('User-agent: Googlebot\nDisallow: /'), UA);
    expect(rules.rules).toEqual([]);
    expect(isPathAllowed(rules.rules, '/anything').allowed).toBe(true);
  });

  it('ignores rules that come before any user-agent line', () => {
    expect(parseRobots('Disallow: /\nUser-agent: *\nAllow: /').groups).toEqual([
      { userAgents: ['*'], rules: [{ allow: true, pattern: '/' }] },
    ]);
  });

  it('extracts the product token', () => {
    expect(productToken(UA)).toBe('newsflow');
    expect(productToken('Mozilla/5.0 (compatible)')).toBe('mozilla');
  });
});

describe('isPathAllowed', () => {
  const d = (pattern: string) => ({ allow: false, pattern });
  const a = (pattern: string) => ({ allow: true, pattern });

  it('lets the longest matching pattern win', () => {
    const rules = [d('/'), a('/news/'), d('/news/drafts')];
    expect(isPathAllowed(rules, '/about').allowed).toBe(false);
    expect(isPathAllowed(rules, '/news/story').allowed).toBe(true);
    expect(isPathAllowed(rules, '/news/drafts/1').allowed).toBe(false);
  });

  it('prefers Allow on a tie of equal length', () => {
    expect(isPathAllowed([d('/page'), a('/page')], '/page').allowed).toBe(true);
  });

  it('supports * wildcards and $ anchors', () => {
    const rules = [d('/*.pdf$'), d('/*?print='), d('/search')];
    expect(isPathAllowed(rules, '/files/report.pdf').allowed).toBe(false);
    expect(isPathAllowed(rules, '/files/report.pdf?x=1').allowed).toBe(true);
    expect(isPathAllowed(rules, '/story?print=1').allowed).toBe(false);
    expect(isPathAllowed(rules, '/searchresults').allowed).toBe(false);
    expect(isPathAllowed([d('/exact$')], '/exact/more').allowed).toBe(true);
  });

  it('treats regex metacharacters in patterns literally', () => {
    expect(isPathAllowed([d('/a.b')], '/axb').allowed).toBe(true);
    expect(isPathAllowed([d('/a.b')], '/a.b').allowed).toBe(false);
  });

  it('compares escapes of unreserved characters as written, on both sides (Google ID_Encoding)', () => {
    expect(isPathAllowed([d('/'), a('/foo/bar/%62%61%7A')], '/foo/bar/baz').allowed).toBe(false);
    expect(isPathAllowed([d('/'), a('/foo/bar/%62%61%7A')], '/foo/bar/%62%61%7a').allowed).toBe(true);
    expect(isPathAllowed([d('/~user')], '/%7Euser/page').allowed).toBe(true);
  });

  it('lets Allow of a directory index page allow the directory itself (Google heuristic)', () => {
    const rules = [a('/news/index.html'), d('/')];
    expect(isPathAllowed(rules, '/news/').allowed).toBe(true);
    expect(isPathAllowed(rules, '/news/other').allowed).toBe(false);
    expect(isPathAllowed([d('/news/index.html')], '/news/').allowed).toBe(true);
  });

  it('decides a hostile many-wildcard rule quickly (a backtracking regex took seconds)', () => {
    const started = Date.now();
    expect(isPathAllowed([d(`/${'*a'.repeat(8)}*b`)], `/${'a'.repeat(40)}`).allowed).toBe(true);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('always allows /robots.txt itself', () => {
    expect(isPathAllowed([d('/')], '/robots.txt').allowed).toBe(true);
  });
});

// The two reported defects, in cases that run on every clone (Google's suite needs ../shared).
describe('non-ASCII rule paths (RFC 9309 section 2.2.2: compared percent-encoded)', () => {
  const robots = 'User-agent: *\nDisallow: /новости/\nAllow: /новости/открыто\n';
  const rules = rulesFor(parseRobots(robots), UA).rules;
  /** The path as RobotsCache.check hands it over: through the WHATWG URL parser, so percent-encoded. */
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

  it('disallows a URL under a Disallow written in Cyrillic', () => {
    expect(pathOf('https://news.example/новости/a')).toBe('/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/a');
    expect(isPathAllowed(rules, pathOf('https://news.example/новости/a'))).toMatchObject({
      allowed: false,
      rule: { allow: false, pattern: '/новости/' },
    });
    expect(isPathAllowed(rules, pathOf('https://news.example/sport/a')).allowed).toBe(true);
  });

  it('matches however either side spelled the path: raw, or escaped in upper or lower case', () => {
    expect(isPathAllowed(rules, '/новости/a').allowed).toBe(false);
    expect(isPathAllowed(rules, '/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8/a').allowed).toBe(false);
    const escapedRule = [{ allow: false, pattern: '/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8/' }];
    expect(isPathAllowed(escapedRule, pathOf('https://news.example/новости/a')).allowed).toBe(false);
  });

  it('weighs a non-ASCII pattern by its encoded octets for the longest match', () => {
    expect(isPathAllowed(rules, pathOf('https://news.example/новости/открыто/1')).allowed).toBe(true);
    // Written, `/новости` is 8 characters and the Disallow 16; encoded, the Allow is 43 octets and wins.
    const overlapping = [
      { allow: false, pattern: '/%D0%BD%D0%BE%D0' },
      { allow: true, pattern: '/новости' },
    ];
    expect(isPathAllowed(overlapping, pathOf('https://news.example/новости/a')).allowed).toBe(true);
  });
});

describe("user-agent lines around Sitemap and unknown lines (one group, as in Google's parser)", () => {
  it('keeps a run of user-agent lines together across a Sitemap line', () => {
    const parsed = parseRobots(
      'User-agent: Newsflow\nSitemap: https://news.example/sitemap.xml\nUser-agent: OtherBot\nDisallow: /private\n',
    );
    expect(parsed.groups).toEqual([
      { userAgents: ['newsflow', 'otherbot'], rules: [{ allow: false, pattern: '/private' }] },
    ]);
    expect(parsed.sitemaps).toEqual(['https://news.example/sitemap.xml']);
    expect(isPathAllowed(rulesFor(parsed, UA).rules, '/private/1').allowed).toBe(false);
  });

  it('keeps a run of user-agent lines together across an unknown line', () => {
    const parsed = parseRobots('User-agent: Newsflow\nHost: news.example\nUser-agent: OtherBot\nDisallow: /\n');
    expect(isPathAllowed(rulesFor(parsed, UA).rules, '/anything').allowed).toBe(false);
  });

  it('ends the run at a rule or Crawl-delay line (crawl-delay is a group line)', () => {
    const parsed = parseRobots('User-agent: Newsflow\nCrawl-delay: 5\nUser-agent: OtherBot\nDisallow: /\n');
    expect(parsed.groups.map((g) => g.userAgents)).toEqual([['newsflow'], ['otherbot']]);
    expect(rulesFor(parsed, UA)).toEqual({ rules: [], crawlDelaySeconds: 5, sitemaps: [] });
  });
});
