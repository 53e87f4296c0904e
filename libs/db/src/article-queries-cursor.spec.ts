import { ArticleQueryError } from './article-queries-error';
import { decodeCursor, encodeCursor, filtersKey } from './article-queries-cursor';

const id = 'c133de770805494a77724fa653465b00';

describe('cursors', () => {
  it('round-trip a ranked position and a dated position for the same filters', () => {
    const filters = { q: 'Shoigu', country: 'KZ' };
    const ranked = { order: 'rank' as const, rank: '0.0607927', id, filters: filtersKey(filters) };
    expect(decodeCursor(encodeCursor(ranked), filters)).toEqual(ranked);
    const listFilters = { country: 'KZ' };
    for (const publishedAt of ['2024-04-26T10:00:00.000000Z', null]) {
      const dated = { order: 'published' as const, publishedAt, id, filters: filtersKey(listFilters) };
      expect(decodeCursor(encodeCursor(dated), listFilters)).toEqual(dated);
    }
  });

  it('are opaque URL-safe text', () => {
    const c = encodeCursor({ order: 'rank', rank: '1e-05', id, filters: filtersKey({ q: 'x' }) });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('bind to their filters: field order does not matter, any other value does', () => {
    expect(filtersKey({ q: 'a', country: 'KZ' })).toBe(filtersKey({ country: 'KZ', q: 'a' }));
    expect(filtersKey({ q: 'a' })).not.toBe(filtersKey({ q: 'b' }));
    expect(filtersKey({ entity: 'x' })).not.toBe(filtersKey({ entityId: 'x' }));
    const c = encodeCursor({ order: 'rank', rank: '0.5', id, filters: filtersKey({ q: 'a' }) });
    expect(() => decodeCursor(c, { q: 'b' })).toThrow(/belongs to a query with other parameters/);
  });

  it.each([
    ['not base64 json', 'bm90LWpzb24'],
    ['bad characters', 'abc$def'],
    ['an array', Buffer.from('[1]').toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify({ o: 'r', k: '0.5', i: 'x', f: 'y' })).toString('base64url')],
    ['a bad rank', Buffer.from(JSON.stringify({ o: 'r', k: '1;drop', i: id, f: 'y' })).toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify({ o: 'p', k: '2024-04-26', i: id, f: 'y' })).toString('base64url')],
    ['an unknown order', Buffer.from(JSON.stringify({ o: 'z', k: null, i: id, f: 'y' })).toString('base64url')],
    ['too long', 'a'.repeat(600)],
  ])('rejects %s', (_why, raw) => {
    expect(() => decodeCursor(raw, {})).toThrow(ArticleQueryError);
  });
});
