/**
 * Stories on the stream, end to end on the real stack: the four services as processes against the real Kafka
 * broker and PostgreSQL, four fixture outlets on loopback (each its own host:port). Three outlets report one
 * invented event in their own words, a fourth republishes one of them (a wire copy), and one outlet has an
 * unrelated article the same day. The three versions and the copy end up in one story, the unrelated article in
 * another: on the indexed events (storyId), in the store, and on the compacted stories topic (keyed by story id).
 *
 * The store is the shared one: on a rerun the articles (new URLs, same words) join the stories an earlier run left
 * open, as they should; so the test asserts which articles share a story, never that the story is new.
 */
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  IndexedArticleV1,
  StoryEventContract,
  StoryEventV1,
  Topics,
  articleIdFor,
  deadLetterTopic,
} from '@newsflow/contracts';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import {
  FixtureNewsSite,
  STORY_FIXTURE_OUTLETS,
  STORY_FIXTURE_PAGES,
  startFixtureNewsSite,
  storyFixtureArticles,
} from '@newsflow/fixture-site';
import { PipelineServices, startPipelineServices } from '@newsflow/stack';
import { collectTopics, CollectedMessage, testKafka, testProducer, waitUntil } from '../support/kafka-helpers';
import { fetchRequest } from '../support/sample-messages';

jest.setTimeout(180_000);

let sites: Map<string, FixtureNewsSite>;
let services: PipelineServices;
let ds: DataSource;
let kafka: Kafka;
let producer: Producer;
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };

/** Each fixture page's URL at its outlet's site. */
const urlOf = (page: (typeof STORY_FIXTURE_PAGES)[number]) => sites.get(page.outlet)!.baseUrl + page.path;

beforeAll(async () => {
  sites = new Map(
    await Promise.all(
      STORY_FIXTURE_OUTLETS.map(
        async (outlet) =>
          [
            outlet,
            await startFixtureNewsSite({ withoutReferenceArticle: true, extraArticles: storyFixtureArticles(outlet) }),
          ] as const,
      ),
    ),
  );
  kafka = testKafka();
  collector = await collectTopics(kafka, [
    Topics.articlesIndexed.name,
    Topics.stories.name,
    deadLetterTopic('indexer').name,
  ]);
  producer = await testProducer(kafka);
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 2 });
  await ds.initialize();
  services = startPipelineServices({
    FETCH_ALLOW_HOSTS: [...sites.values()].map((s) => `127.0.0.1:${s.port}`).join(','),
    FETCH_HOST_INTERVAL_MS: '0',
  });
  await services.ready;
});

afterAll(async () => {
  await services?.stop();
  await Promise.all([
    collector?.stop(),
    producer?.disconnect(),
    ds?.destroy(),
    ...[...(sites?.values() ?? [])].map((s) => s.close()),
  ]);
});

describe('three outlets, one event', () => {
  let indexed: Map<string, IndexedArticleV1>;

  beforeAll(async () => {
    // All at once, as a newsroom's feeds would bring them: the indexer sees them in whatever batches and order.
    const requests = STORY_FIXTURE_PAGES.map((p) => fetchRequest(urlOf(p)));
    await producer.send({
      topic: Topics.fetchRequests.name,
      messages: requests.map((r) => ({ key: r.articleId, value: JSON.stringify(r) })),
    });
    const ids = new Set(requests.map((r) => r.articleId));
    indexed = await waitUntil(
      'every story fixture article on the indexed topic',
      () => {
        const found = new Map<string, IndexedArticleV1>();
        for (const m of collector.messages) {
          if (m.topic !== Topics.articlesIndexed.name || !m.key || !ids.has(m.key)) continue;
          found.set(m.key, JSON.parse(m.value!) as IndexedArticleV1);
        }
        return found.size === ids.size ? found : undefined;
      },
      120_000,
    );
  });

  const idOf = (page: (typeof STORY_FIXTURE_PAGES)[number]) => articleIdFor(urlOf(page));
  const landslide = () => STORY_FIXTURE_PAGES.filter((p) => p.role !== 'unrelated');
  const bank = () => STORY_FIXTURE_PAGES.find((p) => p.role === 'unrelated')!;

  it('gives the three versions and the wire copy one storyId on their indexed events, the unrelated article another', () => {
    const story = indexed.get(idOf(landslide()[0]))!.storyId;
    expect(story).toMatch(/^[0-9a-f]{32}$/);
    for (const p of landslide())
      expect({ outlet: p.outlet, story: indexed.get(idOf(p))!.storyId }).toEqual({
        outlet: p.outlet,
        story,
      });
    const other = indexed.get(idOf(bank()))!.storyId;
    expect(other).toMatch(/^[0-9a-f]{32}$/);
    expect(other).not.toBe(story);
    // The copy is linked to its original as a near-duplicate (whichever of the two the indexer saw first).
    const copy = STORY_FIXTURE_PAGES.find((p) => p.role === 'copy')!;
    const original = STORY_FIXTURE_PAGES.find((p) => p.outlet === copy.copyOf)!;
    const pair = [indexed.get(idOf(copy))!, indexed.get(idOf(original))!];
    expect(pair.some((e) => e.event === 'duplicate')).toBe(true);
  });

  it('keeps the story and its articles in the store', async () => {
    const story = indexed.get(idOf(landslide()[0]))!.storyId!;
    const links: { article_id: string; story_id: string }[] = await ds.query(
      `SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1)`,
      [STORY_FIXTURE_PAGES.map(idOf)],
    );
    const byArticle = new Map(links.map((l) => [l.article_id.trim(), l.story_id.trim()]));
    for (const p of landslide()) expect(byArticle.get(idOf(p))).toBe(story);
    expect(byArticle.get(idOf(bank()))).toBe(indexed.get(idOf(bank()))!.storyId);
    const [row] = await ds.query(`SELECT article_count, top_places, closed FROM stories WHERE id = $1`, [story]);
    expect(row.article_count).toBeGreaterThanOrEqual(4);
    expect(row.closed).toBe(false);
    expect((row.top_places as { name: string }[]).map((p) => p.name)).toContain('Innsbruck');
  });

  it('announces the stories on the compacted stories topic, keyed by story id, each article added once', async () => {
    const story = indexed.get(idOf(landslide()[0]))!.storyId!;
    const events = await waitUntil('story events naming every landslide article', () => {
      const mine = collector.messages
        .filter((m) => m.topic === Topics.stories.name && m.key === story)
        .map((m) => ({ headers: m.headers, event: JSON.parse(m.value!) as StoryEventV1 }));
      const added = mine.flatMap((e) => e.event.addedArticleIds);
      return landslide().every((p) => added.includes(idOf(p))) ? mine : undefined;
    });
    for (const { headers, event } of events) {
      expect(StoryEventContract.validate(event)).toBe(event);
      expect(headers['newsflow-schema']).toBe('story-event/1');
      expect(event.storyId).toBe(story);
    }
    const added = events.flatMap((e) => e.event.addedArticleIds).filter((id) => landslide().map(idOf).includes(id));
    expect(added.sort()).toEqual(landslide().map(idOf).sort());
    const latest = events.reduce((a, b) => (b.event.version > a.event.version ? b : a)).event;
    expect(latest.articleCount).toBeGreaterThanOrEqual(4);
    expect(latest.topEntities.map((e) => e.name)).toEqual(expect.arrayContaining(['Mara Lindqvist']));
    expect(Topics.stories.cleanupPolicy).toBe('compact');

    const bankEvents = collector.messages.filter(
      (m) => m.topic === Topics.stories.name && m.key === indexed.get(idOf(bank()))!.storyId,
    );
    expect(bankEvents.length).toBeGreaterThan(0);
    expect(collector.messages.filter((m) => m.topic === deadLetterTopic('indexer').name)).toEqual([]);
  });
});
