/**
 * Two fetcher processes (compiled dist/, the real Kafka and PostgreSQL) polling the same feed source: each due time is
 * polled by one replica only, and each feed item is requested once, not once per replica or once per poll.
 */
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Headers, Topics } from '@newsflow/contracts';
import { addSource, createDataSource, databaseUrlFromEnv, listSources, removeSource } from '@newsflow/db';
import { FixtureNewsSite, startFixtureNewsSite } from '@newsflow/fixture-site';
import { PipelineServices, startPipelineServices } from '@newsflow/stack';
import { CollectedMessage, collectTopics, testKafka, waitUntil } from '../support/kafka-helpers';

jest.setTimeout(180_000);

let site: FixtureNewsSite;
let replicas: PipelineServices[] = [];
let ds: DataSource;
let kafka: Kafka;
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };

beforeAll(async () => {
  site = await startFixtureNewsSite();
  kafka = testKafka();
  collector = await collectTopics(kafka, [Topics.fetchRequests.name]);
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 2 });
  await ds.initialize();
  const env = { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`, FETCHER_POLL_EVERY_MS: '200' };
  replicas = [startPipelineServices(env, ['fetcher']), startPipelineServices(env, ['fetcher'])];
  await Promise.all(replicas.map((r) => r.ready));
});

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await removeSource(ds, site.feedUrl).catch(() => undefined);
  await Promise.all([collector?.stop(), ds?.destroy(), site?.close()]);
});

it('two replicas poll a source once per due time and request each feed item once', async () => {
  const started = Date.now();
  const source = await addSource(ds, { kind: 'feed', url: site.feedUrl, pollIntervalSeconds: 10 });
  // Requests the poller published; a request parked for politeness and brought back carries the retry headers.
  const requestsFor = (url: string) =>
    collector.messages.filter(
      (m) =>
        m.value?.includes(`"url":${JSON.stringify(url)}`) &&
        m.headers[Headers.deferrals] === undefined &&
        m.headers[Headers.deliveries] === undefined,
    ).length;
  await waitUntil('every feed item requested', () => site.articleUrls.every((u) => requestsFor(u) >= 1) || undefined);
  // Let two more due times pass (10 s each, ±10% jitter) with both replicas looking every 200 ms.
  await new Promise((r) => setTimeout(r, 23_000));
  const elapsedSeconds = (Date.now() - started) / 1000;
  const feedPolls = site.hits.get(new URL(site.feedUrl).pathname) ?? 0;
  // One poll per due time: at most one per 9 s (the interval less its jitter), plus the first; and the later due
  // times were polled too (the feed is asked for again, conditionally).
  expect(feedPolls).toBeGreaterThanOrEqual(2);
  expect(feedPolls).toBeLessThanOrEqual(Math.floor(elapsedSeconds / 9) + 1);
  for (const url of site.articleUrls) {
    expect(requestsFor(url)).toBe(1);
    expect(site.hits.get(new URL(url).pathname)).toBe(1);
  }
  const row = (await listSources(ds)).find((s) => s.id === source.id);
  expect(row?.lastError ?? null).toBeNull();
});
