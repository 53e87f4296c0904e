import { ArticleQueryError } from './article-queries-error';
import { parseArticleQuery, parseInstant } from './article-queries-params';

const problems = (raw: Record<string, unknown>): string[] => {
  try {
    parseArticleQuery(raw);
  } catch (err) {
    if (err instanceof ArticleQueryError) return err.problems;
    throw err;
  }
  return [];
};

describe('parseArticleQuery', () => {
  it('normalises codes, trims values and applies the default page size', () => {
    expect(parseArticleQuery({ q: ' Shoigu Astana ', country: 'kz', language: 'EN', entity: 'Sergei Shoigu' })).toEqual(
      {
        q: 'Shoigu Astana',
        country: 'KZ',
        language: 'en',
        entity: 'Sergei Shoigu',
        limit: 20,
      },
    );
  });

  it('treats empty values as absent', () => {
    expect(parseArticleQuery({ q: '', country: '  ' })).toEqual({ limit: 20 });
  });

  it('turns dates into a half-open UTC range, a date-only "to" covering its whole day', () => {
    expect(parseArticleQuery({ from: '2024-04-26', to: '2024-04-26' })).toMatchObject({
      from: '2024-04-26T00:00:00.000Z',
      toExclusive: '2024-04-27T00:00:00.000Z',
    });
    expect(parseArticleQuery({ from: '2024-04-26T10:30:00+02:00' }).from).toBe('2024-04-26T08:30:00.000Z');
  });

  it('reports every problem at once, each naming its parameter', () => {
    const found = problems({ limit: '0', from: '2024-02-30', country: 'Kazakhstan', contry: 'KZ' });
    expect(found).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^limit="0": expected an integer from 1 to 100/),
        expect.stringMatching(/^from="2024-02-30": expected an ISO 8601 date/),
        expect.stringMatching(/^country="Kazakhstan"/),
        expect.stringMatching(/^unknown parameter "contry"/),
      ]),
    );
  });

  it.each([['101'], ['-1'], ['1.5'], ['ten'], ['1e2']])('rejects limit=%s', (limit) => {
    expect(problems({ limit })).toHaveLength(1);
  });

  it('accepts the page size bounds', () => {
    expect(parseArticleQuery({ limit: '1' }).limit).toBe(1);
    expect(parseArticleQuery({ limit: '100' }).limit).toBe(100);
  });

  it('rejects repeated parameters, an empty range and an overlong query', () => {
    expect(problems({ q: ['a', 'b'] })).toEqual(['q: expected a single value']);
    expect(problems({ from: '2024-05-01', to: '2024-04-30' })[0]).toMatch(/is not before/);
    expect(problems({ q: 'x'.repeat(501) })[0]).toMatch(/longer than 500/);
  });

  it('accepts only the parameters a route allows', () => {
    expect(() => parseArticleQuery({ entity: 'x' }, ['q', 'limit'])).toThrow(/unknown parameter "entity"/);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2024-02-29', 'start', '2024-02-29T00:00:00.000Z'],
    ['2024-12-31', 'end', '2025-01-01T00:00:00.000Z'],
    ['2024-04-26T10:00:00Z', 'end', '2024-04-26T10:00:00.000Z'],
    ['2024-04-26T10:00Z', 'start', '2024-04-26T10:00:00.000Z'],
    ['2024-04-26T10:00:00.123456-05:00', 'start', '2024-04-26T15:00:00.123Z'],
  ] as const)('reads %s as the %s %s', (raw, bound, expected) => {
    expect(parseInstant(raw, bound)).toBe(expected);
  });

  it.each([
    ['2023-02-29'],
    ['2024-13-01'],
    ['2024-04-26T10:00:00'],
    ['2024-04-26T25:00Z'],
    ['26/04/2024'],
    ['0099-01-01'],
  ])('rejects %s', (raw) => {
    expect(parseInstant(raw, 'start')).toBeNull();
  });
});
