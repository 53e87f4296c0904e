/**
 * The query API in-process (Nest on port 0) against the real PostgreSQL, connected as the read-only role
 * newsflow_reader like in production. A throw-away schema holds this run's articles, so results are exact.
 */
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { databaseUrlFromEnv, indexArticles } from '@newsflow/db';
import { renderReferenceArticlePage } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { ApiConfig } from '../../apps/api/src/api-config';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { ReadDatabase } from '../../apps/api/src/read-database';
import { createThrowawaySchema } from '../support/throwaway-schema';

jest.setTimeout(60_000);

const run = randomUUID().replace(/-/g, '').slice(0, 10);
const schema = `test_api_${run}`;
const base = `http://api-test-${run}.example`;
const KEY = `test-key-${randomUUID()}`;
let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;
let reference: EnrichedArticleV1;
const apps: INestApplication[] = [];

function readerUrl(): string {
  const u = new URL(databaseUrlFromEnv());
  u.username = 'newsflow_reader';
  u.password = 'newsflow_reader';
  return u.toString();
}

function config(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    port: 3000,
    host: '127.0.0.1',
    databaseUrl: readerUrl(),
    databaseSchema: schema,
    poolSize: 2,
    statementTimeoutMs: 5_000,
    requireKey: true,
    keys: [KEY],
    rateLimitPerMinute: 1_000,
    ...overrides,
  };
}

async function start(overrides: Partial<ApiConfig> = {}): Promise<{ app: INestApplication; url: string }> {
  const app = await createApiApp(config(overrides));
  apps.push(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

let api: { app: INestApplication; url: string };

const get = (path: string, key: string | null = KEY) =>
  fetch(`${api.url}${path}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});

beforeAll(async () => {
  throwaway = await createThrowawaySchema(schema);
  const writer = await throwaway.open({ poolSize: 1 });
  reference = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), `${base}/Detail/2024/04/26/reference`);
  await indexArticles(writer, [{ message: reference, traceId: 'f'.repeat(32) }]);
  await writer.destroy();
  api = await start();
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await throwaway?.drop();
});

const ids = async (res: Response) => ((await res.json()) as { items: { id: string }[] }).items.map((a) => a.id);

it('finds the reference article by q, by entity name and by country, with a key', async () => {
  const byQuery = await get('/articles?q=Shoigu%20Astana');
  expect(byQuery.status).toBe(200);
  const body = (await byQuery.json()) as { items: { id: string; snippet: string; rank: number }[] };
  expect(body.items.map((a) => a.id)).toEqual([reference.articleId]);
  expect(body.items[0].snippet).toContain('<mark>Shoigu</mark>');
  expect(await ids(await get('/articles?entity=Sergei%20Shoigu'))).toEqual([reference.articleId]);
  expect(await ids(await get('/articles?country=KZ'))).toEqual([reference.articleId]);
  expect(await ids(await get('/articles?country=KZ&q=Shoigu&language=en&from=2024-04-26&to=2024-04-26'))).toEqual([
    reference.articleId,
  ]);
});

it('serves one article with entities, places and revisions, and the articles of an entity', async () => {
  const res = await get(`/articles/${reference.articleId}`);
  expect(res.status).toBe(200);
  const a = (await res.json()) as {
    title: string;
    entities: { id: string }[];
    places: { countryCode: string }[];
    revisions: { revision: number }[];
    duplicates: unknown;
  };
  expect(a.title).toBe(reference.article.title);
  expect(a.entities.map((e) => e.id)).toContain('PER:sergei-shoigu');
  expect(a.places.map((p) => p.countryCode)).toContain('KZ');
  expect(a.revisions.map((r) => r.revision)).toEqual([1]);
  expect(a.duplicates).toEqual({ duplicateOf: [], duplicatedBy: [] });

  const byEntity = await get('/entities/PER:sergei-shoigu/articles');
  expect(byEntity.status).toBe(200);
  const page = (await byEntity.json()) as { entity: { name: string }; items: { id: string }[] };
  expect(page.entity.name).toBe('Sergei Shoigu');
  expect(page.items.map((i) => i.id)).toEqual([reference.articleId]);

  expect((await get(`/articles/${'0'.repeat(32)}`)).status).toBe(404);
  expect((await get('/entities/PER:nobody-at-all/articles')).status).toBe(404);
});

it('answers 401 without a key or with a wrong one', async () => {
  const none = await get('/articles?q=Shoigu', null);
  expect(none.status).toBe(401);
  expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect(((await none.json()) as { message: string }).message).toMatch(/API key is required/);
  expect((await get('/articles', 'not-the-key-at-all')).status).toBe(401);
  expect((await get(`/articles/${reference.articleId}`, null)).status).toBe(401);
  expect((await get('/entities/PER:sergei-shoigu/articles', null)).status).toBe(401);
});

it.each([
  ['from=2024-02-30', /from="2024-02-30": expected an ISO 8601 date/],
  ['to=yesterday', /to="yesterday"/],
  ['from=2024-05-01&to=2024-04-01', /is not before/],
  ['cursor=not-a-cursor', /cursor: not a cursor this API issued/],
  ['limit=0', /limit="0": expected an integer from 1 to 100/],
  ['limit=101', /limit="101"/],
  ['limit=ten', /limit="ten"/],
  ['country=Kazakhstan', /country="Kazakhstan"/],
  ['contry=KZ', /unknown parameter "contry"/],
  ['q=a&q=b', /q: expected a single value/],
])('answers 400 for %s', async (params, message) => {
  const res = await get(`/articles?${params}`);
  expect(res.status).toBe(400);
  const body = (await res.json()) as { message: string; problems: string[] };
  expect(body.message).toMatch(message);
  expect(body.problems.length).toBeGreaterThan(0);
});

it('answers 400 for a malformed article or entity id; the last page has no cursor', async () => {
  // Path parameters get the same body as query parameters: message and every problem in `problems`.
  const article = await get('/articles/not-an-id');
  expect(article.status).toBe(400);
  expect(await article.json()).toEqual({
    statusCode: 400,
    error: 'Bad Request',
    message: 'id="not-an-id": expected 32 lower-case hex characters',
    problems: ['id="not-an-id": expected 32 lower-case hex characters'],
  });
  const entity = await get('/entities/sergei/articles?limit=0');
  expect(entity.status).toBe(400);
  expect(((await entity.json()) as { problems: string[] }).problems).toEqual([
    expect.stringMatching(/^id="sergei": expected an entity id/),
    expect.stringMatching(/^limit="0": expected an integer from 1 to 100/),
  ]);
  const page = (await (await get('/articles?limit=1&q=Shoigu')).json()) as { nextCursor: string | null };
  expect(page.nextCursor).toBeNull();
  const listed = (await (await get('/articles?limit=1')).json()) as { nextCursor: string | null };
  expect(listed.nextCursor).toBeNull(); // one article in this schema
});

it('keeps health, metrics and the OpenAPI document open', async () => {
  const live = await get('/health/live', null);
  expect(live.status).toBe(200);
  const ready = await get('/health/ready', null);
  expect(ready.status).toBe(200);
  expect(((await ready.json()) as { info: Record<string, unknown> }).info).toHaveProperty('postgres');
  const metrics = await get('/metrics', null);
  expect(metrics.status).toBe(200);
  const exposition = await metrics.text();
  // Requests made so far in this file, by route template (never the raw path with its id) and status.
  expect(exposition).toMatch(/newsflow_api_requests_total\{[^}]*route="\/articles\/:id"[^}]*status="200"[^}]*\} [1-9]/);
  expect(exposition).toMatch(/newsflow_api_requests_total\{[^}]*route="\/articles"[^}]*status="401"[^}]*\} [1-9]/);
  expect(exposition).toMatch(/newsflow_api_request_duration_seconds_bucket\{/);
  expect(exposition).not.toContain(reference.articleId);
  const docs = await get('/docs', null);
  expect(docs.status).toBe(200);
  expect(await docs.text()).toMatch(/swagger/i);
  const json = await get('/docs/openapi.json', null);
  expect(json.status).toBe(200);
  const spec = (await json.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(spec.openapi).toMatch(/^3\./);
  expect(Object.keys(spec.paths)).toEqual(
    expect.arrayContaining(['/articles', '/articles/{id}', '/entities/{id}/articles']),
  );
});

it('answers 429 with Retry-After past the per-key rate limit', async () => {
  const limited = await start({ rateLimitPerMinute: 3 });
  const call = () => fetch(`${limited.url}/articles?limit=1`, { headers: { authorization: `Bearer ${KEY}` } });
  const statuses: number[] = [];
  let refused: Response | undefined;
  for (let i = 0; i < 5; i++) {
    const res = await call();
    statuses.push(res.status);
    if (res.status === 429) refused = res;
  }
  expect(statuses).toEqual([200, 200, 200, 429, 429]);
  expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(((await refused!.json()) as { message: string }).message).toMatch(/rate limit of 3 requests per minute/);
  // Health stays open for probes even when the key is throttled.
  expect((await fetch(`${limited.url}/health/live`)).status).toBe(200);
});

it('queries as a read-only role with the statement timeout set on the connection', async () => {
  const db = api.app.get(ReadDatabase).dataSource;
  expect((await db.query(`SHOW statement_timeout`))[0].statement_timeout).toBe('5s');
  await expect(db.query(`DELETE FROM articles`)).rejects.toThrow(/read-only transaction|permission denied/);
  const slow = await start({ statementTimeoutMs: 100 });
  await expect(slow.app.get(ReadDatabase).dataSource.query(`SELECT pg_sleep(1)`)).rejects.toThrow(/statement timeout/);
});
