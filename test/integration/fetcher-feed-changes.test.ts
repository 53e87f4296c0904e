/**
 * The poller's skip rule on the running fetcher (compiled dist/, real Kafka and PostgreSQL): a feed that is served in
 * full at every poll (no validators) gets its items fetched once; at later due times only the item whose feed date
 * moved forward is fetched again.
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addSource, createDataSource, databaseUrlFromEnv, removeSource } from '@newsflow/db';
import { PipelineServices, startPipelineServices } from '@newsflow/stack';
import { waitUntil } from '../support/kafka-helpers';

jest.setTimeout(180_000);

const run = randomUUID().slice(0, 8);
const slugs = ['one', 'two', 'three'];
const dates: Record<string, string> = {
  one: 'Mon, 02 Mar 2026 08:00:00 GMT',
  two: 'Mon, 02 Mar 2026 09:00:00 GMT',
  three: 'Mon, 02 Mar 2026 10:00:00 GMT',
};
const hits = new Map<string, number>();
let server: Server;
let base: string;
let feedUrl: string;
let services: PipelineServices;
let ds: DataSource;

function page(slug: string): string {
  const para = `Story ${slug} of run ${run}. `.repeat(40);
  return `<!doctype html><html lang="en"><head><title>Story ${slug}</title></head><body><article><h1>Story ${slug}</h1><p>${para}</p><p>${para}</p></article></body></html>`;
}

function feed(): string {
  const items = slugs
    .map(
      (s) =>
        `<item><title>Story ${s}</title><link>${base}/story/${s}-${run}.html</link><pubDate>${dates[s]}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Changes</title><link>${base}/</link>${items}</channel></rss>`;
}

beforeAll(async () => {
  // No ETag, no Last-Modified: every poll reads the whole feed, so only the fetch log can prevent refetches.
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(feed());
      return;
    }
    const m = /^\/story\/(\w+)-/.exec(path);
    if (m && slugs.includes(m[1])) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(m[1]));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  feedUrl = `${base}/feed.xml`;
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 2 });
  await ds.initialize();
  services = startPipelineServices(
    { FETCH_ALLOW_HOSTS: `127.0.0.1:${port}`, FETCHER_POLL_EVERY_MS: '200', FETCH_HOST_INTERVAL_MS: '100' },
    ['fetcher'],
  );
  await services.ready;
});

afterAll(async () => {
  await services?.stop();
  await removeSource(ds, feedUrl).catch(() => undefined);
  await ds?.destroy();
  await new Promise((resolve) => server?.close(resolve));
});

const storyHits = (slug: string) => hits.get(`/story/${slug}-${run}.html`) ?? 0;

it('fetches feed items once, and again only when the feed dates one later', async () => {
  await addSource(ds, { kind: 'feed', url: feedUrl, pollIntervalSeconds: 10 });
  await waitUntil('every story fetched', () => slugs.every((s) => storyHits(s) >= 1) || undefined, 60_000);
  // The next due time: the whole feed is read again, nothing is refetched.
  await waitUntil('the feed polled again', () => (hits.get('/feed.xml') ?? 0) >= 2 || undefined, 30_000);
  await new Promise((r) => setTimeout(r, 2_000));
  expect(slugs.map(storyHits)).toEqual([1, 1, 1]);
  // The feed now dates story two later: at the next due time it alone is fetched again.
  dates.two = 'Tue, 03 Mar 2026 12:00:00 GMT';
  await waitUntil('story two fetched again', () => storyHits('two') >= 2 || undefined, 30_000);
  await waitUntil('the feed polled once more', () => (hits.get('/feed.xml') ?? 0) >= 4 || undefined, 30_000);
  await new Promise((r) => setTimeout(r, 2_000));
  expect(slugs.map(storyHits)).toEqual([1, 2, 1]);
});
