import { filtersKey } from './article-queries-cursor';
import { buildListQuery, buildSearchQuery } from './article-queries-sql';

const id = 'c133de770805494a77724fa653465b00';

describe('article list SQL', () => {
  it('passes every user value as a parameter, never in the text', () => {
    const evil = "x'); DROP TABLE articles; --";
    const built = buildSearchQuery(
      { q: evil, entity: evil, place: evil, source: evil, language: 'en', country: 'KZ' },
      [{ query: "'drop' & 'tabl'", configs: ['english'] }],
      21,
    );
    expect(built.sql).not.toContain('DROP TABLE');
    expect(built.sql).not.toContain('tabl');
    expect(built.params).toEqual(expect.arrayContaining([evil, 'en', 'KZ', 21]));
    const maxParam = Math.max(...[...built.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect(maxParam).toBe(built.params.length);
  });

  it('matches each parsed query on the articles of its configurations, as index-friendly constants', () => {
    const groups = [
      { query: "'shoigu' & 'astana'", configs: ['english', 'simple'] },
      { query: "'shoig' & 'asta'", configs: ['serbian'] },
    ];
    const { sql, params } = buildSearchQuery({}, groups, 10);
    expect(sql).toMatch(
      /\(a\.search @@ \$1::tsquery AND a\.search_config = ANY \(\$2::regconfig\[\]\)\)\s+OR \(a\.search @@ \$3::tsquery/,
    );
    expect(sql).toMatch(
      /WHEN a\.search_config = ANY \(\$2::regconfig\[\]\) THEN ts_rank\(a\.search, \$1::tsquery, 1\)/,
    );
    expect(sql).toMatch(/ORDER BY page\.rank DESC, a\.id ASC/);
    expect(params.slice(0, 4)).toEqual(["'shoigu' & 'astana'", ['english', 'simple'], "'shoig' & 'asta'", ['serbian']]);
    expect(() => buildSearchQuery({}, [], 10)).toThrow(/no parsed query/);
  });

  it('continues a ranked page strictly after the cursor row', () => {
    const after = { order: 'rank' as const, rank: '0.25', id, filters: filtersKey({ q: 'x' }) };
    const built = buildSearchQuery({ q: 'x' }, [{ query: "'x'", configs: ['simple'] }], 10, after);
    expect(built.sql).toMatch(/END\) < \$3::real OR \(\(CASE .* END\) = \$3::real AND a\.id > \$4\)\)/);
    expect(built.params.slice(0, 4)).toEqual(["'x'", ['simple'], '0.25', id]);
  });

  it('lists newest first, undated last, and continues after dated and undated cursors', () => {
    const first = buildListQuery({}, 5);
    expect(first.sql).toMatch(/WHERE a\.published_at IS NOT NULL\s+ORDER BY a\.published_at DESC, a\.id ASC/);
    expect(first.sql).toMatch(
      /WHERE a\.published_at IS NULL\s+AND \(SELECT count\(\*\) FROM dated\) < \$1\s+ORDER BY a\.id ASC/,
    );
    expect(first.sql).toMatch(/ORDER BY list\.published_at DESC NULLS LAST, list\.id ASC/);
    expect(first.params).toEqual([5]);
    const dated = buildListQuery({ language: 'en' }, 5, {
      order: 'published',
      publishedAt: '2024-04-26T00:00:00.000000Z',
      id,
      filters: 'f',
    });
    expect(dated.sql).toMatch(
      /\(a\.published_at < \$3::timestamptz OR \(a\.published_at = \$3::timestamptz AND a\.id > \$2\)\)/,
    );
    expect(dated.params).toEqual(['en', id, '2024-04-26T00:00:00.000000Z', 5]);
    const undated = buildListQuery({}, 5, { order: 'published', publishedAt: null, id, filters: 'f' });
    expect(undated.sql).toMatch(/IS NOT NULL\s+AND false/);
    expect(undated.sql).toMatch(/a\.published_at IS NULL\s+AND a\.id > \$1/);
  });

  it('matches a source by uuid on the column, by name or URL through sources', () => {
    const uuid = '6f1c2a8e-3b4d-4c5e-8f90-123456789abc';
    expect(buildListQuery({ source: uuid.toUpperCase() }, 5)).toMatchObject({ params: [uuid, 5] });
    expect(buildListQuery({ source: uuid }, 5).sql).toMatch(/a\.source_id = \$1::uuid/);
    expect(buildListQuery({ source: 'Press TV' }, 5).sql).toMatch(/FROM sources s WHERE lower\(s\.name\)/);
  });

  it('uses an exact entity id for entityId and names or aliases for entity', () => {
    const exact = buildListQuery({ entityId: 'PER:sergei-shoigu' }, 5).sql;
    expect(exact).toMatch(/ae\.entity_id = \$1/);
    expect(exact).not.toMatch(/alias/);
    expect(buildListQuery({ entity: 'Shoigu' }, 5).sql).toMatch(/lower\(alias\) = lower\(\$1\)/);
  });
});
