import { articleInputFromFile, articleInputFromJson } from './article-input';

describe('article input', () => {
  it('reads plain text with an optional date', () => {
    expect(articleInputFromFile('Hello world.', '2024-04-26')).toEqual({
      text: 'Hello world.',
      publishedAt: '2024-04-26',
    });
  });

  it('reads article JSON, nested or flat, and lets --published win', () => {
    const json = JSON.stringify({ article: { title: 'T', text: 'Body', publishedAt: '2024-01-02', language: 'en' } });
    expect(articleInputFromFile(json)).toEqual({ title: 'T', text: 'Body', publishedAt: '2024-01-02', language: 'en' });
    expect(articleInputFromFile(json, '2024-04-26').publishedAt).toBe('2024-04-26');
    expect(articleInputFromJson({ id: 'x', text: 'Body', published: '2023-05-06' })).toMatchObject({
      text: 'Body',
      publishedAt: '2023-05-06',
    });
  });

  it('treats text that only starts with a brace as plain text', () => {
    expect(articleInputFromFile('{not json} and more').text).toBe('{not json} and more');
  });
});
