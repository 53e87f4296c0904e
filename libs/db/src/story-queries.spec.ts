import { ArticleQueryError } from './article-queries-error';
import { filtersKey } from './article-queries-cursor';
import { encodeStoryCursor, parseStoryQuery } from './story-queries';

describe('parseStoryQuery', () => {
  it('takes status, minArticles, limit and cursor, with the article lists’ page size', () => {
    expect(parseStoryQuery({})).toEqual({ limit: 20 });
    expect(parseStoryQuery({ status: 'open', minArticles: '2', limit: '5', cursor: 'abc' })).toEqual({
      status: 'open',
      minArticles: 2,
      limit: 5,
      cursor: 'abc',
    });
  });

  it('names every bad or unknown parameter at once', () => {
    let err: ArticleQueryError | undefined;
    try {
      parseStoryQuery({ status: 'maybe', minArticles: '0', limit: '101', q: 'x', cursor: ['a', 'b'] });
    } catch (e) {
      err = e as ArticleQueryError;
    }
    expect(err).toBeInstanceOf(ArticleQueryError);
    expect(err!.problems).toHaveLength(5);
    expect(err!.problems.join('\n')).toMatch(/status="maybe"/);
    expect(err!.problems.join('\n')).toMatch(/minArticles="0"/);
    expect(err!.problems.join('\n')).toMatch(/limit="101"/);
    expect(err!.problems.join('\n')).toMatch(/unknown parameter "q"/);
    expect(err!.problems.join('\n')).toMatch(/cursor: expected a single value/);
  });

  it('issues opaque cursors', () => {
    const c = encodeStoryCursor({ lastSeenAt: '2026-11-18T10:00:00.000000Z', id: 'a'.repeat(32), filters: '|' });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('article list cursors with a story', () => {
  it('belong to their story, and lists without one keep the digest they always had', () => {
    expect(filtersKey({ storyId: 'a'.repeat(32) })).not.toBe(filtersKey({ storyId: 'b'.repeat(32) }));
    expect(filtersKey({ storyId: 'a'.repeat(32) })).not.toBe(filtersKey({}));
    expect(filtersKey({ language: 'en' })).toBe('iHjru0r44y-jJIE8');
  });
});
