/**
 * The fetcher's sources and fetch log on the running pipeline (the four services as processes from dist/, the real
 * Kafka and PostgreSQL): `newsflow sources add` of a feed ends with its articles in the store; sitemap and URL-list
 * sources are polled; pages that are not articles are recorded in the fetch log, neither published nor dead-lettered;
 * a page fetched again is asked for conditionally and its 304 is counted, not published.
 */
import { spawnSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopic, FetchedPageHeaders, FetchRequestContract, Headers, Topics } from '@newsflow/contracts';
import { createDataSource, databaseUrlFromEnv, removeSource } from '@newsflow/db';
import {
  FixtureNewsSite,
  MisbehavingNewsroom,
  NEWSROOM_ARTICLES,
  startFixtureNewsSite,
  startMisbehavingNewsroom,
} from '@newsflow/fixture-site';
import { fetchStoredArticles, PipelineServices, startPipelineServices } from '@newsflow/stack';
import { getFetchLog } from '@newsflow/db';
import { CollectedMessage, collectTopics, testKafka, testProducer, waitUntil } from '../support/kafka-helpers';
import { fetchRequest } from '../support/sample-messages';

jest.setTimeout(240_000);

const repo = path.join(__dirname, '../..');
const run = randomUUID().slice(0, 8);
let site: FixtureNewsSite;
let newsroom: MisbehavingNewsroom;
let urlListServer: Server;
let urlListUrl: string;
let services: PipelineServices;
let ds: DataSource;
let kafka: Kafka;
let producer: Producer;
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };
const sourcesAdded: string[] = [];

/** Runs the real CLI (compiled dist/) as a subprocess, the way an operator would. */
function newsflow(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(repo, 'bin/newsflow.js'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function addSourceWithCli(url: string, ...options: string[]): void {
  const r = newsflow('sources', 'add', url, ...options);
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  sourcesAdded.push(url);
}

const published = (url: string) =>
  collector.messages.filter(
    // fetched-page/2: the URL asked for travels in a header, the value is the page itself.
    (m) => m.topic === Topics.pagesFetchedV2.name && m.headers[FetchedPageHeaders.url] === url,
  );
const deadLettered = (url: string) =>
  collector.messages.filter(
    (m) => m.topic === deadLetterTopic('fetcher').name && (m.value ?? '').includes(JSON.stringify(url)),
  );

beforeAll(async () => {
  site = await startFixtureNewsSite();
  newsroom = await startMisbehavingNewsroom();
  // A URL list served from loopback: three walls and a page with validators, each marked with this run.
  urlListServer = createServer((_req, res) => {
    const lines = ['/walls/bot', '/walls/paywall', '/walls/js-shell', '/conditional/article.html'].map(
      (p) => `${newsroom.url}${p}?run=${run}`,
    );
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`# walls and a conditional page\n${lines.join('\n')}\n`);
  });
  await new Promise<void>((resolve) => urlListServer.listen(0, '127.0.0.1', resolve));
  const listPort = (urlListServer.address() as AddressInfo).port;
  urlListUrl = `http://127.0.0.1:${listPort}/urls-${run}.txt`;
  kafka = testKafka();
  collector = await collectTopics(kafka, [Topics.pagesFetchedV2.name, deadLetterTopic('fetcher').name]);
  producer = await testProducer(kafka);
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 2 });
  await ds.initialize();
  const newsroomPort = new URL(newsroom.url).port;
  services = startPipelineServices({
    FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port},127.0.0.1:${newsroomPort},127.0.0.1:${listPort}`,
    FETCHER_POLL_EVERY_MS: '300',
  });
  await services.ready;
});

afterAll(async () => {
  await services?.stop();
  for (const url of sourcesAdded) await removeSource(ds, url).catch(() => undefined);
  await Promise.all([collector?.stop(), producer?.disconnect(), ds?.destroy(), site?.close()]);
  await newsroom?.close();
  await new Promise((resolve) => urlListServer?.close(resolve));
});

it('`newsflow sources add FEED` with the pipeline running ends with the site’s articles in the store', async () => {
  addSourceWithCli(site.feedUrl, '--every', '600');
  const stored = await waitUntil(
    'every article of the fixture site in the articles table',
    async () => {
      const rows = await fetchStoredArticles(ds, site.articleUrls);
      return rows.length === site.articleUrls.length ? rows : undefined;
    },
    150_000,
  );
  expect(stored.map((a) => a.url).sort()).toEqual([...site.articleUrls].sort());
  for (const a of stored) expect(a.text.length).toBeGreaterThan(200);
  // Each article was fetched once, and its fetch is in the log with the article's id.
  for (const url of site.articleUrls) {
    expect(site.hits.get(new URL(url).pathname)).toBe(1);
    expect(await getFetchLog(ds, url)).toMatchObject({ classification: 'article', status: 200, fetchCount: 1 });
  }
});

it('polls a sitemap index (a news sitemap and a plain one) and fetches each article once', async () => {
  addSourceWithCli(`${newsroom.url}/sitemaps/index.xml`, '--kind', 'sitemap', '--every', '600');
  const articleUrls = NEWSROOM_ARTICLES.map((a) => `${newsroom.url}/articles/${a.slug}.html`);
  await waitUntil(
    'every newsroom article fetched from the sitemap source',
    async () => {
      const rows = await Promise.all(articleUrls.map((u) => getFetchLog(ds, u)));
      return rows.every((r) => r?.classification === 'article') || undefined;
    },
    150_000,
  );
  expect(newsroom.hits('/sitemaps/index.xml')).toBe(1);
  for (const u of articleUrls) expect(newsroom.hits(new URL(u).pathname)).toBe(1);
  // The news sitemap's publication date travelled with the request and was recorded as the item's feed date.
  const row = (await getFetchLog(ds, articleUrls[0]))!;
  expect(row.feedDate).not.toBeNull();
  await waitUntil('the articles published', () => articleUrls.every((u) => published(u).length === 1) || undefined);
});

it('records bot walls, paywalls and JS shells from a URL list with their class: never published, never dead-lettered', async () => {
  addSourceWithCli(urlListUrl, '--kind', 'url-list', '--every', '600');
  const walls: Record<string, string> = {
    [`${newsroom.url}/walls/bot?run=${run}`]: 'bot-wall',
    [`${newsroom.url}/walls/paywall?run=${run}`]: 'paywall',
    [`${newsroom.url}/walls/js-shell?run=${run}`]: 'js-shell',
  };
  await waitUntil(
    'the three walls in the fetch log',
    async () => {
      const rows = await Promise.all(Object.keys(walls).map((u) => getFetchLog(ds, u)));
      return rows.every((r) => r?.lastFetchedAt) || undefined;
    },
    150_000,
  );
  for (const [url, cls] of Object.entries(walls)) {
    expect((await getFetchLog(ds, url))?.classification).toBe(cls);
    expect(published(url)).toEqual([]);
    expect(deadLettered(url)).toEqual([]);
  }
  // An operator sees them with `newsflow fetches --class paywall`.
  const r = newsflow('fetches', '--class', 'paywall', '--limit', '1000');
  expect(r.status).toBe(0);
  const listed = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { url: string; classification: string });
  expect(listed.find((x) => x.url === `${newsroom.url}/walls/paywall?run=${run}`)).toBeDefined();
  expect(listed.every((x) => x.classification === 'paywall')).toBe(true);
});

it('fetches a page it already has conditionally: the 304 is counted and nothing is published again', async () => {
  const url = `${newsroom.url}/conditional/article.html?run=${run}`;
  // Listed by the URL list source above: fetched once in full.
  await waitUntil('the conditional page published once', () => published(url).length === 1 || undefined, 150_000);
  const req = fetchRequest(url);
  await producer.send({
    topic: FetchRequestContract.topic,
    messages: [
      { key: req.articleId, value: JSON.stringify(req), headers: { [Headers.schema]: FetchRequestContract.id } },
    ],
  });
  const row = await waitUntil(
    'the 304 in the fetch log',
    async () => {
      const r = await getFetchLog(ds, url);
      return r && r.notModifiedCount >= 1 ? r : undefined;
    },
    60_000,
  );
  expect(row).toMatchObject({ status: 304, classification: 'article', fetchCount: 2, notModifiedCount: 1 });
  expect(newsroom.lastRequest('/conditional/article.html')?.['if-none-match']).toBe('"v1-harbour"');
  await new Promise((r) => setTimeout(r, 2_000));
  expect(published(url)).toHaveLength(1);
});
