import { REFERENCE_ARTICLE, renderReferenceArticlePage } from '@newsflow/fixture-site';
import { extractArticle } from '../extract-article';
import { articlePage } from '../test-support/article-page';
import { stripSiteName } from './title';

describe('title', () => {
  it('prefers the visible <h1> that matches the metadata title', () => {
    const head =
      '<title>Council approves budget | Example Times</title><meta property="og:title" content="Council approves budget">';
    const article = extractArticle(articlePage({ head, articleHeader: '<h1>Council approves budget</h1>' }));
    expect(article.title).toBe('Council approves budget');
    expect(article.text).not.toContain('Council approves budget');
  });
  it('does not take a site-name <h1> for the headline', () => {
    const head = '<title>Defer, Panic, and Recover - The Go Blog</title><meta property="og:site_name" content="Go">';
    expect(extractArticle(articlePage({ head, beforeArticle: '<h1>The Go Blog</h1>' })).title).toBe(
      'Defer, Panic, and Recover',
    );
  });
  it('decodes entities that a CMS encoded twice (double-encoded entity)', () => {
    const head = '<meta property="og:title" content="Rankings: Full &amp;#038; Part Time &amp;#39;25">';
    expect(extractArticle(articlePage({ head })).title).toBe("Rankings: Full & Part Time '25");
  });
  it('strips the site name from <title> when nothing better exists (title suffix)', () => {
    expect(stripSiteName('Council approves new budget | Example Times', 'Example Times')).toBe(
      'Council approves new budget',
    );
    expect(stripSiteName('Council approves new budget - Example Times', null)).toBe('Council approves new budget');
    expect(
      extractArticle(articlePage({ head: '<title>Council approves new budget – Example Times</title>' })).title,
    ).toBe('Council approves new budget');
  });
});

describe('section path', () => {
  it('reads a JSON-LD BreadcrumbList, without the home crumb', () => {
    const ld = `<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
      {"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"World"},
      {"@type":"ListItem","position":3,"name":"Europe"}]}</script>`;
    expect(extractArticle(articlePage({ head: ld })).sectionPath).toEqual(['World', 'Europe']);
  });
  it('reads a visible breadcrumb trail and keeps it out of the body', () => {
    const crumbs =
      '<nav class="breadcrumbs"><a href="/">Startseite</a> › <a href="/politik">Politik</a> › <a href="/politik/ausland">Ausland</a></nav>';
    const article = extractArticle(articlePage({ beforeArticle: crumbs }));
    expect(article.sectionPath).toEqual(['Politik', 'Ausland']);
    expect(article.text).not.toContain('Politik');
  });
  it('falls back to article:section, then to the URL path', () => {
    expect(
      extractArticle(articlePage({ head: '<meta property="article:section" content="Sport">' })).sectionPath,
    ).toEqual(['Sport']);
    expect(extractArticle(articlePage(), 'https://x.test/business/markets/2024/01/02/slug').sectionPath).toEqual([
      'Business',
      'Markets',
    ]);
  });
});

describe('tags, site, canonical URL, description, access', () => {
  it('reads article:tag, site name, canonical and description', () => {
    const head = `<meta property="article:tag" content="Budget"><meta property="article:tag" content="City council">
      <meta property="og:site_name" content="Example Times"><link rel="canonical" href="/2024/budget">
      <meta name="description" content="The council approved the budget.">`;
    const article = extractArticle(articlePage({ head }), 'https://x.test/amp/2024/budget?utm=1');
    expect(article.tags).toEqual(['Budget', 'City council']);
    expect(article.siteName).toBe('Example Times');
    expect(article.canonicalUrl).toBe('https://x.test/2024/budget');
    expect(article.description).toBe('The council approved the budget.');
    expect(article.accessState).toBe('free');
  });
  it('reads JSON-LD keywords and rel=tag links', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","keywords":"a, b, c"}</script>';
    expect(extractArticle(articlePage({ head: ld })).tags).toEqual(['a', 'b', 'c']);
    const links = '<div><a rel="tag" href="/t/x">Transit</a> <a rel="tag" href="/t/y">Buses</a></div>';
    expect(extractArticle(articlePage({ afterArticle: links })).tags).toEqual(['Transit', 'Buses']);
  });
  it('recognises declared paywalls (isAccessibleForFree, content tier)', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","isAccessibleForFree":"False"}</script>';
    expect(extractArticle(articlePage({ head: ld })).accessState).toBe('paywalled');
    expect(
      extractArticle(articlePage({ head: '<meta property="article:content_tier" content="locked">' })).accessState,
    ).toBe('paywalled');
  });
});

describe('lead image', () => {
  it('matches og:image to its figure for caption and credit, and keeps the caption out of the body', () => {
    const head = '<meta property="og:image" content="https://cdn.test/img/harbour-1200x800.jpg">';
    const figure = `<figure><img src="https://cdn.test/img/harbour.jpg"><figcaption>Boats in the harbour at dawn.
      <span class="credit">Photo: Ann Lee</span></figcaption></figure>`;
    const article = extractArticle(articlePage({ head, articleHeader: figure }));
    expect(article.leadImage).toEqual({
      url: 'https://cdn.test/img/harbour-1200x800.jpg',
      caption: 'Boats in the harbour at dawn. Photo: Ann Lee',
      credit: 'Photo: Ann Lee',
    });
    expect(article.text).not.toContain('Boats in the harbour');
  });
  it('reads an inline credit and resolves relative image URLs', () => {
    const page = renderReferenceArticlePage({ baseUrl: 'http://127.0.0.1:9' });
    const article = extractArticle(page, 'http://127.0.0.1:9' + REFERENCE_ARTICLE.path);
    expect(article.leadImage?.credit).toBe(REFERENCE_ARTICLE.credit);
    const relative = articlePage({
      articleHeader: '<figure><img src="/i/a.jpg"><figcaption>A caption</figcaption></figure>',
    });
    expect(extractArticle(relative, 'https://x.test/news/1').leadImage).toEqual({
      url: 'https://x.test/i/a.jpg',
      caption: 'A caption',
      credit: null,
    });
  });
  it('keeps body figure captions as caption blocks', () => {
    const inBody = '<figure><img src="/i/b.jpg"><figcaption>The new bus depot.</figcaption></figure>';
    const article = extractArticle(
      articlePage({ head: '<meta property="og:image" content="/i/lead.jpg">', afterParagraphs: inBody }),
      'https://x.test/a',
    );
    expect(article.blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual(['The new bus depot.']);
  });
});

describe('language', () => {
  it('uses the declared language, primary subtag only', () => {
    expect(extractArticle(articlePage({ lang: 'en-GB' })).language).toBe('en');
  });
  it('guesses from the text when nothing is declared', () => {
    const html = articlePage({ lang: '' }).replace(' lang=""', '');
    expect(extractArticle(html).language).toBe('en');
  });
});
