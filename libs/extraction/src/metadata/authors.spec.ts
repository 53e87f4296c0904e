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

  it('prefers a visible person to a JSON-LD organisation (person before organisation)', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"@type":"Organization","name":"USA TODAY"}}</script>';
    expect(
      extractArticle(articlePage({ head: ld, articleHeader: '<span class="byline__author">Brian Truitt</span>' }))
        .authors,
    ).toEqual(['Brian Truitt']);
    expect(extractArticle(articlePage({ head: ld })).authors).toEqual(['USA TODAY']);
  });

  it('reads links to author pages, not comment authors (author link)', () => {
    const comments = '<div class="comments"><a href="/author/troll">Troll</a></div>';
    const header = '<p>By <a href="/producers/sofia-gonzalez">Sofia Gonzalez</a></p>';
    expect(extractArticle(articlePage({ articleHeader: header, afterArticle: comments })).authors).toEqual([
      'Sofia Gonzalez',
    ]);
    expect(extractArticle(articlePage({ afterArticle: comments })).authors).toEqual([]);
  });

  it('reads "Written by" labels and "By" lines without class names (textual byline)', () => {
    const label = '<div><p>Written by</p><p>Edzel Tabing</p></div>';
    expect(extractArticle(articlePage({ articleHeader: label })).authors).toEqual(['Edzel Tabing']);
    const line = '<p>Written by John Crenshaw</p>';
    expect(extractArticle(articlePage({ articleHeader: line })).authors).toEqual(['John Crenshaw']);
  });
});
