/**
 * fetched-page/1 still flows while producers and consumers move to /2 (the page as bytes on
 * newsflow.pages.fetched.v2): on the real stack, with the four services as processes.
 * - a v1 JSON message on the v1 topic (a producer not moved yet, or a backlog from before the upgrade) is parsed,
 *   enriched and indexed like a v2 one;
 * - a fetcher told FETCHER_PAGES_VERSION=1 (an operator keeping v1 for consumers of the old topic) publishes JSON
 *   pages on the v1 topic, which the pipeline takes to the store;
 * - by default the fetcher publishes v2: the page's bytes as the value, its metadata in headers;
 * - a v2 record without its metadata headers is dead-lettered with the headers named, and the next good one flows.
 */
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopic, FetchedPageHeaders, Headers, Topics } from '@newsflow/contracts';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import { FixtureNewsSite, startFixtureNewsSite } from '@newsflow/fixture-site';
import { fetchStoredArticles, PipelineServices, startPipelineServices } from '@newsflow/stack';
import { collectTopics, CollectedMessage, testKafka, testProducer, waitUntil } from '../support/kafka-helpers';
import { fetchedPage, fetchRequest, uniqueUrl } from '../support/sample-messages';

jest.setTimeout(240_000);

let site: FixtureNewsSite;
let kafka: Kafka;
let producer: Producer;
let ds: DataSource;
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };

const pagesTopics: string[] = [Topics.pagesFetched.name, Topics.pagesFetchedV2.name];

beforeAll(async () => {
  site = await startFixtureNewsSite();
  kafka = testKafka();
  collector = await collectTopics(kafka, [...pagesTopics, Topics.articlesIndexed.name, deadLetterTopic('parser').name]);
  producer = await testProducer(kafka);
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 1 });
  await ds.initialize();
});

afterAll(async () => {
  await Promise.all([collector?.stop(), producer?.disconnect(), ds?.destroy(), site?.close()]);
});

const indexedEvent = (articleId: string) =>
  collector.messages.find((m) => m.topic === Topics.articlesIndexed.name && m.key === articleId);

/** Asks the fetcher for a URL of the sample site, as `newsflow ingest` does. */
async function ingest(url: string): Promise<string> {
  const req = fetchRequest(url);
  await producer.send({
    topic: Topics.fetchRequests.name,
    messages: [{ key: req.articleId, value: JSON.stringify(req) }],
  });
  return req.articleId;
}

function withServices(env: NodeJS.ProcessEnv, body: () => void) {
  let services: PipelineServices;
  beforeAll(async () => {
    services = startPipelineServices({
      FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
      FETCH_HOST_INTERVAL_MS: '0',
      ...env,
    });
    await services.ready;
  });
  afterAll(async () => {
    await services?.stop();
  });
  body();
}

describe('with a fetcher publishing fetched-page/1 (FETCHER_PAGES_VERSION=1)', () => {
  withServices({ FETCHER_PAGES_VERSION: '1' }, () => {
    it('a v1 message produced on the v1 topic is parsed, enriched and indexed', async () => {
      const page = fetchedPage(uniqueUrl(site.baseUrl), site.baseUrl);
      await producer.send({
        topic: Topics.pagesFetched.name,
        messages: [
          {
            key: page.articleId,
            value: JSON.stringify(page),
            headers: { [Headers.schema]: 'fetched-page/1', [Headers.contentType]: 'application/json' },
          },
        ],
      });
      const event = await waitUntil('the v1 page indexed', () => indexedEvent(page.articleId), 90_000);
      // The reference article under a new URL: created, or a near-duplicate of the copy stored before.
      expect(JSON.parse(event.value!)).toMatchObject({ articleId: page.articleId, url: page.url });
      const [stored] = await fetchStoredArticles(ds, [page.url]);
      expect(stored.text.length).toBeGreaterThan(200);
    });

    it('the fetcher publishes the page as v1 JSON on the v1 topic, and it reaches the store', async () => {
      const url = `${site.articleUrls[0]}?v1-probe=${Date.now()}`;
      await ingest(url);
      const published = await waitUntil(
        'a v1 page for the URL',
        () =>
          collector.messages.find(
            (m) => pagesTopics.includes(m.topic) && Boolean(m.value?.includes(`"url":${JSON.stringify(url)}`)),
          ),
        90_000,
      );
      expect(published.topic).toBe(Topics.pagesFetched.name);
      expect(published.headers[Headers.schema]).toBe('fetched-page/1');
      const page = JSON.parse(published.value!);
      expect(page.schemaVersion).toBe(1);
      expect(page.html).toContain('<html');
      await waitUntil('the v1-fetched page indexed', () => indexedEvent(page.articleId), 90_000);
    });
  });
});

describe('with the default fetcher (fetched-page/2)', () => {
  withServices({}, () => {
    it('publishes the page as its bytes on the v2 topic, metadata in headers', async () => {
      const url = `${site.articleUrls[0]}?v2-probe=${Date.now()}`;
      await ingest(url);
      const published = await waitUntil(
        'a v2 page for the URL',
        () =>
          collector.messages.find((m) => pagesTopics.includes(m.topic) && m.headers[FetchedPageHeaders.url] === url),
        90_000,
      );
      expect(published.topic).toBe(Topics.pagesFetchedV2.name);
      expect(published.headers[Headers.schema]).toBe('fetched-page/2');
      expect(published.headers[Headers.contentType]).toBe('text/html; charset=utf-8');
      expect(published.value!.trimStart().startsWith('<')).toBe(true); // the HTML itself, not a JSON document
      expect(JSON.parse(published.headers[FetchedPageHeaders.timings])).toHaveProperty('fetchStartedAt');
      await waitUntil('the v2 page indexed', () => indexedEvent(published.key!), 90_000);
    });

    it('dead-letters a v2 record without its metadata headers, naming them, and the next good one flows', async () => {
      const page = fetchedPage(uniqueUrl(site.baseUrl), site.baseUrl);
      const badKey = `v2-no-headers-${Date.now()}`;
      await producer.send({
        topic: Topics.pagesFetchedV2.name,
        messages: [
          // Same key, same partition: the good record waits right behind the bad one.
          { key: page.articleId, value: page.html, headers: { [Headers.schema]: 'fetched-page/2', 'x-test': badKey } },
          {
            key: page.articleId,
            value: page.html,
            headers: {
              [Headers.schema]: 'fetched-page/2',
              [FetchedPageHeaders.articleId]: page.articleId,
              [FetchedPageHeaders.url]: page.url,
              [FetchedPageHeaders.finalUrl]: page.finalUrl,
              [FetchedPageHeaders.canonicalUrl]: page.canonicalUrl,
              [FetchedPageHeaders.fetchedAt]: page.fetchedAt,
              [FetchedPageHeaders.status]: '200',
              [FetchedPageHeaders.contentType]: page.contentType,
              [FetchedPageHeaders.charset]: page.charset,
              [FetchedPageHeaders.timings]: JSON.stringify(page.timings),
            },
          },
        ],
      });
      const dead = await waitUntil('the dead letter', () =>
        collector.messages.find((m) => m.topic === deadLetterTopic('parser').name && m.headers['x-test'] === badKey),
      );
      expect(dead.headers[Headers.errorClass]).toBe('ContractViolation');
      expect(dead.headers[Headers.errorMessage]).toMatch(/header newsflow-article-id is missing/);
      expect(dead.headers[Headers.originalTopic]).toBe(Topics.pagesFetchedV2.name);
      expect(dead.value).toBe(page.html); // the original bytes, unchanged
      await waitUntil('the good v2 record indexed', () => indexedEvent(page.articleId), 90_000);
    });
  });
});
