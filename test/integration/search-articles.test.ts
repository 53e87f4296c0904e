/**
 * The read side (libs/db article-queries) on the real PostgreSQL: full-text search in the article's language,
 * entity / place / country / language / date filters, keyset pagination, the article detail and the reader
 * role's grants. Runs in a throw-away schema, so counts are exact whatever other tests stored.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { enrichArticle } from '@newsflow/enrichment';
import { renderReferenceArticlePage } from '@newsflow/fixture-site';
import { enrichedArticleFor, toEnrichedArticle } from '@newsflow/pipeline';
import { ArticleQueryError, getArticle, indexArticles, parseArticleQuery, searchArticles } from '@newsflow/db';
import { createThrowawaySchema } from '../support/throwaway-schema';
import { FUTURE_READER_TABLES, READER_TABLES } from '../../libs/db/src/migrations/reader-access';

jest.setTimeout(60_000);

const run = randomUUID().replace(/-/g, '').slice(0, 10);
const schema = `test_search_${run}`;
const base = `http://search-test-${run}.example`;
let ds: DataSource;
let reference: EnrichedArticleV1;
let german: EnrichedArticleV1;
let others: EnrichedArticleV1[];
let undated: EnrichedArticleV1[];

/** A short article of our own (not the reference text), enriched by the real pipeline code. */
function smallArticle(path: string, title: string, text: string, publishedAt: string | null, language: string) {
  const msg = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), `${base}${path}`);
  const article = { ...msg.article, title, description: null, text, publishedAt, language };
  return toEnrichedArticle({ ...msg, article }, enrichArticle({ title, text, publishedAt, language }), new Date());
}

let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;

beforeAll(async () => {
  throwaway = await createThrowawaySchema(schema);
  ds = await throwaway.open();
  reference = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), `${base}/Detail/2024/04/26/reference`);
  german = smallArticle(
    '/de/1',
    'Minister reisen nach Astana',
    'Die Verteidigungsminister trafen sich in Astana. Die Gespräche über Sicherheit dauerten lange.',
    '2024-04-20T08:00:00Z',
    'de',
  );
  others = Array.from({ length: 5 }, (_, i) =>
    smallArticle(
      `/other/${i}`,
      `Harbour report ${i}`,
      `The harbour of Rotterdam handled ${i + 1} million containers. Shipping lines expanded their routes.`,
      `2024-03-0${i + 1}T12:00:00Z`,
      'en',
    ),
  );
  undated = [1, 2].map((i) =>
    smallArticle(`/undated/${i}`, `Weather note ${i}`, 'Snow is expected on the mountain passes.', null, 'en'),
  );
  await indexArticles(
    ds,
    [reference, german, ...others, ...undated].map((message) => ({ message, traceId: null })),
  );
});

afterAll(async () => {
  await ds?.destroy();
  await throwaway?.drop();
});

const search = (raw: Record<string, string>) => searchArticles(ds, parseArticleQuery(raw));

it('finds the reference article by "Shoigu Astana", ranked, with a highlighted snippet', async () => {
  const page = await search({ q: 'Shoigu Astana' });
  expect(page.items.map((a) => a.id)).toEqual([reference.articleId]);
  const hit = page.items[0];
  expect(hit.rank).toBeGreaterThan(0);
  expect(hit.title).toBe(reference.article.title);
  expect(hit.snippet).toMatch(/<mark>Shoigu<\/mark>/);
  expect(hit.snippet).toMatch(/<mark>Astana<\/mark>/);
  expect(page.nextCursor).toBeNull();
});

it('uses web-search syntax: OR, exclusion and phrases', async () => {
  const either = await search({ q: 'Shoigu or Rotterdam' });
  expect(either.items).toHaveLength(6);
  const excluded = await search({ q: 'Astana -Shoigu' });
  expect(excluded.items.map((a) => a.id)).toEqual([german.articleId]);
  const phrase = await search({ q: '"containers Rotterdam"' });
  expect(phrase.items).toHaveLength(0);
  // Punctuation only parses to an empty query in every configuration: no match, no error.
  expect(await search({ q: '!!! ...' })).toEqual({ items: [], nextCursor: null });
});

it("matches each article in its own language's stemming", async () => {
  // "Gespräch" is stemmed by the German configuration to the same lexeme as "Gespräche" in the text.
  const page = await search({ q: 'Gespräch' });
  expect(page.items.map((a) => a.id)).toEqual([german.articleId]);
  // English stemming: "containers" in the text, "container" in the query.
  expect((await search({ q: 'container' })).items).toHaveLength(5);
});

it('filters by entity id, entity name (any case) and country', async () => {
  for (const entity of ['PER:sergei-shoigu', 'Sergei Shoigu', 'sergei shoigu']) {
    expect((await search({ entity })).items.map((a) => a.id)).toEqual([reference.articleId]);
  }
  // The German article names Astana too: newest first, the reference article (26 April) leads.
  const kz = [reference.articleId, german.articleId];
  expect((await search({ country: 'kz' })).items.map((a) => a.id)).toEqual(kz);
  expect((await search({ country: 'KZ', q: 'Shoigu Astana' })).items).toHaveLength(1);
  expect((await search({ country: 'FR' })).items).toHaveLength(0);
  expect((await search({ entity: 'Nobody Atall' })).items).toHaveLength(0);
  // An alias the enricher grouped under the entity ("Shoigu" alone, say) finds it too, in any case.
  const detail = await getArticle(ds, reference.articleId);
  const aliases = detail!.entities.find((e) => e.id === 'PER:sergei-shoigu')!.aliases;
  expect(aliases.length).toBeGreaterThan(0);
  for (const alias of aliases) {
    expect((await search({ entity: alias.toUpperCase() })).items.map((a) => a.id)).toContain(reference.articleId);
  }
});

it('filters by place name, language and publication dates', async () => {
  const astana = [reference.articleId, german.articleId];
  expect((await search({ place: 'astana' })).items.map((a) => a.id)).toEqual(astana);
  expect((await search({ place: 'Rotterdam' })).items).toHaveLength(5);
  expect((await search({ language: 'de' })).items.map((a) => a.id)).toEqual([german.articleId]);
  const march = await search({ from: '2024-03-02', to: '2024-03-04' });
  expect(march.items.map((a) => a.title)).toEqual(['Harbour report 3', 'Harbour report 2', 'Harbour report 1']);
});

it('pages through a list with keyset cursors, newest first, without repeats or gaps', async () => {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = await search({ limit: '2', ...(cursor ? { cursor } : {}) });
    seen.push(...page.items.map((a) => a.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  // 9 articles in pages of 2: the fourth page ends on an undated article, so the fifth starts from its cursor.
  expect(seen).toHaveLength(9);
  expect(new Set(seen).size).toBe(9);
  const all = await search({ limit: '100' });
  expect(seen).toEqual(all.items.map((a) => a.id));
  const dates = all.items.map((a) => a.publishedAt ?? '');
  expect([...dates].sort().reverse()).toEqual(dates);
  expect(seen.slice(-2).sort()).toEqual(undated.map((a) => a.articleId).sort());
  expect(all.items.slice(-2).map((a) => a.publishedAt)).toEqual([null, null]);
});

it('pages through ranked search results with cursors', async () => {
  const first = await search({ q: 'harbour', limit: '3' });
  expect(first.items).toHaveLength(3);
  expect(first.nextCursor).not.toBeNull();
  const second = await search({ q: 'harbour', limit: '3', cursor: first.nextCursor! });
  expect(second.items).toHaveLength(2);
  expect(second.nextCursor).toBeNull();
  const ids = [...first.items, ...second.items].map((a) => a.id);
  expect(new Set(ids).size).toBe(5);
  const ranks = [...first.items, ...second.items].map((a) => a.rank!);
  expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
});

it('rejects a cursor replayed with other parameters, or forged', async () => {
  const first = await search({ q: 'harbour', limit: '2' });
  await expect(search({ q: 'container', limit: '2', cursor: first.nextCursor! })).rejects.toThrow(
    /cursor: it belongs to a query with other parameters/,
  );
  await expect(search({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(ArticleQueryError);
});

it('returns one article with its entities, places, revisions and duplicates', async () => {
  const detail = await getArticle(ds, reference.articleId);
  expect(detail).not.toBeNull();
  expect(detail!.text).toBe(reference.article.text);
  expect(detail!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Sergei Shoigu']));
  expect(detail!.places.map((p) => p.countryCode)).toEqual(expect.arrayContaining(['KZ']));
  expect(detail!.revisions).toEqual([expect.objectContaining({ revision: 1, title: reference.article.title })]);
  expect(detail!.duplicates).toEqual({ duplicateOf: [], duplicatedBy: [] });
  expect(await getArticle(ds, '0'.repeat(32))).toBeNull();
});

it('links a near-duplicate both ways in the detail', async () => {
  const copy = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), `${base}/copy/reference`);
  await indexArticles(ds, [{ message: copy, traceId: null }]);
  const original = await getArticle(ds, reference.articleId);
  expect(original!.duplicates.duplicatedBy.map((d) => d.id)).toEqual([copy.articleId]);
  const duplicate = await getArticle(ds, copy.articleId);
  expect(duplicate!.duplicates.duplicateOf).toEqual([
    expect.objectContaining({ id: reference.articleId, distance: expect.any(Number) }),
  ]);
});

it('the reader role may read the published tables only (reader-access.ts) and write none', async () => {
  const rows: { table_name: string; can_select: boolean; can_insert: boolean }[] = await ds.query(
    `SELECT table_name,
            has_table_privilege('newsflow_reader', format('%I.%I', table_schema, table_name), 'SELECT') AS can_select,
            has_table_privilege('newsflow_reader', format('%I.%I', table_schema, table_name), 'INSERT') AS can_insert
       FROM information_schema.tables WHERE table_schema = $1`,
    [schema],
  );
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.filter((r) => r.can_insert)).toEqual([]);
  expect(
    rows
      .filter((r) => r.can_select)
      .map((r) => r.table_name)
      .sort(),
  ).toEqual([...READER_TABLES, ...FUTURE_READER_TABLES].sort());
});
