/**
 * The query API's stories in-process (Nest on port 0) against the real PostgreSQL, as the read-only role like in
 * production (api-query.test.ts style): the stories list, most recently active first and keyset-paginated, one
 * story, and a story's articles. A throw-away schema holds this run's stories, written by the indexer's story step.
 */
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { databaseUrlFromEnv, indexArticles } from '@newsflow/db';
import { renderGeneratedPage, STORY_FIXTURE_PAGES } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { ApiConfig } from '../../apps/api/src/api-config';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { StoryAssigner } from '../../apps/indexer/src/story-assigner';
import { createThrowawaySchema } from '../support/throwaway-schema';

jest.setTimeout(60_000);

const run = randomUUID().replace(/-/g, '').slice(0, 10);
const schema = `test_stories_api_${run}`;
const KEY = `test-key-${randomUUID()}`;
let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;
let app: INestApplication;
let url: string;

function readerUrl(): string {
  const u = new URL(databaseUrlFromEnv());
  u.username = 'newsflow_reader';
  u.password = 'newsflow_reader';
  return u.toString();
}

const config: ApiConfig = {
  port: 3000,
  host: '127.0.0.1',
  databaseUrl: readerUrl(),
  databaseSchema: schema,
  poolSize: 2,
  statementTimeoutMs: 5_000,
  requireKey: true,
  keys: [KEY],
  rateLimitPerMinute: 1_000,
};

const pages = STORY_FIXTURE_PAGES.map((p) => {
  const base = `http://${p.outlet.toLowerCase().replace(/\s+/g, '-')}-${run}.example`;
  return { page: p, message: enrichedArticleFor(renderGeneratedPage(base, { ...p, related: [] }), base + p.path) };
});
const landslide = pages.filter((p) => p.page.role !== 'unrelated');
const bank = pages.find((p) => p.page.role === 'unrelated')!;
let landslideStory: string;
let bankStory: string;

beforeAll(async () => {
  throwaway = await createThrowawaySchema(schema);
  const writer = await throwaway.open({ poolSize: 1 });
  const stories = new StoryAssigner({ cluster: {}, frequenciesSaveEveryMs: 60_000 });
  // The landslide first, the bank decision later: the bank's story is the most recently active.
  const first = await indexArticles(
    writer,
    landslide.map((p) => ({ message: p.message, traceId: null })),
    stories,
  );
  await new Promise((r) => setTimeout(r, 20));
  const second = await indexArticles(writer, [{ message: bank.message, traceId: null }], stories);
  landslideStory = first.get(landslide[0].message.articleId)!.storyId!;
  bankStory = second.get(bank.message.articleId)!.storyId!;
  await writer.destroy();
  app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await throwaway?.drop();
});

const get = (path: string, key: string | null = KEY) =>
  fetch(`${url}${path}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});

interface Story {
  id: string;
  title: string;
  articleCount: number;
  duplicateCount: number;
  closed: boolean;
  topPlaces: { name: string }[];
  firstSeenAt: string;
  lastSeenAt: string;
}

it('lists stories most recently active first, with their counts', async () => {
  const res = await get('/stories');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: Story[]; nextCursor: string | null };
  expect(body.items.map((s) => s.id)).toEqual([bankStory, landslideStory]);
  expect(body.nextCursor).toBeNull();
  const story = body.items[1];
  expect(story).toMatchObject({ title: landslide[0].page.title, articleCount: 4, duplicateCount: 1, closed: false });
  expect(story.topPlaces.map((p) => p.name)).toContain('Innsbruck');
  expect(Date.parse(story.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(story.firstSeenAt));
});

it('pages with a cursor bound to its parameters, and filters by size and status', async () => {
  const first = (await (await get('/stories?limit=1')).json()) as { items: Story[]; nextCursor: string };
  expect(first.items.map((s) => s.id)).toEqual([bankStory]);
  const second = (await (await get(`/stories?limit=1&cursor=${first.nextCursor}`)).json()) as {
    items: Story[];
    nextCursor: string | null;
  };
  expect(second.items.map((s) => s.id)).toEqual([landslideStory]);
  expect(second.nextCursor).toBeNull();
  const wrong = await get(`/stories?limit=1&status=open&cursor=${first.nextCursor}`);
  expect(wrong.status).toBe(400);

  const told = (await (await get('/stories?minArticles=2')).json()) as { items: Story[] };
  expect(told.items.map((s) => s.id)).toEqual([landslideStory]);
  const closed = (await (await get('/stories?status=closed')).json()) as { items: Story[] };
  expect(closed.items).toEqual([]);
});

it("serves one story and a story's articles, newest first", async () => {
  const one = await get(`/stories/${landslideStory}`);
  expect(one.status).toBe(200);
  expect(((await one.json()) as Story).articleCount).toBe(4);

  const res = await get(`/stories/${landslideStory}/articles`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { story: Story; items: { id: string; publishedAt: string }[] };
  expect(body.story.id).toBe(landslideStory);
  expect(body.items.map((a) => a.id).sort()).toEqual(landslide.map((p) => p.message.articleId).sort());
  const times = body.items.map((a) => a.publishedAt);
  expect(times).toEqual([...times].sort().reverse());

  const searched = (await (await get(`/stories/${landslideStory}/articles?q=Tauern`)).json()) as {
    items: { id: string }[];
  };
  expect(searched.items.length).toBeGreaterThan(0);
  for (const a of searched.items) expect(landslide.map((p) => p.message.articleId)).toContain(a.id);

  const detail = (await (await get(`/articles/${landslide[1].message.articleId}`)).json()) as { storyId: string };
  expect(detail.storyId).toBe(landslideStory);

  const bankArticles = (await (await get(`/stories/${bankStory}/articles`)).json()) as { items: { id: string }[] };
  expect(bankArticles.items.map((a) => a.id)).toEqual([bank.message.articleId]);
});

it('answers bad ids and parameters with a 400 naming each, unknown stories with a 404, no key with a 401', async () => {
  const bad = await get('/stories/not-a-story/articles?limit=0&entity=x');
  expect(bad.status).toBe(400);
  const problems = ((await bad.json()) as { problems: string[] }).problems.join('\n');
  expect(problems).toMatch(/id="not-a-story"/);
  expect(problems).toMatch(/limit="0"/);
  expect(problems).toMatch(/unknown parameter "entity"/);
  expect((await get('/stories?status=maybe')).status).toBe(400);
  expect((await get(`/stories/${'0'.repeat(32)}`)).status).toBe(404);
  expect((await get(`/stories/${'0'.repeat(32)}/articles`)).status).toBe(404);
  expect((await get('/stories', null)).status).toBe(401);
});
