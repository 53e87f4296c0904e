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

  it('compares percent-encoded and plain unreserved characters as equal', () => {
    expect(isPathAllowed([d('/~user')], '/%7Euser/page').allowed).toBe(false);
  });

  it('always allows /robots.txt itself', () => {
    expect(isPathAllowed([d('/')], '/robots.txt').allowed).toBe(true);
  });
});
