/**
 * Politeness of the running fetcher service (compiled dist/, a real process on the real stack), measured on the server
 * side: a recording proxy on loopback sits in front of the misbehaving newsroom and timestamps every request it gets.
 * Each test has its own proxy, hence its own host (host:port) for the fetcher's per-host slots.
 */
import { createServer, IncomingMessage, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { FetchRequestContract, Headers } from '@newsflow/contracts';
import { MisbehavingNewsroom, NEWSROOM_ARTICLES, startMisbehavingNewsroom } from '@newsflow/fixture-site';
import { PipelineServices, startPipelineServices } from '@newsflow/stack';
import { testKafka, testProducer, waitUntil } from '../support/kafka-helpers';
import { fetchRequest } from '../support/sample-messages';

jest.setTimeout(180_000);

interface RecordingProxy {
  base: string;
  port: number;
  hits: { path: string; at: number }[];
  close(): Promise<void>;
}

/** Forwards every request to `target` unchanged, noting its path and arrival time first. */
async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const hits: { path: string; at: number }[] = [];
  const upstream = new URL(target);
  const server: Server = createServer((req: IncomingMessage, res) => {
    hits.push({ path: req.url ?? '/', at: Date.now() });
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        agent: false,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const run = randomUUID().slice(0, 8);
let newsroom: MisbehavingNewsroom;
let crawlDelayProxy: RecordingProxy;
let retryAfterProxy: RecordingProxy;
let services: PipelineServices;
let kafka: Kafka;
let producer: Producer;

async function ingest(urls: string[]): Promise<void> {
  await producer.send({
    topic: FetchRequestContract.topic,
    messages: urls.map((url) => {
      const req = fetchRequest(url);
      return {
        key: req.articleId,
        value: JSON.stringify(req),
        headers: { [Headers.schema]: FetchRequestContract.id },
      };
    }),
  });
}

beforeAll(async () => {
  newsroom = await startMisbehavingNewsroom();
  crawlDelayProxy = await startRecordingProxy(newsroom.url);
  retryAfterProxy = await startRecordingProxy(newsroom.url);
  kafka = testKafka();
  producer = await testProducer(kafka);
  services = startPipelineServices(
    {
      FETCH_ALLOW_HOSTS: `127.0.0.1:${crawlDelayProxy.port},127.0.0.1:${retryAfterProxy.port}`,
      // Far below the newsroom's Crawl-delay (2 s): the spacing measured below can only come from robots.txt.
      FETCH_HOST_INTERVAL_MS: '100',
      FETCHER_POLL_EVERY_MS: '1000',
    },
    ['fetcher'],
  );
  await services.ready;
});

afterAll(async () => {
  await services?.stop();
  await Promise.all([producer?.disconnect(), crawlDelayProxy?.close(), retryAfterProxy?.close()]);
  await newsroom?.close();
});

it('spaces requests to a host by its robots.txt Crawl-delay (2 s), seen from the server', async () => {
  const paths = NEWSROOM_ARTICLES.map((a) => `/articles/${a.slug}.html?politeness=${run}`);
  await ingest(paths.map((p) => crawlDelayProxy.base + p));
  const articleHits = await waitUntil(
    'every article requested through the proxy',
    () => {
      const hits = crawlDelayProxy.hits.filter((h) => h.path.startsWith('/articles/'));
      return hits.length >= paths.length ? hits : undefined;
    },
    120_000,
  );
  expect(crawlDelayProxy.hits.some((h) => h.path === '/robots.txt')).toBe(true);
  expect(articleHits.map((h) => h.path).sort()).toEqual([...paths].sort());
  const gaps = articleHits.slice(1).map((h, i) => h.at - articleHits[i].at);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2_000 - 5);
});

it('honours 429 Retry-After (7 s): nothing on that host is requested sooner, the page itself included', async () => {
  await ingest([`${retryAfterProxy.base}/rate-limited?politeness=${run}`]);
  const first = await waitUntil(
    'the rate-limited page requested',
    () => retryAfterProxy.hits.find((h) => h.path.startsWith('/rate-limited')),
    60_000,
  );
  // A page on the same host, submitted while the host is deferred: it must wait its turn like the retry does.
  const article = `/articles/${NEWSROOM_ARTICLES[0].slug}.html?after-429=${run}`;
  await ingest([retryAfterProxy.base + article]);
  // The newsroom answers 429 every time, so the host stays deferred: wait for two retries of the page.
  await waitUntil(
    'the rate-limited page requested three times',
    () => retryAfterProxy.hits.filter((h) => h.path.startsWith('/rate-limited')).length >= 3 || undefined,
    90_000,
  );
  const hits = retryAfterProxy.hits.filter((h) => h.path !== '/robots.txt' && h.at >= first.at);
  for (let i = 1; i < hits.length; i++) {
    // Every request after a 429 comes at least Retry-After later, whichever message it serves.
    const last429 = hits
      .slice(0, i)
      .filter((h) => h.path.startsWith('/rate-limited'))
      .pop()!;
    expect(hits[i].at - last429.at).toBeGreaterThanOrEqual(7_000 - 5);
  }
  // And the retries were parked, not dropped: the page came back about every Retry-After.
  const retries = hits.filter((h) => h.path.startsWith('/rate-limited'));
  expect(retries[2].at - retries[0].at).toBeLessThan(3 * 10_000 + 5_000);
});
