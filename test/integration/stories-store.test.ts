/**
 * Story assignment in the indexer's write transaction, on the real PostgreSQL: three outlets' versions of one event
 * in one story, a wire copy joining it as a near-duplicate, an unrelated article in a story of its own; two
 * indexer replicas (two assigners on their own pools) writing at the same time still agree on one story; a
 * transaction that rolls back leaves neither the store nor the replica's stories changed; the reader role reads
 * the published story tables and not the clustering state.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EnrichedArticleV1, StoryEventContract } from '@newsflow/contracts';
import { indexArticles, IndexResult, IndexTransactionStep } from '@newsflow/db';
import { STORY_FIXTURE_PAGES, StoryFixturePage, renderGeneratedPage } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { StoryAssigner } from '../../apps/indexer/src/story-assigner';
import { createThrowawaySchema } from '../support/throwaway-schema';

jest.setTimeout(90_000);

const run = randomUUID().replace(/-/g, '').slice(0, 10);
const hostOf = (outlet: string) => `http://${outlet.toLowerCase().replace(/\s+/g, '-')}-${run}.example`;

/** Each fixture page as the enricher gives it to the indexer, at its outlet's own host. */
function enriched(page: StoryFixturePage, variant = ''): EnrichedArticleV1 {
  const base = hostOf(page.outlet);
  const html = renderGeneratedPage(base, { ...page, related: [] });
  return enrichedArticleFor(html, `${base}${page.path}${variant}`);
}

const events = STORY_FIXTURE_PAGES.filter((p) => p.role === 'event');
const copy = STORY_FIXTURE_PAGES.find((p) => p.role === 'copy')!;
const unrelated = STORY_FIXTURE_PAGES.find((p) => p.role === 'unrelated')!;

const assigner = () => new StoryAssigner({ cluster: {}, frequenciesSaveEveryMs: 60_000 });
const index = (ds: DataSource, messages: EnrichedArticleV1[], step: IndexTransactionStep) =>
  indexArticles(
    ds,
    messages.map((message) => ({ message, traceId: null })),
    step,
  );

describe('one replica', () => {
  let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;
  let ds: DataSource;
  const stories = assigner();
  const results = new Map<string, IndexResult>();

  beforeAll(async () => {
    throwaway = await createThrowawaySchema(`test_stories_${run}`);
    ds = await throwaway.open({ poolSize: 4 });
    // As the stream brings them: one outlet first, then the others with the unrelated article, then the copy.
    for (const batch of [[events[0]], [events[1], unrelated, events[2]], [copy]]) {
      for (const [id, r] of await index(
        ds,
        batch.map((p) => enriched(p)),
        stories,
      ))
        results.set(id, r);
    }
  });

  afterAll(async () => {
    await ds?.destroy();
    await throwaway?.drop();
  });

  const idOf = (page: StoryFixturePage) => enriched(page).articleId;

  it('puts the three outlets’ versions and the wire copy in one story, the unrelated article in another', async () => {
    const story = results.get(idOf(events[0]))!.storyId!;
    expect(story).toMatch(/^[0-9a-f]{32}$/);
    for (const p of [...events, copy]) expect(results.get(idOf(p))!.storyId).toBe(story);
    expect(results.get(idOf(copy))!.event).toBe('duplicate');
    const other = results.get(idOf(unrelated))!.storyId!;
    expect(other).toMatch(/^[0-9a-f]{32}$/);
    expect(other).not.toBe(story);

    const links: { article_id: string; story_id: string; joined_by: string; similarity: number | null }[] =
      await ds.query(`SELECT article_id, story_id, joined_by, similarity FROM story_articles ORDER BY joined_at`);
    const by = new Map(links.map((l) => [l.article_id, l]));
    expect(by.get(idOf(events[0]))).toMatchObject({ story_id: story, joined_by: 'seed', similarity: null });
    for (const p of events.slice(1)) {
      expect(by.get(idOf(p))).toMatchObject({ story_id: story, joined_by: 'similarity' });
      expect(by.get(idOf(p))!.similarity).toBeGreaterThan(0.3);
    }
    expect(by.get(idOf(copy))).toMatchObject({ story_id: story, joined_by: 'duplicate', similarity: null });
    expect(by.get(idOf(unrelated))).toMatchObject({ story_id: other, joined_by: 'seed' });
  });

  it('keeps the story: first and last seen, counts, top entities and places, open', async () => {
    const story = results.get(idOf(events[0]))!.storyId!;
    const [row] = await ds.query(`SELECT * FROM stories WHERE id = $1`, [story]);
    expect(row).toMatchObject({
      title: events[0].title,
      first_article_id: idOf(events[0]),
      article_count: 4,
      duplicate_count: 1,
      closed: false,
    });
    expect(row.last_seen_at.getTime()).toBeGreaterThanOrEqual(row.first_seen_at.getTime());
    expect(row.first_published_at.toISOString()).toBe(new Date(events[0].publishedAt).toISOString());
    expect(row.last_published_at.toISOString()).toBe(new Date(events[2].publishedAt).toISOString());
    const places = (row.top_places as { name: string; articles: number }[]).map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['Innsbruck']));
    const entities = (row.top_entities as { name: string; articles: number }[]).map((e) => e.name);
    expect(entities).toEqual(expect.arrayContaining(['Mara Lindqvist', 'Anton Mattle']));
    expect((row.top_entities as { articles: number }[])[0].articles).toBe(3);
    // The open story's clustering state is stored with it, for other replicas and the next process.
    const [state] = await ds.query(`SELECT state FROM story_clusters WHERE story_id = $1`, [story]);
    expect(state.state).toMatchObject({ id: story, articleCount: 4 });
  });

  it('hands out story events: created with the first article, updated as others join, each valid', () => {
    const story = results.get(idOf(events[0]))!.storyId!;
    const all = [...results.values()].flatMap((r) => r.storyEvents ?? []);
    for (const e of all) expect(StoryEventContract.validate(e)).toBe(e);
    const mine = all.filter((e) => e.storyId === story);
    expect(mine.map((e) => [e.event, e.articleCount])).toEqual([
      ['created', 1],
      ['updated', 3],
      ['updated', 4],
    ]);
    expect(mine.map((e) => e.version)).toEqual([...mine.map((e) => e.version)].sort((a, b) => a - b));
    expect(mine[2].addedArticleIds).toEqual([idOf(copy)]);
  });

  it('leaves an article’s story as it is when the article changes', async () => {
    const edited = enriched(events[1]);
    edited.article = { ...edited.article, text: `${edited.article.text}\n\nThe line reopened on Saturday.` };
    const r = (await index(ds, [edited], stories)).get(edited.articleId)!;
    expect(r.event).toBe('updated');
    expect(r.storyId).toBe(results.get(idOf(events[0]))!.storyId);
    expect(r.storyEvents ?? []).toEqual([]);
  });

  it('lets the reader role read stories and their articles, never the clustering state', async () => {
    const [{ exists }] = await ds.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_reader')`);
    if (!exists) return; // the local stack creates it; an operator's database may not have it
    const can = async (table: string) =>
      (
        await ds.query(`SELECT has_table_privilege('newsflow_reader', $1, 'SELECT') AS ok`, [
          `${throwaway.schema}.${table}`,
        ])
      )[0].ok;
    expect(await can('stories')).toBe(true);
    expect(await can('story_articles')).toBe(true);
    expect(await can('story_clusters')).toBe(false);
    expect(await can('story_clock')).toBe(false);
  });
});

describe('two replicas and a rolled-back transaction', () => {
  let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;
  let one: DataSource;
  let two: DataSource;

  beforeAll(async () => {
    throwaway = await createThrowawaySchema(`test_stories2_${run}`);
    one = await throwaway.open({ poolSize: 3 });
    two = await throwaway.open({ poolSize: 3 });
  });

  afterAll(async () => {
    await Promise.all([one?.destroy(), two?.destroy()]);
    await throwaway?.drop();
  });

  it('agree on one story when they index its versions at the same moment', async () => {
    const a = assigner();
    const b = assigner();
    const [first, second] = await Promise.all([
      index(one, [enriched(events[0], '?r=1')], a),
      index(two, [enriched(events[1], '?r=1')], b),
    ]);
    const storyA = [...first.values()][0].storyId;
    const storyB = [...second.values()][0].storyId;
    expect(storyA).toBe(storyB);
    // The replica that did not see the story being created learns it from the store before its next batch.
    const third = await index(one, [enriched(events[2], '?r=1')], a);
    expect([...third.values()][0].storyId).toBe(storyA);
    const [{ n }] = await one.query(`SELECT count(*)::int AS n FROM stories`);
    expect(n).toBe(1);
  });

  it('forgets a plan whose transaction rolled back', async () => {
    const c = assigner();
    const failing: IndexTransactionStep = {
      async run(m, results, messages) {
        await c.run(m, results, messages);
        throw new Error('the transaction fails after the story step');
      },
    };
    const article = enriched(unrelated, '?r=2');
    await expect(index(one, [article], failing)).rejects.toThrow(/fails after the story step/);
    const [{ n }] = await one.query(`SELECT count(*)::int AS n FROM story_articles WHERE article_id = $1`, [
      article.articleId,
    ]);
    expect(n).toBe(0);
    expect(c.openStories).toBe(1); // the landslide story it caught up on, not the planned one
    const retried = (await index(one, [article], c)).get(article.articleId)!;
    expect(retried.storyEvents?.map((e) => e.event)).toEqual(['created']);
    expect(c.openStories).toBe(2);
  });
});

describe('quiet stories', () => {
  let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;
  let ds: DataSource;
  let now = new Date('2026-11-18T12:00:00Z');
  const stories = new StoryAssigner({
    cluster: { quietPeriodMs: 6 * 3600_000 },
    frequenciesSaveEveryMs: 60_000,
    clock: () => now,
  });

  beforeAll(async () => {
    throwaway = await createThrowawaySchema(`test_stories3_${run}`);
    ds = await throwaway.open({ poolSize: 2 });
  });

  afterAll(async () => {
    await ds?.destroy();
    await throwaway?.drop();
  });

  it('close after the quiet period; a copy of one of their articles still joins, and they stay closed', async () => {
    const original = enriched(events[0], '?q=1');
    const first = (await index(ds, [original], stories)).get(original.articleId)!;
    const story = first.storyId!;

    now = new Date(now.getTime() + 7 * 3600_000);
    const later = enriched(unrelated, '?q=1');
    const second = (await index(ds, [later], stories)).get(later.articleId)!;
    expect(second.storyId).not.toBe(story);
    const closing = second.storyEvents!.find((e) => e.storyId === story)!;
    expect(closing).toMatchObject({ event: 'updated', closed: true, articleCount: 1, addedArticleIds: [] });
    const [row] = await ds.query(`SELECT closed, closed_at FROM stories WHERE id = $1`, [story]);
    expect(row.closed).toBe(true);
    expect(row.closed_at.toISOString()).toBe(now.toISOString());
    expect(await ds.query(`SELECT 1 FROM story_clusters WHERE story_id = $1`, [story])).toEqual([]);

    // A wire copy of the first article, long after: a near-duplicate joins its original's story, closed or not.
    const copy = enriched({ ...events[0], outlet: 'Wire Reprints' }, '?q=1');
    const third = (await index(ds, [copy], stories)).get(copy.articleId)!;
    expect(third).toMatchObject({ event: 'duplicate', duplicateOf: original.articleId, storyId: story });
    const update = third.storyEvents!.find((e) => e.storyId === story)!;
    expect(StoryEventContract.validate(update)).toBe(update);
    expect(update).toMatchObject({
      closed: true,
      articleCount: 2,
      duplicateCount: 1,
      addedArticleIds: [copy.articleId],
    });
    const [after] = await ds.query(`SELECT closed, article_count FROM stories WHERE id = $1`, [story]);
    expect(after).toEqual({ closed: true, article_count: 2 });
    const [link] = await ds.query(`SELECT story_id, joined_by FROM story_articles WHERE article_id = $1`, [
      copy.articleId,
    ]);
    expect({ story: link.story_id, by: link.joined_by }).toEqual({ story, by: 'duplicate' });
  });
});
