/** The indexer's write path on the real PostgreSQL: idempotence, revisions, enrichment rows, near-duplicates. */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { indexArticles } from '@newsflow/db';
import { enrichArticle } from '@newsflow/enrichment';
import { renderReferenceArticlePage } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { createThrowawaySchema } from '../support/throwaway-schema';

jest.setTimeout(60_000);

let ds: DataSource;
const run = randomUUID().slice(0, 8).replace(/-/g, '');
const base = `http://store-test-${run}.example`;
let reference: EnrichedArticleV1;

// A throw-away schema: near-duplicate detection must not see the copies other tests and demos stored.
const schema = `test_store_${run}`;

let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;

beforeAll(async () => {
  throwaway = await createThrowawaySchema(schema);
  ds = await throwaway.open();
  reference = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), `${base}/Detail/2024/04/26/reference`);
});

afterAll(async () => {
  await ds?.destroy();
  await throwaway?.drop();
});

const count = async (sql: string, params: unknown[]) => Number((await ds.query(sql, params))[0].n);
const withText = (msg: EnrichedArticleV1, url: string, edit: (t: string) => string): EnrichedArticleV1 => {
  const copy = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), url);
  return { ...copy, article: { ...copy.article, text: edit(msg.article.text) } };
};

it('stores a new article with its entities, places and topics, once', async () => {
  const r = await indexArticles(ds, [{ message: reference, traceId: 'a'.repeat(32) }]);
  expect(r.get(reference.articleId)).toMatchObject({ event: 'created', revision: 1, duplicateOf: null });
  const id = reference.articleId;
  expect(await count(`SELECT count(*) n FROM articles WHERE id = $1`, [id])).toBe(1);
  expect(await count(`SELECT count(*) n FROM article_revisions WHERE article_id = $1`, [id])).toBe(1);
  const people: { name: string }[] = await ds.query(
    `SELECT e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = $1 AND e.type = 'PER'`,
    [id],
  );
  expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Sergei Shoigu', 'Mohammad Reza Ashtiani']));
  const countries: { country_code: string }[] = await ds.query(
    `SELECT DISTINCT p.country_code FROM article_places ap JOIN places p ON p.id = ap.place_id WHERE ap.article_id = $1`,
    [id],
  );
  expect(countries.map((c) => c.country_code)).toEqual(expect.arrayContaining(['KZ', 'IR', 'RU', 'SY']));
  expect(
    await count(`SELECT sum(jsonb_array_length(mentions)) n FROM article_entities WHERE article_id = $1`, [id]),
  ).toBeGreaterThan(10);
  const [{ search_config }] = await ds.query(`SELECT search_config::text FROM articles WHERE id = $1`, [id]);
  expect(search_config).toBe('english');
});

it('indexing the same content again changes nothing (a replay leaves the store as it was)', async () => {
  const before = await ds.query(`SELECT indexed_at, revision FROM articles WHERE id = $1`, [reference.articleId]);
  const r = await indexArticles(ds, [
    { message: reference, traceId: 'b'.repeat(32) },
    { message: reference, traceId: 'c'.repeat(32) },
  ]);
  expect(r.get(reference.articleId)!.event).toBe('unchanged');
  expect(await ds.query(`SELECT indexed_at, revision FROM articles WHERE id = $1`, [reference.articleId])).toEqual(
    before,
  );
  expect(await count(`SELECT count(*) n FROM article_revisions WHERE article_id = $1`, [reference.articleId])).toBe(1);
});

it('a changed body makes the next revision and replaces the enrichment rows', async () => {
  const changed: EnrichedArticleV1 = {
    ...reference,
    article: { ...reference.article, text: reference.article.text + '\n\nThe meeting ended on Friday evening.' },
  };
  const r = await indexArticles(ds, [{ message: changed, traceId: null }]);
  expect(r.get(reference.articleId)).toMatchObject({ event: 'updated', revision: 2 });
  const revisions: { revision: number }[] = await ds.query(
    `SELECT revision FROM article_revisions WHERE article_id = $1 ORDER BY revision`,
    [reference.articleId],
  );
  expect(revisions.map((x) => x.revision)).toEqual([1, 2]);
  // Replaced, not added to: the same entity is linked once.
  expect(
    await count(`SELECT count(*) n FROM article_entities WHERE article_id = $1 AND entity_id = $2`, [
      reference.articleId,
      reference.enrichment.entities.find((e) => e.name === 'Sergei Shoigu')!.id,
    ]),
  ).toBe(1);
});

it('links a near-duplicate (a syndicated copy at another URL) to the original instead of storing it as unrelated', async () => {
  // A copy with a few words changed, its fingerprint computed by the enricher from its own text.
  const copy = withText(reference, `${base}/syndicated/copy-of-reference`, (t) =>
    t
      .replace('should oppose unilateralism', 'must oppose unilateralism')
      .replace('Ashtiani emphasized', 'Ashtiani said'),
  );
  expect(copy.article.text).not.toBe(reference.article.text);
  copy.enrichment.fingerprint = enrichArticle({ text: copy.article.text, publishedAt: '2024-04-26' }).fingerprint;
  expect(copy.enrichment.fingerprint).not.toBe(reference.enrichment.fingerprint);
  const r = await indexArticles(ds, [{ message: copy, traceId: null }]);
  expect(r.get(copy.articleId)).toMatchObject({ event: 'duplicate', duplicateOf: reference.articleId });
  const [{ distance }] = await ds.query(`SELECT distance FROM near_duplicates WHERE article_id = $1`, [copy.articleId]);
  expect(distance).toBeGreaterThan(0);
  expect(
    await count(`SELECT count(*) n FROM near_duplicates WHERE article_id = $1 AND duplicate_of = $2`, [
      copy.articleId,
      reference.articleId,
    ]),
  ).toBe(1);
  expect(await count(`SELECT count(*) n FROM articles WHERE id = $1`, [copy.articleId])).toBe(1);
});

it('handles several messages for one article inside a batch: the last state wins, stored once', async () => {
  const url = `${base}/batch/${randomUUID()}`;
  const first = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), url);
  const second: EnrichedArticleV1 = {
    ...first,
    article: { ...first.article, title: 'Second title' },
    enrichment: { ...first.enrichment, fingerprint: '0000000000000001' },
  };
  const r = await indexArticles(ds, [
    { message: first, traceId: null },
    { message: second, traceId: null },
  ]);
  expect(r.get(first.articleId)!.revision).toBe(1);
  const rows: { title: string }[] = await ds.query(`SELECT title FROM articles WHERE id = $1`, [first.articleId]);
  expect(rows).toEqual([{ title: 'Second title' }]);
});
