/** The source registry on the real PostgreSQL: claiming is exclusive across replicas. */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  addSource,
  claimDueSources,
  createDataSource,
  databaseUrlFromEnv,
  listSources,
  removeSource,
} from '@newsflow/db';

jest.setTimeout(60_000);

let replicaA: DataSource;
let replicaB: DataSource;
const run = randomUUID().slice(0, 8);
const urls = Array.from({ length: 30 }, (_, i) => `https://feeds.example/${run}/${i}.xml`);

beforeAll(async () => {
  replicaA = createDataSource(databaseUrlFromEnv(), { applicationName: 'test-replica-a', poolSize: 4 });
  replicaB = createDataSource(databaseUrlFromEnv(), { applicationName: 'test-replica-b', poolSize: 4 });
  await Promise.all([replicaA.initialize(), replicaB.initialize()]);
  // Other sources (left by a demo run) must not be due during this test.
  await replicaA.query(`UPDATE sources SET next_poll_at = now() + interval '1 hour' WHERE url NOT LIKE $1`, [
    `%/${run}/%`,
  ]);
});

afterAll(async () => {
  for (const url of urls) await removeSource(replicaA, url);
  await Promise.all([replicaA.destroy(), replicaB.destroy()]);
});

it('two replicas claiming at the same time never get the same source for one due time', async () => {
  for (const url of urls) await addSource(replicaA, { kind: 'feed', url, pollIntervalSeconds: 600 });
  const claimed: string[] = [];
  // Eight concurrent claims of 5, four from each replica's pool.
  const rounds = await Promise.all(
    Array.from({ length: 8 }, (_, i) => claimDueSources(i % 2 ? replicaA : replicaB, 5)),
  );
  for (const rows of rounds) claimed.push(...rows.map((r) => r.url).filter((u) => u.includes(`/${run}/`)));
  // Whatever is still due is claimed afterwards, by either replica.
  for (;;) {
    const rows = (await claimDueSources(replicaB, 10)).filter((r) => r.url.includes(`/${run}/`));
    if (!rows.length) break;
    claimed.push(...rows.map((r) => r.url));
  }
  expect(claimed.sort()).toEqual([...urls].sort());
  expect(new Set(claimed).size).toBe(urls.length);

  // Claiming moved each source's next due time about one interval (±10% jitter) into the future.
  const mine = (await listSources(replicaA)).filter((s) => s.url.includes(`/${run}/`));
  for (const s of mine) {
    const ahead = (new Date(s.nextPollAt).getTime() - Date.now()) / 1000;
    expect(ahead).toBeGreaterThan(600 * 0.9 - 5);
    expect(ahead).toBeLessThan(600 * 1.1 + 5);
  }
  expect(await claimDueSources(replicaA, 10)).toEqual([]);
});

it('removes a source by URL and reports whether it existed', async () => {
  const url = `https://feeds.example/${run}/extra.xml`;
  await addSource(replicaA, { kind: 'sitemap', url });
  expect(await removeSource(replicaA, url)).toBe(true);
  expect(await removeSource(replicaA, url)).toBe(false);
});
