import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';

const day = (html: string, url?: string): string | null => extractArticle(html, url).publishedAt?.slice(0, 10) ?? null;

describe('publication dates: harder pages', () => {
  it('reads localized month names, non-Latin digits and Buddhist-era years', () => {
    const cases: [string, string, string][] = [
      ['hi', '<p class="date">१५ मार्च २०२०</p>', '2020-03-15'],
      ['he', '<p class="date">15 במרץ 2020</p>', '2020-03-15'],
      ['th', '<p class="date">15 มีนาคม 2563</p>', '2020-03-15'],
      ['fa', '<p class="date">۱۵ مارس ۲۰۲۰</p>', '2020-03-15'],
      ['vi', '<p class="date">Ngày 15 tháng 3 năm 2020</p>', '2020-03-15'],
      ['bg', '<p class="date">15 март 2020</p>', '2020-03-15'],
    ];
    for (const [lang, line, expected] of cases) expect(day(articlePage({ lang, articleHeader: line }))).toBe(expected);
  });

  it('reads the date from a __NEXT_DATA__ script when nothing else carries it, by the most repeated day', () => {
    const state = {
      props: {
        pageProps: {
          seo: { publishedAt: '2021-06-03T09:00:00Z' },
          article: { title: 'Council approves budget', publishedAt: '2021-06-03T09:00:00Z' },
          related: [{ publishedAt: '2021-05-01T10:00:00Z' }, { publishedAt: '2021-04-20T10:00:00Z' }],
        },
      },
    };
    const head = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`;
    expect(day(articlePage({ head }))).toBe('2021-06-03');
    const pushed = `<script>self.__next_f.push([1,"{\\"article\\":{\\"datePublished\\":\\"2022-02-14\\"}}"])</script>`;
    expect(day(articlePage({ head: pushed }))).toBe('2022-02-14');
  });

  it('reads two-digit years in bylines and date lines, not in running text', () => {
    expect(day(articlePage({ articleHeader: '<p class="byline">By Ann Lee on 15.03.20</p>' }))).toBe('2020-03-15');
    const prose = [...ENGLISH_PARAGRAPHS, 'The score was 3-1-20 after the break, the coach said.'];
    expect(day(articlePage({ paragraphs: prose }))).toBeNull();
  });

  it('falls back to a day-filed image upload path', () => {
    const figure = '<figure><img src="/wp-content/uploads/2019/07/04/harbour.jpg"></figure>';
    expect(day(articlePage({ afterParagraphs: figure }))).toBe('2019-07-04');
  });

  it('prefers the visible byline over a meta date that the page never shows', () => {
    const head = '<meta property="article:published_time" content="2024-05-10T08:00:00+00:00">';
    const byline = '<p class="byline">By Jane Doe on April 26, 2024</p>';
    expect(day(articlePage({ head, articleHeader: byline }))).toBe('2024-04-26');
    // when the meta day is shown too (an update line), the metadata stands
    const shown = `${byline}<p>Updated May 10, 2024</p>`;
    expect(day(articlePage({ head, articleHeader: shown }))).toBe('2024-05-10');
  });

  it('ignores dates in the site header, menus and related-article modules', () => {
    const page = articlePage({
      beforeArticle:
        '<div class="masthead"><span class="clock">Monday, 4 March 2024</span></div><ul class="menu"><li>Archive: 1 March 2024</li></ul>',
      paragraphs: ['Council meeting, 12 February 2024.', ...ENGLISH_PARAGRAPHS],
      afterArticle:
        '<div class="related"><h3>More</h3><p>Storm damages roofs <time datetime="2024-03-02">2 March 2024</time></p></div>' +
        '<div class="Slider"><a href="/b"><div class="Dateline"><time>03.03.2024</time></div>Bus strike ends</a></div>',
    });
    expect(day(page)).toBe('2024-02-12');
  });

  it('takes the original publication over a later republication', () => {
    const head = '<meta property="article:published_time" content="2024-01-10T08:00:00+00:00">';
    const note = '<p><em>This story was originally published on March 3, 2019.</em></p>';
    expect(day(articlePage({ head, afterParagraphs: note }))).toBe('2019-03-03');
  });

  it("reads a UTC timestamp in the page's own offset", () => {
    const head =
      '<meta property="article:published_time" content="2024-05-02T02:30:00Z">' +
      '<meta property="article:modified_time" content="2024-05-02T10:00:00-04:00">';
    expect(extractArticle(articlePage({ head }), 'https://example.com/story').publishedAt).toBe(
      '2024-05-01T22:30:00-04:00',
    );
  });

  it('does not read a slug that starts with a number as the day', () => {
    expect(day(articlePage(), 'https://example.com/2020/05/15-things-to-do-this-summer/')).toBeNull();
    expect(day(articlePage(), 'https://example.com/2020/05/15/things-to-do/')).toBe('2020-05-15');
  });
});
