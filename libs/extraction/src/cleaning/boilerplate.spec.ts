import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';

const FURNITURE = {
  cookie:
    '<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. By continuing you agree to our cookie policy.</p><button>OK</button></div>',
  nav: '<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>',
  share:
    '<div class="share-bar"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>',
  newsletter:
    '<div class="newsletter-signup"><h3>Get our morning briefing</h3><p>Sign up for the newsletter and receive the top stories of the day in your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div>',
  related:
    '<section class="related-articles"><h2>More stories</h2><ul><li><a href="/a">Mayor opens the new library in the old town hall</a></li><li><a href="/b">Storm damages roofs across the northern districts</a></li><li><a href="/c">Schools prepare for the new term in September</a></li></ul></section>',
  comments:
    '<section id="comments" class="comments"><h3>12 comments</h3><div class="comment"><p>I think the council should have spent more on the roads, honestly, this is a disgrace.</p></div></section>',
  footer:
    '<footer class="site-footer"><p>This website can also be accessed at the following alternate addresses: example.org, example.net</p><p>© 2024 Example Times. All rights reserved.</p></footer>',
  ad: '<div class="ad-container"><a href="https://ads.test/click">Buy the best shoes today</a></div>',
};

describe('boilerplate removal', () => {
  const html = articlePage({
    beforeArticle: FURNITURE.cookie + FURNITURE.nav,
    articleHeader: '<h1>Council approves budget</h1>' + FURNITURE.share,
    afterParagraphs: FURNITURE.ad + '<p>Advertisement</p>' + FURNITURE.share + FURNITURE.newsletter + FURNITURE.related,
    afterArticle: FURNITURE.comments + FURNITURE.footer,
  });
  const article = extractArticle(html);

  it('keeps every article paragraph, in order', () => {
    expect(article.blocks.map((b) => b.text)).toEqual(ENGLISH_PARAGRAPHS);
    expect(article.text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });

  it.each(Object.keys(FURNITURE))('leaves out the %s', (name) => {
    const probe: Record<string, string> = {
      cookie: 'We use cookies',
      nav: 'Sport',
      share: 'Share this article',
      newsletter: 'Sign up for the newsletter',
      related: 'Mayor opens the new library',
      comments: 'should have spent more',
      footer: 'alternate addresses',
      ad: 'Buy the best shoes',
    };
    expect(article.text).not.toContain(probe[name]);
  });

  it('drops short call-to-action lines but not sentences that contain the same words', () => {
    expect(article.text).not.toMatch(/^Advertisement$/m);
    const page = articlePage({
      paragraphs: [
        ...ENGLISH_PARAGRAPHS,
        'Read more about the advertisement rules in the council’s published guidance for shops.',
      ],
    });
    expect(extractArticle(page).text).toContain('Read more about the advertisement rules');
  });

  it("drops a 'More on <topic>' label line between paragraphs, not a sentence starting the same way", () => {
    const sentence = 'More on the budget will follow when the council publishes its spending report in June.';
    const page = articlePage({
      paragraphs: [ENGLISH_PARAGRAPHS[0], 'More on Car Repair & Maintenance', sentence, ...ENGLISH_PARAGRAPHS.slice(1)],
    });
    const text = extractArticle(page).text;
    expect(text).not.toContain('More on Car Repair');
    expect(text).toContain(sentence);
  });

  it('keeps headings, lists and quotes of the article as typed blocks', () => {
    const page = articlePage({
      afterParagraphs:
        '<h2>What changes</h2><ul><li>More buses on weekends</li><li>Cheaper monthly passes</li></ul><blockquote><p>This is a good day for the city.</p></blockquote>',
    });
    const blocks = extractArticle(page).blocks.slice(ENGLISH_PARAGRAPHS.length);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'What changes', level: 2 },
      {
        kind: 'list',
        text: 'More buses on weekends\nCheaper monthly passes',
        items: ['More buses on weekends', 'Cheaper monthly passes'],
      },
      { kind: 'quote', text: 'This is a good day for the city.' },
    ]);
  });

  it('does not take a cookie notice without telling class names for the article (consent text)', () => {
    const notice = `<div id="ca_info"><p>Was sind Cookies? Bei einem Cookie handelt es sich um eine kleine Textdatei, die auf Ihrem
      Computer gespeichert wird, sobald Sie eine Website aufrufen, und die Ihr Browser bei jedem Besuch sendet.</p>
      <p>Wir verwenden Cookies, um unsere Website nutzerfreundlich zu gestalten; mit Ihrer Zustimmung auch für Statistiken.</p></div>`;
    const page = `<html><body><div class="main">${ENGLISH_PARAGRAPHS.slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('')}</div>${notice}</body></html>`;
    const text = extractArticle(page).text;
    expect(text).toContain(ENGLISH_PARAGRAPHS[0]);
    expect(text).not.toContain('Cookie');
  });

  it('keeps a theme wrapper whose class looks like furniture when it holds the article (content shield)', () => {
    const about = `<div class="company"><p>${'Our firm advises companies and private clients on tax law and business law. '.repeat(8)}</p></div>`;
    const paragraphs = [...ENGLISH_PARAGRAPHS, ...ENGLISH_PARAGRAPHS.map((p) => `Also: ${p}`)];
    const story = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const page = `<html><body><div class="rt-hidden rt-transition"><div class="story">${story}</div></div>${about}</body></html>`;
    expect(
      extractArticle(page)
        .blocks.map((b) => b.text)
        .slice(0, paragraphs.length),
    ).toEqual(paragraphs);
  });

  it('drops teaser links, read-also lines, repeated labels, lone dates and orphan headings', () => {
    const extra = [
      '<p><a href="/other">Former commander says the city needs more buses</a></p>',
      '<p>Czytaj też: <a href="/x">Budżet miasta na 2025 rok</a></p>',
      '<p>★★★★★</p>',
      '<p>Back to top</p>',
      '<p>Front Page</p><p>Front Page</p><p>Front Page</p>',
      '<p>December 19, 2025</p>',
      '<p>By signing up, you agree to receive recurring automated messages from us at the number provided.</p>',
      '<h3>Recommended for you</h3><p>Related article<br>The Smart Thermostat Buying Guide</p>',
      '<h2>More stories</h2>',
    ].join('');
    const article = extractArticle(articlePage({ afterParagraphs: extra }));
    expect(article.blocks.map((b) => b.text)).toEqual(ENGLISH_PARAGRAPHS);
  });

  it('keeps linked words inside prose and headings of listicles', () => {
    const page = articlePage({
      afterParagraphs:
        '<h2><a href="/p/1">1. Lavender Hill</a></h2><p>A small <a href="/farm">farm</a> on the hill grows lavender for local shops, and visitors can pick their own in July.</p>',
    });
    const texts = extractArticle(page).blocks.map((b) => b.text);
    expect(texts).toContain('1. Lavender Hill');
    expect(texts[texts.length - 1]).toContain('A small farm on the hill');
  });
});
