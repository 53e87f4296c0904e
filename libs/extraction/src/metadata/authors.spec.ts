import { extractArticle } from '../extract-article';
import { articlePage } from '../test-support/article-page';
import { splitAuthors } from './authors';

describe('splitAuthors (byline cleaning)', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['Von Anna Müller und Peter Schmidt', ['Anna Müller', 'Peter Schmidt']],
    ['Par Marie Dupont', ['Marie Dupont']],
    ['Jane Doe, John Smith & Ann Lee', ['Jane Doe', 'John Smith', 'Ann Lee']],
    ['By Jane Doe | Updated April 26, 2024 10:42 AM', ['Jane Doe']],
    ['Jane Doe April 26, 2024', ['Jane Doe']],
    ['Jane Doe Email the author', ['Jane Doe']],
    ['https://www.facebook.com/janedoe', []],
  ])('%s → %j', (raw, expected) => {
    expect(splitAuthors(raw)).toEqual(expected);
  });
});

describe('authors', () => {
  it('takes JSON-LD persons before organisations', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x",
      "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Newsroom"}]}</script>`;
    expect(extractArticle(articlePage({ head: ld })).authors).toEqual(['Jane Doe']);
  });

  it('reads the author meta tag', () => {
    expect(extractArticle(articlePage({ head: '<meta name="author" content="By John Smith">' })).authors).toEqual([
      'John Smith',
    ]);
  });

  it('reads a visible byline, not the sidebar’s bylines', () => {
    const sidebar = '<aside class="sidebar"><div class="author">By Somebody Else</div></aside>';
    const header = '<div class="byline">By <a rel="author" href="/a/jd">Jane Doe</a> and Ann Lee</div>';
    const article = extractArticle(articlePage({ beforeArticle: sidebar, articleHeader: header }));
    expect(article.authors).toEqual(['Jane Doe', 'Ann Lee']);
    expect(article.text).not.toContain('Jane Doe');
    expect(article.text).not.toContain('Somebody Else');
  });
});
