/**
 * `npm run bench:pipeline -- --articles N [--rate R] [--json]`
 *
 * End to end on the real local stack: the sample news site serves N distinct realistic article pages (stories from
 * ../shared/devsets/extraction when present, else the bundled reference article, varied per page), the four
 * services run as separate processes, and the site's feed is registered as a source — or, with --rate R, fetch
 * requests are submitted at R per second to measure latency under a given load. It measures until all N are
 * indexed: throughput (fetch start to indexed), latency p50/p95/p99 from the timestamps the messages carry, CPU
 * seconds and peak RSS of each service, the broker and PostgreSQL, and consumer lag per stage over the run.
 * The last line with --json is one JSON object with articlesPerSecond and latencyMs {p50, p95, p99}.
 * `--warmup W` leaves the first W articles out of the latency percentiles (printed as well with all of them).
 * `--replicas enricher=2` runs more processes for a stage (they share its partitions, as Deployment replicas do).
 *
 * CPU per article is read between the first article's fetch start and the last one's indexing (processes sampled
 * every 500 ms), so the services' start-up and the idle seconds around the run are left out. Then the floor: the same
 * pages in this process through extraction, enrichment and the batched store write (`--floor N` pages, default
 * min(N, 2000); 0 skips it), and the ratio of the pipeline's CPU per article to the floor's. With the floor, one hop of
 * a large dev-set page by contract version (fetched-page/1 JSON against /2 bytes), and what gzip would add.
 *
 * The issue's two quiet-box figures:
 * - p95 latency at 50 articles/s: `npm run -s bench:pipeline -- --articles 3000 --rate 50 --warmup 500 --floor 0`
 *   (the rate must be one the box sustains, else requests queue and the percentiles read the queue);
 * - RSS over 100k articles: `npm run -s bench:pipeline -- --articles 100000 --rate 40 --floor 0` (--rate: requests go
 *   straight to the fetch-request topic: a feed of 100k items, ~30 MB, is past the fetcher's 5 MB cap); the RSS table at
 *   every tenth and its growth per 10k articles (flat = no leak) close the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import {
  articleIdFor,
  FetchRequestContract,
  Headers,
  IndexedArticleV1,
  StageName,
  STAGES,
  Topics,
} from '@newsflow/contracts';
import { addSource, createDataSource, databaseUrlFromEnv, removeSource } from '@newsflow/db';
import { generateArticles, startFixtureNewsSite, StorySeed } from '@newsflow/fixture-site';
import { kafkaConfigFromEnv } from '@newsflow/messaging';
import { pipelineStatus } from '@newsflow/operations';
import {
  pidsMatching,
  processStats,
  ProcessStats,
  readPid,
  sampleSiteEnv,
  sleep,
  stackDir,
  Supervisor,
} from '@newsflow/stack';
import { numberArg, stringArg } from './lib/cli-args';
import { devSetsDir } from './lib/extract-devsets';
import { CpuWindowSampler } from './lib/pipeline-cpu-window';
import { backendPids, floorTotalMs, runFloor } from './lib/pipeline-floor';
import { printEfficiency } from './lib/pipeline-efficiency-report';
import { measurePageCodec, printPageCodec } from './lib/pipeline-page-codec';
import { rssGrowth } from './lib/pipeline-rss-growth';

/** `--replicas enricher=2,parser=2`: processes per stage (default one each). */
function replicasArg(): Partial<Record<StageName, number>> {
  const text = stringArg('--replicas', '');
  const out: Partial<Record<StageName, number>> = {};
  if (!text) return out;
  for (const part of text.split(',')) {
    const [stage, count] = part.split('=');
    if (!(STAGES as readonly string[]).includes(stage) || !(Number(count) >= 1)) {
      throw new Error(`--replicas: expected STAGE=N[,STAGE=N] with a stage of ${STAGES.join(', ')}, got "${part}"`);
    }
    out[stage as StageName] = Number(count);
  }
  return out;
}

function seedsFromDevsets(): { seeds: StorySeed[] | undefined; source: string } {
  const file = path.join(devSetsDir(), 'extraction', 'ground-truth.json');
  if (!existsSync(file)) return { seeds: undefined, source: `the bundled reference article (${file} is absent)` };
  const truth = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { title?: string; articleBody: string }>;
  const seeds = Object.values(truth)
    .filter((t) => t.title && t.articleBody.length > 800)
    .map((t) => ({ title: t.title!, paragraphs: t.articleBody.split(/\n\s*\n/).filter((p) => p.trim().length > 40) }))
    .filter((s) => s.paragraphs.length >= 3);
  return { seeds, source: `${seeds.length} stories of ${file}` };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** p50, p95 and p99 of latencies sorted ascending. */
function latencySummary(sorted: number[]): { p50: number; p95: number; p99: number } {
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const formatSummary = (s: { p50: number; p95: number; p99: number }) =>
  `p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms`;

async function main(): Promise<number> {
  const n = numberArg('--articles', 1000);
  const rate = numberArg('--rate', 0);
  const asJson = process.argv.includes('--json');
  const replicas = replicasArg();
  const warmup = numberArg('--warmup', 0);
  const log = (line: string) => process.stderr.write(`bench:pipeline: ${line}\n`);
  const { seeds, source } = seedsFromDevsets();
  const floorPages = Math.min(n, numberArg('--floor', Math.min(n, 2000)));
  const runId = Math.random().toString(36).slice(2, 10);
  const articlesOf = generateArticles({ count: n, seeds, runId });
  const site = await startFixtureNewsSite({ withoutReferenceArticle: true, extraArticles: articlesOf });
  log(`${n} pages from ${source} at ${site.baseUrl}`);
  const ds = createDataSource(databaseUrlFromEnv(), { applicationName: 'bench-pipeline', poolSize: 2 });
  await ds.initialize();
  const kafka = new Kafka({ ...kafkaConfigFromEnv('bench'), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();

  // Watch the change events of this run's articles: their timings give throughput and latency.
  const ids = new Set(site.articleUrls.map((u) => articleIdFor(u)));
  const events = new Map<string, IndexedArticleV1>();
  const consumer = kafka.consumer({ groupId: `bench-pipeline-${runId}`, maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topic: Topics.articlesIndexed.name, fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString();
      if (key && ids.has(key) && !events.has(key)) events.set(key, JSON.parse(message.value!.toString()));
    },
  });
  await sleep(3000); // joined before anything is indexed

  // The indexer's story step is work the floor does not do: off unless --stories (then the ratio counts it as overhead).
  const stories = process.argv.includes('--stories');
  const supervisor = new Supervisor(
    sampleSiteEnv(site.port, {
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...(stories ? {} : { STORIES_ENABLED: 'false' }),
    }),
    STAGES,
    500,
    replicas,
  );
  supervisor.start();
  await supervisor.ready();
  // CPU each service spent getting ready (loading modules, the enricher its gazetteer): the steady-state column
  // leaves it out, so a short run's per-article figures are not dominated by start-up.
  const startupCpu = new Map<string, number>();
  for (const [stage, svc] of supervisor.services)
    startupCpu.set(stage, svc.child.pid ? (processStats(svc.child.pid)?.cpuSeconds ?? 0) : 0);
  // The PostgreSQL backends serving the services (the store write's share of the pipeline, as the floor counts its
  // writer's backend), beside every PostgreSQL process of the stack (shared with any other client).
  const sampler = new CpuWindowSampler(async () => ({
    ...Object.fromEntries([...supervisor.services].map(([name, svc]) => [name, svc.child.pid ? [svc.child.pid] : []])),
    'pg indexer': await backendPids(ds, 'newsflow-indexer'),
    'pg fetcher': await backendPids(ds, 'newsflow-fetcher'),
    broker: brokerPids(),
    'site+bench': [process.pid],
    postgres: postgresPids(),
  }));
  await sampler.start();
  const started = Date.now();
  let feeder: Promise<void> = Promise.resolve();
  if (rate > 0) {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    feeder = (async () => {
      for (let i = 0; i < site.articleUrls.length; i++) {
        const url = site.articleUrls[i];
        const value = FetchRequestContract.validate({
          schemaVersion: 1,
          articleId: articleIdFor(url),
          url,
          requestedAt: new Date().toISOString(),
          origin: { kind: 'ingest', sourceId: null },
        });
        await producer.send({
          topic: FetchRequestContract.topic,
          messages: [
            {
              key: value.articleId,
              value: JSON.stringify(value),
              headers: { [Headers.schema]: FetchRequestContract.id },
            },
          ],
        });
        const due = started + ((i + 1) * 1000) / rate;
        if (due > Date.now()) await sleep(due - Date.now());
      }
      await producer.disconnect();
    })();
  } else {
    await addSource(ds, { kind: 'feed', url: site.feedUrl, pollIntervalSeconds: 3600 });
  }

  const lagSamples: Record<string, number[]> = Object.fromEntries(STAGES.map((s) => [s, []]));
  const others: Record<string, () => number[]> = {
    broker: brokerPids,
    // This process: the sample site serving the pages, and the watchers. It shares the box with the pipeline.
    'site+bench': () => [process.pid],
    postgres: postgresPids,
  };
  // CPU per process id: a process that started meanwhile counts from zero, one that ended (another client's backend)
  // is not subtracted from the survivors.
  const cpuBefore = new Map<number, number>();
  for (const f of Object.values(others)) for (const p of f()) cpuBefore.set(p, processStats(p)?.cpuSeconds ?? 0);
  // Resident memory of each service at every tenth of the run: flat is healthy, a climb is a leak.
  const rssAtProgress: { indexed: number; rssMb: Record<string, number> }[] = [];
  let nextMilestone = 1;
  let lastLog = 0;
  const deadline = Date.now() + Math.max(120_000, n * 200);
  let lastStatus = 0;
  while (events.size < n && Date.now() < deadline) {
    await sleep(1000);
    // Lag every 5 s, not every second: the status queries are broker work too, and this run measures the broker.
    if (Date.now() - lastStatus >= 5000) {
      lastStatus = Date.now();
      const status = await pipelineStatus(admin, null).catch(() => null);
      if (status) for (const st of status.stages) lagSamples[st.stage].push(st.lag);
    }
    while (nextMilestone <= 10 && events.size >= (n * nextMilestone) / 10) {
      const rssMb: Record<string, number> = {};
      for (const [stage, svc] of supervisor.services) {
        const st = svc.child.pid ? processStats(svc.child.pid) : null;
        rssMb[stage] = st ? Math.round(st.rssBytes / 1024 / 1024) : 0;
      }
      rssAtProgress.push({ indexed: events.size, rssMb });
      nextMilestone++;
    }
    if (Date.now() - lastLog > 10_000) {
      lastLog = Date.now();
      const rss = [...supervisor.services]
        .map(([name, svc]) => {
          const st = svc.child.pid ? processStats(svc.child.pid) : null;
          return `${name} ${st ? Math.round(st.rssBytes / 1024 / 1024) : '-'}`;
        })
        .join(', ');
      log(`${events.size}/${n} indexed, ${((Date.now() - started) / 1000).toFixed(0)} s; RSS MB: ${rss}`);
    }
  }
  const wallSeconds = (Date.now() - started) / 1000;
  await sampler.sample();
  await sleep(600);
  await sampler.sample(); // a sample after the last article was indexed closes the window
  sampler.stop();
  await feeder;
  const serviceStats: Record<string, ProcessStats | null> = {};
  for (const [stage, svc] of supervisor.services)
    serviceStats[stage] = svc.child.pid ? processStats(svc.child.pid) : null;
  const otherCpu = Object.fromEntries(
    Object.entries(others).map(([k, f]) => {
      const stats = f()
        .map((p) => {
          const st = processStats(p);
          return st ? { ...st, cpuSeconds: st.cpuSeconds - (cpuBefore.get(p) ?? 0) } : null;
        })
        .filter((s): s is ProcessStats => s !== null);
      return [
        k,
        {
          cpuSeconds: stats.reduce((a, s) => a + s.cpuSeconds, 0),
          peakRssBytes: stats.reduce((a, s) => a + s.peakRssBytes, 0),
        },
      ];
    }),
  );
  await supervisor.stop();
  await consumer.disconnect();
  await admin.disconnect();
  if (!rate) await removeSource(ds, site.feedUrl).catch(() => undefined);
  await ds.destroy();
  await site.close();

  // The floor: the same pages, the work alone, in this process (now that the services are gone).
  let floor = null;
  if (floorPages > 0) {
    log(`floor: ${floorPages} of the same pages through extraction, enrichment and the store write, in-process ...`);
    const pages = articlesOf(site.baseUrl).slice(0, floorPages);
    floor = await runFloor(
      pages.map((a) => ({ url: site.baseUrl + a.path, html: a.html })),
      { databaseUrl: databaseUrlFromEnv(), batch: Number(process.env.STAGE_FLUSH_EVERY ?? 50) },
    );
  }

  const firstFetchStart = Math.min(...[...events.values()].map((e) => Date.parse(e.timings.fetchStartedAt)));
  const lastIndexedAt = Math.max(...[...events.values()].map((e) => Date.parse(e.indexedAt)));
  const window = events.size ? sampler.between(firstFetchStart, lastIndexedAt) : { cpuMs: {}, fromAt: 0, toAt: 0 };
  const latencyOf = (e: IndexedArticleV1) =>
    Date.parse(e.timings.indexedAt ?? e.indexedAt) - Date.parse(e.timings.fetchStartedAt);
  const byFetchStart = [...events.values()].sort(
    (a, b) => Date.parse(a.timings.fetchStartedAt) - Date.parse(b.timings.fetchStartedAt),
  );
  const allLatencies = byFetchStart.map(latencyOf).sort((a, b) => a - b);
  // --warmup W: the first W articles fetched are left out of the percentiles (cold JITs, caches and consumers), so
  // they describe the steady state at the given load; the all-articles figures are printed beside them.
  const latencies = byFetchStart
    .slice(Math.min(warmup, Math.max(0, byFetchStart.length - 1)))
    .map(latencyOf)
    .sort((a, b) => a - b);
  const latencyMs = latencySummary(latencies);
  const latencyMsAll = latencySummary(allLatencies);
  const firstStart = Math.min(...[...events.values()].map((e) => Date.parse(e.timings.fetchStartedAt)));
  const lastIndexed = Math.max(...[...events.values()].map((e) => Date.parse(e.indexedAt)));
  const articlesPerSecond = events.size / Math.max(0.001, (lastIndexed - firstStart) / 1000);
  const totalCpu =
    Object.values(serviceStats).reduce((a, s) => a + (s?.cpuSeconds ?? 0), 0) +
    Object.values(otherCpu).reduce((a, s) => a + s.cpuSeconds, 0);
  const totalStartupCpu = [...startupCpu.values()].reduce((a, c) => a + c, 0);
  const perArticle = (cpuSeconds: number) => (1000 * cpuSeconds) / Math.max(1, events.size);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  process.stdout.write(
    `\npipeline: ${events.size}/${n} articles indexed in ${wallSeconds.toFixed(1)} s (${rate ? `fed at ${rate}/s` : 'from the feed'})\n`,
  );
  process.stdout.write(`throughput ${articlesPerSecond.toFixed(1)} articles/s (first fetch start to last indexed)\n`);
  process.stdout.write(
    `latency fetch start → indexed${warmup ? ` (after the first ${warmup})` : ''}: ${formatSummary(latencyMs)}\n` +
      (warmup ? `latency of all ${allLatencies.length} articles: ${formatSummary(latencyMsAll)}\n` : '') +
      '\n',
  );
  process.stdout.write('process      CPU s   CPU share   CPU ms/article   after start   peak RSS MB   max lag\n');
  for (const [name, s] of [...Object.entries(serviceStats), ...Object.entries(otherCpu)]) {
    const cpu = s ? ('cpuSeconds' in s ? s.cpuSeconds : 0) : 0;
    const lag = lagSamples[name] ? Math.max(0, ...lagSamples[name]) : '';
    process.stdout.write(
      `${name.padEnd(10)} ${cpu.toFixed(1).padStart(7)} ${((100 * cpu) / totalCpu).toFixed(0).padStart(9)}% ${perArticle(cpu).toFixed(1).padStart(16)} ${perArticle(
        cpu - (startupCpu.get(name) ?? 0),
      )
        .toFixed(1)
        .padStart(13)} ${mb(s?.peakRssBytes ?? 0).padStart(13)} ${String(lag).padStart(9)}\n`,
    );
  }
  const steadyPerArticle = perArticle(totalCpu - totalStartupCpu);
  process.stdout.write(
    `all       ${totalCpu.toFixed(1).padStart(7)}      100% ${perArticle(totalCpu).toFixed(1).padStart(16)} ${steadyPerArticle.toFixed(1).padStart(13)}   (services' start-up ${totalStartupCpu.toFixed(1)} s; after it, ${availableParallelism()} cores = ${((1000 * availableParallelism()) / steadyPerArticle).toFixed(0)} articles/s at most)\n`,
  );
  const efficiency = printEfficiency((line) => process.stdout.write(line + '\n'), window, events.size, floor, [
    ...supervisor.services.keys(),
  ]);
  // One hop of a large page by contract version (in this process, after the run): what fetched-page/2 saves.
  const pageCodec = floorPages > 0 ? measurePageCodec() : null;
  if (floorPages > 0) printPageCodec((line) => process.stdout.write(line + '\n'), pageCodec);
  if (rssAtProgress.length) {
    const stages = Object.keys(rssAtProgress[0].rssMb);
    process.stdout.write(
      `\nRSS MB as the run progressed\n${'indexed'.padStart(9)} ${stages.map((s) => s.padStart(9)).join(' ')}\n`,
    );
    for (const r of rssAtProgress)
      process.stdout.write(
        `${String(r.indexed).padStart(9)} ${stages.map((s) => String(r.rssMb[s]).padStart(9)).join(' ')}\n`,
      );
    const growth = rssGrowth(rssAtProgress);
    if (growth.length)
      process.stdout.write(
        `RSS growth from the first tenth to the last (flat = no leak): ${growth
          .map((g) => `${g.stage} ${g.mb >= 0 ? '+' : ''}${g.mb} MB (${g.mbPer10k} per 10k articles)`)
          .join(', ')}\n`,
      );
  }
  const result = {
    articles: n,
    indexed: events.size,
    articlesPerSecond: +articlesPerSecond.toFixed(2),
    latencyMs,
    warmup,
    latencyMsAll,
    wallSeconds: +wallSeconds.toFixed(1),
    rate: rate || null,
    processes: { ...serviceStats, ...otherCpu },
    startupCpuSeconds: Object.fromEntries(startupCpu),
    rssAtProgress,
    rssGrowth: rssGrowth(rssAtProgress),
    efficiency,
    floor,
    pageCodec,
    floorTotalMs: floor ? floorTotalMs(floor) : null,
    maxLag: Object.fromEntries(Object.entries(lagSamples).map(([k, v]) => [k, Math.max(0, ...v)])),
    source,
  };
  if (asJson) process.stdout.write(JSON.stringify(result) + '\n');
  return events.size === n ? 0 : 1;
}

/** The broker answering on this host, whoever started it (its recorded pid may belong to an earlier stack). */
function brokerPids(): number[] {
  const running = pidsMatching(/kafka\.Kafka /);
  return running.length ? running : [readPid(stackDir('kafka', 'kafka.pid'))].filter((p): p is number => p !== null);
}

/** Every PostgreSQL process on this host (the local stack's cluster, shared with any other client of it). */
function postgresPids(): number[] {
  return pidsMatching(/^postgres: |\/postgres -D|postgresql\/\d+\/bin\/postgres/);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`bench:pipeline: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
