import { EnrichedArticleV1 } from '@newsflow/contracts';
import { ARTICLE_COLUMNS, ArticleWrite, enrichmentRows, searchNames, toTimestamp } from './article-write-columns';

function write(articleId: string, enrichment: Partial<EnrichedArticleV1['enrichment']>): ArticleWrite {
  return {
    message: {
      articleId,
      article: { language: 'de' },
      enrichment: {
        language: null,
        entities: [],
        places: [],
        topics: [],
        fingerprint: 'f00dfeedcafebeef',
        ...enrichment,
      },
    } as unknown as EnrichedArticleV1,
    traceId: null,
    hash: 'h',
    revision: 1,
    sourceId: null,
  };
}

const mention = { start: 0, end: 3, text: 'abc' };

describe('page timestamps', () => {
  it('reads a day as midnight UTC and drops what does not parse', () => {
    expect(toTimestamp('2024-04-26')).toBe('2024-04-26T00:00:00.000Z');
    expect(toTimestamp('2024-04-26T10:00:00+02:00')).toBe('2024-04-26T08:00:00.000Z');
    expect(toTimestamp('soon')).toBeNull();
    expect(toTimestamp(null)).toBeNull();
  });
});

describe('article columns', () => {
  const value = (name: string, w: ArticleWrite) => ARTICLE_COLUMNS.find((c) => c.name === name)!.value(w);

  it('takes the language from the enricher, else the page, and its search configuration', () => {
    expect(value('language', write('a', {}))).toBe('de');
    expect(value('search_config', write('a', {}))).toBe('german');
    expect(value('search_config', write('a', { language: 'fr' }))).toBe('french');
  });

  it('lists the names found anywhere in the article once each: entities, their aliases, places', () => {
    const w = write('a', {
      entities: [
        { id: 'PER:sergei-shoigu', type: 'PER', name: 'Sergei Shoigu', aliases: ['Shoigu'], mentions: [mention] },
        { id: 'PER:shoigu', type: 'PER', name: 'Shoigu', aliases: [], mentions: [mention] },
      ],
      places: [{ id: 'kz', name: 'Kazakhstan', countryCode: 'KZ', lat: 48, lon: 68, mentions: [mention] }],
    });
    expect(searchNames(w.message)).toBe('Sergei Shoigu\nShoigu\nKazakhstan');
    expect(value('search_names', w)).toBe(searchNames(w.message));
    expect(searchNames(write('b', {}).message)).toBe('');
  });

  it('stores the fingerprint bands', () => {
    expect(['fp_band0', 'fp_band3'].map((n) => value(n, write('a', {})))).toEqual([0xf00d, 0xbeef]);
  });
});

describe('enrichment rows', () => {
  it('links each entity, place and topic once per article, shared rows once per batch in id order', () => {
    const rows = enrichmentRows([
      write('a', {
        entities: [
          { id: 'PER:zed', type: 'PER', name: 'Zed', aliases: [], mentions: [mention] },
          { id: 'ORG:acme', type: 'ORG', name: 'Acme', aliases: ['ACME'], mentions: [mention, mention] },
          { id: 'PER:zed', type: 'PER', name: 'Zed', aliases: [], mentions: [] },
        ],
        places: [
          { id: 'kz', name: 'Kazakhstan', countryCode: 'KZ', lat: 48, lon: 68, mentions: [mention] },
          { id: 'kz', name: 'Kazakhstan', countryCode: 'KZ', lat: 48, lon: 68, mentions: [] },
        ],
        topics: [
          { code: 'pol', label: 'Politics', score: 0.9 },
          { code: 'pol', label: 'Politics', score: 0.1 },
        ],
      }),
      write('b', { entities: [{ id: 'ORG:acme', type: 'ORG', name: 'Acme', aliases: [], mentions: [mention] }] }),
    ]);
    expect(rows.entities.map((e) => e.id)).toEqual(['ORG:acme', 'PER:zed']);
    expect(rows.articleEntities.map((r) => [r.articleId, r.entityId, r.mentions.length])).toEqual([
      ['a', 'PER:zed', 1],
      ['a', 'ORG:acme', 2],
      ['b', 'ORG:acme', 1],
    ]);
    expect(rows.places).toEqual([{ id: 'kz', name: 'Kazakhstan', countryCode: 'KZ', lat: 48, lon: 68, kind: null }]);
    expect(rows.articlePlaces).toEqual([{ articleId: 'a', placeId: 'kz', mentions: [mention] }]);
    expect(rows.articleTopics).toEqual([{ articleId: 'a', code: 'pol', label: 'Politics', score: 0.9 }]);
  });
});
