import { FetchRequestV1 } from '@newsflow/contracts';
import { Database } from '@newsflow/db';
import {
  CONDITIONAL_ETAG,
  MisbehavingNewsroom,
  NEWSROOM_ARTICLES,
  startMisbehavingNewsroom,
} from '@newsflow/fixture-site';
import { fetchPolicyFromEnv, InMemoryHostRateLimiter } from '@newsflow/fetching';
import { DependencyUnavailableError, PermanentError, RetryLaterError } from '@newsflow/messaging';
import { Client } from 'pg';
import { loadFetcherConfig } from './fetcher-config';
import { PageFetcher } from './page-fetcher';
import {
  createMetricsRegistry,
  createNewsflowMetrics,
  FetchMetricsRecorder,
  NewsflowMetrics,
} from '@newsflow/observability';

/**
 * PageFetcher against the misbehaving newsroom on loopback, with the in-memory host limiter and a fake database
 * that answers the fetch log's validator lookup and records every write.
 */
let newsroom: MisbehavingNewsroom;
beforeAll(async () => {
  newsroom = await startMisbehavingNewsroom();
});
afterAll(() => newsroom.close());

interface Harness {
  fetcher: PageFetcher;
  limiter: InMemoryHostRateLimiter;
  prometheus: NewsflowMetrics;
  writes: unknown[][];
  validators: Map<string, { etag: string | null; lastModified: string | null }>;
}

function harness(intervalMs = 0, databaseDown?: () => Promise<never>): Harness {
  const writes: unknown[][] = [];
  const validators = new Map<string, { etag: string | null; lastModified: string | null }>();
  const query = async (sql: string, params: unknown[]) => {
    if (databaseDown) return databaseDown();
    if (/^\s*SELECT (f\.)?etag/.test(sql)) {
      const v = validators.get(params[0] as string);
      return v ? [v] : [];
    }
    writes.push(params);
    return [];
  };
  const db = { dataSource: { query } } as unknown as Database;
  const config = loadFetcherConfig({ FETCH_HOST_INTERVAL_MS: String(intervalMs) });
  const limiter = new InMemoryHostRateLimiter();
  const prometheus = createNewsflowMetrics(createMetricsRegistry({ service: 'fetcher-test', defaultMetrics: false }));
  const policy = fetchPolicyFromEnv({ FETCH_ALLOW_HOSTS: `127.0.0.1:${new URL(newsroom.url).port}` });
  return {
    fetcher: new PageFetcher(policy, config, limiter, db, new FetchMetricsRecorder(prometheus)),
    prometheus,
    limiter,
    writes,
    validators,
  };
}

const request = (url: string, feedItem?: FetchRequestV1['origin']['feedItem']): FetchRequestV1 => ({
  schemaVersion: 1,
  articleId: '0'.repeat(32),
  url,
  requestedAt: new Date().toISOString(),
  origin: { kind: feedItem ? 'feed' : 'ingest', sourceId: null, feedItem },
});

// recordFetch's parameters: url, source, article id, status, final URL, etag, last-modified, class, rule, feed date, 304.
const CLASS = 7;
const FEED_DATE = 9;
const NOT_MODIFIED = 10;

it('publishes an article and records it with its class and the feed date it was fetched for', async () => {
  const h = harness();
  const url = `${newsroom.url}/articles/${NEWSROOM_ARTICLES[0].slug}.html`;
  const outcome = await h.fetcher.fetchPage(request(url, { updatedAt: '2026-03-02T08:30:00Z' }), new Date());
  expect(outcome.kind).toBe('page');
  expect(h.writes).toHaveLength(1);
  expect(h.writes[0][CLASS]).toBe('article');
  expect(h.writes[0][FEED_DATE]).toBe('2026-03-02T08:30:00.000Z');
});

it.each([
  ['/walls/bot', 'bot-wall'],
  ['/walls/paywall', 'paywall'],
  ['/walls/js-shell', 'js-shell'],
])('records %s as %s without publishing or throwing', async (path, cls) => {
  const h = harness();
  const outcome = await h.fetcher.fetchPage(request(`${newsroom.url}${path}`), new Date());
  expect(outcome).toMatchObject({ kind: 'not-article', classification: cls });
  expect(h.writes[0][CLASS]).toBe(cls);
});

it('asks conditionally with the logged validators; a 304 is recorded as such and nothing is published', async () => {
  const h = harness();
  const url = `${newsroom.url}/conditional/article.html`;
  h.validators.set(url, { etag: CONDITIONAL_ETAG, lastModified: null });
  const outcome = await h.fetcher.fetchPage(request(url), new Date());
  expect(outcome).toEqual({ kind: 'not-modified' });
  expect(newsroom.lastRequest('/conditional/article.html')?.['if-none-match']).toBe(CONDITIONAL_ETAG);
  expect(h.writes[0][NOT_MODIFIED]).toBe(true);
  expect(h.writes[0][3]).toBe(304);
  // ...and counted in the Prometheus metrics as a 304.
  expect((await h.prometheus.fetchNotModified.get()).values[0].value).toBe(1);
});

it('parks the request (RetryLaterError) when the host has no free slot, without fetching', async () => {
  const h = harness(5_000);
  const url = `${newsroom.url}/articles/${NEWSROOM_ARTICLES[1].slug}.html?slot-test`;
  await h.limiter.acquire(new URL(url).host, 5_000);
  const before = newsroom.hits(`/articles/${NEWSROOM_ARTICLES[1].slug}.html`);
  const err = await h.fetcher.fetchPage(request(url), new Date()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RetryLaterError);
  expect((err as RetryLaterError).delayMs).toBeGreaterThan(4_000);
  expect(newsroom.hits(`/articles/${NEWSROOM_ARTICLES[1].slug}.html`)).toBe(before);
  expect(h.writes).toEqual([]);
});

it('takes the robots.txt Crawl-delay (2 s) as the interval when it is longer than the configured one', async () => {
  const h = harness(100);
  const first = `${newsroom.url}/articles/${NEWSROOM_ARTICLES[2].slug}.html`;
  expect((await h.fetcher.fetchPage(request(first), new Date())).kind).toBe('page');
  const err = await h.fetcher.fetchPage(request(`${first}?again`), new Date()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RetryLaterError);
  expect((err as RetryLaterError).delayMs).toBeGreaterThan(1_500);
});

it('on 429 with Retry-After defers the whole host and parks the request for that long', async () => {
  const h = harness();
  const url = `${newsroom.url}/rate-limited`;
  const err = await h.fetcher.fetchPage(request(url), new Date()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RetryLaterError);
  expect((err as RetryLaterError).delayMs).toBe(7_000);
  const { waitMs } = await h.limiter.acquire(new URL(url).host, 0);
  expect(waitMs).toBeGreaterThan(6_000);
});

it('turns a policy refusal into a PermanentError after recording it', async () => {
  const h = harness();
  const err = await h.fetcher.fetchPage(request(`${newsroom.url}/private/secret.html`), new Date()).catch((e) => e);
  expect(err).toBeInstanceOf(PermanentError);
  expect(h.writes[0][CLASS]).toBe('refused:robots-disallowed');
});

/** The error node-postgres gives when nothing listens where the database should be (port 1 on loopback). */
async function refusedConnection(): Promise<never> {
  const client = new Client({ host: '127.0.0.1', port: 1, user: 'x', database: 'x', connectionTimeoutMillis: 2_000 });
  await client.connect();
  throw new Error('port 1 answered');
}

it('pauses the stage on the request (DependencyUnavailableError) when PostgreSQL is down, not retrying it away', async () => {
  const h = harness(0, refusedConnection);
  const url = `${newsroom.url}/articles/${NEWSROOM_ARTICLES[0].slug}.html?db-down`;
  const err = await h.fetcher.fetchPage(request(url), new Date()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DependencyUnavailableError);
  expect((err as DependencyUnavailableError).dependency).toBe('postgres');
  expect((err as Error).message).toMatch(/ECONNREFUSED/);
});

it('treats a site refusing the connection as the request failing, not as a paused dependency', async () => {
  const h = harness();
  // Port 1 on the allowed loopback host refuses: the same ECONNREFUSED, from the site this time.
  const policy = fetchPolicyFromEnv({ FETCH_ALLOW_HOSTS: '127.0.0.1:1' });
  const fetcher = new PageFetcher(
    policy,
    loadFetcherConfig({ FETCH_HOST_INTERVAL_MS: '0' }),
    h.limiter,
    { dataSource: { query: async () => [] } } as unknown as Database,
    new FetchMetricsRecorder(h.prometheus),
  );
  const err = await fetcher.fetchPage(request('http://127.0.0.1:1/story.html'), new Date()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(Error);
  expect(err).not.toBeInstanceOf(DependencyUnavailableError);
});

it('gives hash-routed stories of one page their own article ids, and a plain anchor the page id', async () => {
  const page = `${newsroom.url}/articles/${NEWSROOM_ARTICLES[0].slug}.html`;
  // A fresh host limiter for each fetch: the newsroom's robots.txt asks a 2 s Crawl-delay.
  const idOf = async (url: string) => {
    const outcome = await harness().fetcher.fetchPage(request(url), new Date());
    if (outcome.kind !== 'page') throw new Error(`${url}: ${outcome.kind}`);
    return outcome.page.articleId;
  };
  const [one, two, anchor, plain] = [
    await idOf(`${page}#!/story/1`),
    await idOf(`${page}#!/story/2`),
    await idOf(`${page}#comments`),
    await idOf(page),
  ];
  expect(one).not.toBe(two);
  expect([one, two]).not.toContain(plain);
  expect(anchor).toBe(plain);
});
