/**
 * The fetcher's state in the real PostgreSQL: the fetch log (skip rule, conditional validators, 304 counts, classes)
 * and the per-host request slots shared by replicas (two pools standing for two fetcher processes).
 */
import { randomBytes } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import { decideFeedItemFetch } from '@newsflow/fetching';
import {
  conditionalValidators,
  getFetchLog,
  listFetchLog,
  recordFetch,
  recordFetchRequests,
  seenFeedDates,
} from '@newsflow/db';
import { PostgresHostRateLimiter } from '@newsflow/db';

jest.setTimeout(60_000);

let replicaA: DataSource;
let replicaB: DataSource;
const run = randomUUID().slice(0, 8);
const url = (name: string) => `https://news.example/${run}/${name}.html`;

beforeAll(async () => {
  replicaA = createDataSource(databaseUrlFromEnv(), { applicationName: 'test-fetcher-a', poolSize: 6 });
  replicaB = createDataSource(databaseUrlFromEnv(), { applicationName: 'test-fetcher-b', poolSize: 6 });
  await Promise.all([replicaA.initialize(), replicaB.initialize()]);
});

afterAll(async () => {
  await replicaA.query(`DELETE FROM fetch_log WHERE url LIKE $1`, [`%/${run}/%`]);
  await replicaA.query(`DELETE FROM host_slots WHERE host LIKE $1`, [`%${run}%`]);
  await Promise.all([replicaA.destroy(), replicaB.destroy()]);
});

describe('fetch log', () => {
  it('remembers the feed date an article was fetched for, so only a later feed date refetches it', async () => {
    const u = url('dated');
    const storedId = randomBytes(16).toString('hex');
    expect((await seenFeedDates(replicaA, [u])).has(u)).toBe(false);
    await recordFetch(replicaA, {
      url: u,
      status: 200,
      classification: 'article',
      classificationRule: 'default',
      articleId: storedId,
      etag: '"v1"',
      lastModified: 'Mon, 02 Mar 2026 08:30:00 GMT',
      feedDate: '2026-03-02T08:30:00Z',
    });
    const seen = await seenFeedDates(replicaA, [u, url('never')]);
    expect([...seen.keys()]).toEqual([u]);
    expect(decideFeedItemFetch({ updatedAt: '2026-03-02T08:30:00Z' }, seen.get(u))).toEqual({
      fetch: false,
      reason: 'unchanged',
    });
    expect(decideFeedItemFetch({ updatedAt: '2026-03-02T09:00:00Z' }, seen.get(u))).toEqual({
      fetch: true,
      reason: 'updated',
    });
    // Validators only once the article is in the store: a logged fetch whose page never got there (the fetcher
    // died before the broker acknowledged it) must be fetched in full again, not answered "304, nothing to do".
    expect(await conditionalValidators(replicaA, u)).toBeUndefined();
    await replicaA.query(
      `INSERT INTO articles (id, url, canonical_url, text, content_hash, fetched_at) VALUES ($1, $2, $2, 'x', $3, now())`,
      [storedId, u, 'c'.repeat(64)],
    );
    try {
      expect(await conditionalValidators(replicaA, u)).toEqual({
        etag: '"v1"',
        lastModified: 'Mon, 02 Mar 2026 08:30:00 GMT',
      });
    } finally {
      await replicaA.query(`DELETE FROM articles WHERE id = $1`, [storedId]);
    }
  });

  it('counts 304s and keeps the class, article and validators of the last full response', async () => {
    const u = url('revalidated');
    await recordFetch(replicaA, {
      url: u,
      status: 200,
      classification: 'article',
      classificationRule: 'default',
      articleId: 'b'.repeat(32),
      etag: '"v1"',
      feedDate: '2026-03-01T00:00:00Z',
    });
    await recordFetch(replicaB, { url: u, status: 304, notModified: true, feedDate: '2026-03-05T00:00:00Z' });
    await recordFetch(replicaA, { url: u, status: 304, notModified: true });
    const row = (await getFetchLog(replicaA, u))!;
    expect(row).toMatchObject({
      status: 304,
      classification: 'article',
      articleId: 'b'.repeat(32),
      etag: '"v1"',
      fetchCount: 3,
      notModifiedCount: 2,
    });
    // The feed's newer date is remembered even though the page did not change: no refetch for that date again.
    expect(new Date(row.feedDate!).toISOString()).toBe('2026-03-05T00:00:00.000Z');
  });

  it('treats an item as seen while its request is in flight, with the date it was requested for', async () => {
    const u = url('in-flight');
    await recordFetchRequests(replicaA, null, [{ url: u, feedDate: '2026-04-01T10:00:00Z' }]);
    const seen = await seenFeedDates(replicaB, [u]);
    expect(decideFeedItemFetch({ publishedAt: '2026-04-01T10:00:00Z' }, seen.get(u)).fetch).toBe(false);
    expect(decideFeedItemFetch({ publishedAt: '2026-04-01T11:00:00Z' }, seen.get(u)).fetch).toBe(true);
    // A request that never completed is forgotten after the in-flight window: the item is requested again.
    await replicaA.query(`UPDATE fetch_log SET last_requested_at = now() - interval '1 hour' WHERE url = $1`, [u]);
    expect((await seenFeedDates(replicaB, [u])).has(u)).toBe(false);
  });

  it('records a fetch for a source removed meanwhile without failing on the foreign key', async () => {
    const u = url('orphan');
    const gone = randomUUID();
    await recordFetchRequests(replicaA, gone, [{ url: u, feedDate: null }]);
    await recordFetch(replicaA, { url: u, sourceId: gone, status: 200, classification: 'article' });
    expect(await getFetchLog(replicaA, u)).toMatchObject({ sourceId: null, classification: 'article', fetchCount: 1 });
  });

  it('records pages that are not articles with their class, listed by class for operators', async () => {
    const u = url('wall');
    await recordFetch(replicaA, {
      url: u,
      status: 403,
      classification: 'bot-wall',
      classificationRule: 'cf-mitigated',
    });
    const walls = await listFetchLog(replicaB, { classification: 'bot-wall', limit: 1000 });
    expect(walls.find((r) => r.url === u)).toMatchObject({ status: 403, classificationRule: 'cf-mitigated' });
    expect(walls.every((r) => r.classification === 'bot-wall')).toBe(true);
    expect(await listFetchLog(replicaB, { limit: 2 })).toHaveLength(2);
  });
});

describe('host slots shared by replicas', () => {
  it('never grants two slots for one host closer than the interval, whichever replica asks', async () => {
    const host = `politeness-${run}.example`;
    const limiters = [new PostgresHostRateLimiter(replicaA), new PostgresHostRateLimiter(replicaB)];
    const interval = 150;
    const granted: number[] = [];
    let refused = 0;
    const until = Date.now() + 2_000;
    // Eight workers (four per replica) hammer the same host without pausing.
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        while (Date.now() < until) {
          const slot = await limiters[i % 2].acquire(host, interval);
          if (slot.waitMs === 0) granted.push(slot.grantedAt!.getTime());
          else {
            expect(slot.waitMs).toBeGreaterThan(0);
            expect(slot.waitMs).toBeLessThanOrEqual(interval + 1);
            refused++;
          }
        }
      }),
    );
    granted.sort((a, b) => a - b);
    const gaps = granted.slice(1).map((t, i) => t - granted[i]);
    // Database timestamps have microsecond precision; Date keeps milliseconds, hence the 1 ms allowance.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval - 1);
    // And slots really were handed out (about one per interval), not refused forever.
    expect(granted.length).toBeGreaterThanOrEqual(Math.floor(2_000 / interval) - 3);
    expect(granted.length).toBeLessThanOrEqual(Math.ceil(2_000 / interval) + 1);
    expect(refused).toBeGreaterThan(granted.length);
  });

  it('with no interval writes nothing, grants at once, and still honours a deferral', async () => {
    const host = `no-interval-${run}.example`;
    const a = new PostgresHostRateLimiter(replicaA);
    const b = new PostgresHostRateLimiter(replicaB);
    for (let i = 0; i < 5; i++) expect((await a.acquire(host, 0)).waitMs).toBe(0);
    const rows = await replicaA.query(`SELECT 1 FROM host_slots WHERE host = $1`, [host]);
    expect(rows).toHaveLength(0);
    await b.defer(host, 2_000);
    const slot = await a.acquire(host, 0);
    expect(slot.waitMs).toBeGreaterThan(1_000);
    expect(slot.waitMs).toBeLessThanOrEqual(2_000);
  });

  it("acquireWithValidators takes the slot as acquire does and reads the URL's validators in the same statement", async () => {
    const host = `with-validators-${run}.example`;
    const u = url('slot-and-validators');
    const storedId = randomBytes(16).toString('hex');
    const a = new PostgresHostRateLimiter(replicaA);
    const b = new PostgresHostRateLimiter(replicaB);
    // A URL never fetched: the slot, no validators (with and without an interval).
    expect(await a.acquireWithValidators(host, 0, u)).toEqual({ slot: { waitMs: 0, grantedAt: expect.any(Date) } });
    const first = await a.acquireWithValidators(host, 200, u);
    expect(first.slot.waitMs).toBe(0);
    expect(first.validators).toBeUndefined();
    // The interval holds for the other replica's combined call as for a plain acquire.
    const refused = await b.acquireWithValidators(host, 200, u);
    expect(refused.slot.waitMs).toBeGreaterThan(0);
    expect(refused.slot.waitMs).toBeLessThanOrEqual(201);
    expect((await b.acquire(host, 200)).waitMs).toBeGreaterThan(0);
    // Logged with validators, but its article not stored yet: none ("validators only once stored").
    await recordFetch(replicaA, { url: u, status: 200, classification: 'article', articleId: storedId, etag: '"e1"' });
    expect((await b.acquireWithValidators(host, 0, u)).validators).toBeUndefined();
    await replicaA.query(
      `INSERT INTO articles (id, url, canonical_url, text, content_hash, fetched_at) VALUES ($1, $2, $2, 'x', $3, now())`,
      [storedId, u, 'd'.repeat(64)],
    );
    try {
      const expected = await conditionalValidators(replicaA, u);
      expect(expected).toEqual({ etag: '"e1"', lastModified: null });
      await new Promise((r) => setTimeout(r, 220));
      const granted = await b.acquireWithValidators(host, 200, u);
      expect(granted.slot.waitMs).toBe(0);
      expect(granted.validators).toEqual(expected);
      // Refused slot: the validators are still the URL's (the caller parks the request and ignores them).
      expect(await a.acquireWithValidators(host, 200, u)).toMatchObject({ validators: expected });
      // A deferral still holds on the no-interval path.
      await a.defer(host, 2_000);
      const deferred = await b.acquireWithValidators(host, 0, u);
      expect(deferred.slot.waitMs).toBeGreaterThan(1_000);
      expect(deferred.validators).toEqual(expected);
    } finally {
      await replicaA.query(`DELETE FROM articles WHERE id = $1`, [storedId]);
    }
  });

  it('defer pushes the next slot out (Retry-After) for every replica, and never pulls it in', async () => {
    const host = `deferred-${run}.example`;
    const a = new PostgresHostRateLimiter(replicaA);
    const b = new PostgresHostRateLimiter(replicaB);
    expect((await a.acquire(host, 100)).waitMs).toBe(0);
    await a.defer(host, 5_000);
    const wait = (await b.acquire(host, 100)).waitMs;
    expect(wait).toBeGreaterThan(4_500);
    expect(wait).toBeLessThanOrEqual(5_000);
    await b.defer(host, 1_000); // shorter than what is already set: no effect
    expect((await a.acquire(host, 100)).waitMs).toBeGreaterThan(4_000);
  });
});
