import { extractArticle } from '../extract-article';
import { articlePage } from '../test-support/article-page';

const published = (html: string, url?: string) => {
  const article = extractArticle(html, url);
  return { at: article.publishedAt, detail: article.dateDetails.published, modified: article.modifiedAt };
};

describe('publication dates', () => {
  it('prefers JSON-LD datePublished, with its time and offset', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2024-04-26T19:42:00+03:30","dateModified":"2024-04-27T08:00:00+03:30"}</script>`;
    const meta = '<meta property="article:published_time" content="2024-04-20T10:00:00+00:00">';
    expect(published(articlePage({ head: ld + meta }))).toEqual({
      at: '2024-04-26T19:42:00+03:30',
      detail: { precision: 'minute', source: 'json-ld' },
      modified: '2024-04-27T08:00:00+03:30',
    });
  });

  it('reads the usual meta tags (OpenGraph, parsely, sailthru, Dublin Core)', () => {
    for (const tag of [
      '<meta property="article:published_time" content="2023-05-04T10:00:00+02:00">',
      '<meta name="parsely-pub-date" content="2023-05-04T10:00:00+02:00">',
      '<meta name="sailthru.date" content="2023-05-04 10:00:00">',
      '<meta name="DC.date.issued" content="2023-05-04">',
    ]) {
      const result = published(articlePage({ head: tag }));
      expect(result.at?.slice(0, 10)).toBe('2023-05-04');
      expect(result.detail?.source).toBe('meta');
    }
  });

  it('reads a <time datetime> marked as the publication time', () => {
    const header = '<time class="entry-date published" datetime="2022-09-01T08:15:00+02:00">1 September 2022</time>';
    expect(published(articlePage({ articleHeader: header }))).toMatchObject({
      at: '2022-09-01T08:15:00+02:00',
      detail: { precision: 'minute', source: 'time' },
    });
  });

  it('falls back to a date in the URL, then to the visible date line', () => {
    expect(published(articlePage(), 'https://x.test/2021/07/09/slug')).toMatchObject({
      at: '2021-07-09',
      detail: { precision: 'day', source: 'url' },
    });
    const line = '<div class="article-date">Veröffentlicht am 3. März 2021</div>';
    expect(published(articlePage({ lang: 'de', articleHeader: line }))).toMatchObject({
      at: '2021-03-03',
      detail: { source: 'text' },
    });
  });

  it('lets a full URL date overrule metadata that disagrees (URL arbitration)', () => {
    const meta = '<meta property="article:published_time" content="2023-11-12T04:31:00+00:00">';
    expect(published(articlePage({ head: meta }), 'https://x.test/2023/11/08/story').at).toBe('2023-11-08');
  });

  it('reads machine UTC stamps as the publisher’s local day (publisher time zone)', () => {
    const meta = '<meta property="article:published_time" content="2021-11-04T23:00Z">';
    expect(published(articlePage({ lang: 'de', head: meta }), 'https://www.example.de/artikel').at).toBe(
      '2021-11-05T00:00:00+01:00',
    );
    // An explicit +00:00 offset is the site's own zone and is kept.
    const wp = '<meta property="article:published_time" content="2019-12-26T23:07:45+00:00">';
    expect(published(articlePage({ head: wp }), 'https://www.example.ch/?p=1').at).toBe('2019-12-26T23:07:45+00:00');
  });

  it('uses a zone-less local twin of a UTC stamp to find the local day (naive twin)', () => {
    const head =
      '<meta name="sailthru.date" content="2023-11-08 22:35:29">' +
      '<meta property="article:published_time" content="2023-11-09T06:35:29+00:00">';
    expect(published(articlePage({ head })).at).toBe('2023-11-08T22:35:29-08:00');
  });

  it('lets agreeing meta tags outvote a single JSON-LD date (metadata majority)', () => {
    const head =
      '<script type="application/ld+json">{"@type":"Article","headline":"x","datePublished":"2022-01-04T07:29:00Z"}</script>' +
      '<meta property="article:published_time" content="2022-01-06T08:29:34"><meta name="date" content="2022-01-06">';
    expect(published(articlePage({ head })).at?.slice(0, 10)).toBe('2022-01-06');
  });

  it('prefers the modification date when only it is shown on the page (shown date)', () => {
    const head =
      '<script type="application/ld+json">{"@type":"Article","headline":"x","datePublished":"2019-06-17","dateModified":"2020-06-04"}</script>';
    const shown = articlePage({ head, articleHeader: '<p class="meta">Last updated 4 June 2020</p>' });
    expect(published(shown).at).toBe('2020-06-04');
    const both = articlePage({
      head,
      articleHeader: '<p class="meta">Updated 4 June 2020, first published 17 June 2019</p>',
    });
    expect(published(both).at).toBe('2019-06-17');
  });

  it('replaces a generic, unshown "date" meta by the printed date line (unconfirmed metadata)', () => {
    const head = '<meta name="date" content="2020-02-12">';
    const line = '<div class="news-single-timedata">05.02.2020 - Redaktion</div>';
    expect(published(articlePage({ lang: 'de', head, articleHeader: line })).at).toBe('2020-02-05');
  });

  it('reads a dated byline before comment timestamps (dated byline)', () => {
    const header = '<div class="user-profile"><span>von <a href="/u/m">Marianne1</a><br> am 20.09.2020</span></div>';
    const comments = '<div class="kb-talk"><time datetime="2020-09-23T18:19:06+02:00">vor 3 Tagen</time></div>';
    const html = articlePage({ lang: 'de', articleHeader: header, afterArticle: comments }).replace(
      '<article>',
      comments + '<article>',
    );
    expect(published(html).at).toBe('2020-09-20');
  });

  it('reads the date in the article’s own info box, not in comments (page furniture)', () => {
    const box =
      '<aside class="insight__content"><h3>Published</h3><p><time datetime="2024-08-30T12:00:00+02:00">August 30, 2024</time></p></aside>';
    const comments =
      '<footer class="comment-meta"><div class="comment-metadata"><time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></div></footer>';
    expect(published(articlePage({ articleHeader: comments + box })).at).toBe('2024-08-30T12:00:00+02:00');
  });

  it('gives no date when the page has none', () => {
    expect(published(articlePage())).toEqual({ at: null, detail: null, modified: null });
  });
});
