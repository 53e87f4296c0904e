import { classifyPage, looksBinary } from './content-classification';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const para = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of a perfectly ordinary news story about the council budget and what it means for local schools.</p>`,
  ).join('');
const article = `<!doctype html><html><head><title>Council passes budget</title></head><body><article><h1>Council passes budget</h1>${para(20)}</article></body></html>`;

describe('classifyPage', () => {
  it('accepts an ordinary article', () => {
    expect(classifyPage(article, 200, HTML)).toEqual({ class: 'article', rule: 'default' });
  });

  describe('bot walls', () => {
    it('Cloudflare challenge header wins even with a 403', () => {
      expect(classifyPage('<html><body>x</body></html>', 403, { ...HTML, 'cf-mitigated': 'challenge' })).toEqual({
        class: 'bot-wall',
        rule: 'cloudflare-cf-mitigated-header',
      });
    });

    it.each([
      ['<html><head><title>Just a moment...</title></head><body>Checking</body></html>', 'cloudflare-challenge-page'],
      [
        '<html><body><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1"></script></body></html>',
        'cloudflare-challenge-page',
      ],
      [
        '<html><head><title>Attention Required! | Cloudflare</title></head><body>blocked</body></html>',
        'cloudflare-block-page',
      ],
      ['<html><body><script src="https://ct.captcha-delivery.com/c.js"></script></body></html>', 'datadome-captcha'],
      [
        '<html><body><div id="px-captcha"></div><p>Press &amp; Hold to confirm you are a human</p></body></html>',
        'perimeterx-captcha',
      ],
      ['<html><body><iframe src="/_Incapsula_Resource?x=1"></iframe></body></html>', 'incapsula-block'],
      [
        "<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>You don't have permission to access this server. Reference #18.5e2c1402.1700000000.1a2b3c</body></html>",
        'akamai-access-denied',
      ],
      [
        '<html><body><h1>One more step</h1><p>Please verify you are human to continue.</p></body></html>',
        'human-verification-phrase',
      ],
      ['<html><body><form><div class="g-recaptcha" data-sitekey="x"></div></form></body></html>', 'captcha-widget'],
    ])('recognises %#', (html, rule) => {
      expect(classifyPage(html, 200, HTML)).toEqual({ class: 'bot-wall', rule });
    });

    it('does not flag a long article that mentions CAPTCHAs', () => {
      const html = article.replace(
        '</article>',
        '<p>Critics say sites that ask you to verify you are human with a captcha drive readers away.</p></article>',
      );
      expect(classifyPage(html, 200, HTML).class).toBe('article');
    });
  });

  describe('paywalls', () => {
    it.each([
      [
        '<article><h1>T</h1><p>Teaser.</p><div>Subscribe to continue reading. Already a subscriber? Log in.</div></article>',
        'paywall-phrase',
      ],
      [
        '<article><h1>T</h1><p>Teaser paragraph of the story that is cut off here for non-paying readers of the site.</p><div class="tp-modal"></div></article>',
        'paywall-marker',
      ],
      [
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": false}</script></head><body><h1>T</h1><p>Only the first paragraph is shown to readers without an account today.</p></body></html>',
        'jsonld-not-accessible-for-free',
      ],
    ])('recognises %#', (html, rule) => {
      expect(classifyPage(html, 200, HTML)).toEqual({ class: 'paywall', rule });
    });

    it('recognises a login wall by its password field', () => {
      const html =
        '<html><head><title>Sign in</title></head><body><h1>Sign in to The Daily</h1><form><label>Email <input type="email" name="e"></label><label>Password <input type="password" name="p"></label><button>Continue</button></form></body></html>';
      expect(classifyPage(html, 200, HTML)).toEqual({ class: 'paywall', rule: 'login-form' });
    });

    it('keeps a full article that carries a subscribe box', () => {
      const html = article.replace(
        '</article>',
        '<aside class="paywall">Subscribe to continue reading our best journalism.</aside></article>',
      );
      expect(classifyPage(html, 200, HTML).class).toBe('article');
    });
  });

  describe('JavaScript shells', () => {
    it('recognises an empty app root', () => {
      expect(
        classifyPage(
          '<html><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script src="/main.js"></script></body></html>',
          200,
          HTML,
        ),
      ).toEqual({ class: 'js-shell', rule: 'empty-app-root' });
    });

    it('recognises scripts without text', () => {
      expect(
        classifyPage('<html><body><div class="x"></div><script src="/bundle.js"></script></body></html>', 200, HTML),
      ).toEqual({
        class: 'js-shell',
        rule: 'scripts-without-text',
      });
    });

    it('keeps a server-rendered app', () => {
      expect(
        classifyPage(
          `<html><body><div id="__next">${para(10)}</div><script src="/a.js"></script></body></html>`,
          200,
          HTML,
        ).class,
      ).toBe('article');
    });
  });

  it('classifies HTTP errors and soft 404s as error pages', () => {
    expect(classifyPage(article, 500, HTML)).toEqual({ class: 'error-page', rule: 'http-500' });
    expect(
      classifyPage(
        '<html><head><title>Page not found</title></head><body><p>Sorry, we could not find that page.</p></body></html>',
        200,
        HTML,
      ),
    ).toEqual({
      class: 'error-page',
      rule: 'soft-404-title',
    });
  });

  it('keeps a short article whose headline merely says "not found"', () => {
    const html = `<html><head><title>Missing hiker not found after two-day search</title></head><body><h1>Missing hiker not found after two-day search</h1>${para(3)}</body></html>`;
    expect(classifyPage(html, 200, HTML).class).toBe('article');
    expect(
      classifyPage(html.replace(/<title>.*<\/title>/, '<title>404 - Seite nicht gefunden</title>'), 200, HTML).class,
    ).toBe('error-page');
  });

  it('classifies an empty page', () => {
    expect(classifyPage('<html><body></body></html>', 200, HTML)).toEqual({ class: 'empty', rule: 'no-visible-text' });
  });

  it('classifies binary bodies and non-HTML types as not-html', () => {
    expect(classifyPage(undefined, 200, HTML)).toEqual({ class: 'not-html', rule: 'binary-body' });
    expect(classifyPage('\u0000\u0001PNG', 200, HTML).class).toBe('not-html');
    expect(classifyPage('a,b,c', 200, { 'content-type': 'text/csv' })).toEqual({
      class: 'not-html',
      rule: 'content-type-text/csv',
    });
  });

  it('recognises feeds by content and by type', () => {
    expect(
      classifyPage('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', 200, {
        'content-type': 'text/html',
      }),
    ).toEqual({
      class: 'feed',
      rule: 'feed-sniff',
    });
    expect(classifyPage('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 200, {}).class).toBe('feed');
    expect(classifyPage('{"version": "https://jsonfeed.org/version/1.1", "items": []}', 200, {}).class).toBe('feed');
    expect(
      classifyPage('<rss><channel><item><title>broken', 200, { 'content-type': 'application/rss+xml' }).class,
    ).toBe('feed');
  });

  it('reports 304 as not-modified', () => {
    expect(classifyPage('', 304, {})).toEqual({ class: 'not-modified', rule: 'http-304' });
  });
});

describe('looksBinary', () => {
  it('tells text from binary', () => {
    expect(looksBinary('<p>Grüße, 你好, Привет</p>')).toBe(false);
    expect(looksBinary('abc\u0000def')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004\ufffd\ufffdab')).toBe(true);
    expect(looksBinary('')).toBe(false);
  });
});
