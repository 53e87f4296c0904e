/**
 * `npm run bench:index [-- --articles N --batch B[,B...] --json]`: articles per second written by the indexer's
 * write path alone (`indexArticles`, one transaction per batch) into the real PostgreSQL of DATABASE_URL, for
 * realistic enriched articles: the pages of ../shared/devsets/extraction run through the real extractor and
 * enricher, then varied so every article is distinct (own URL, own wording, so no near-duplicate shortcut).
 * Writes go to a throw-away schema, dropped at the end. Also measures a replay of the same articles (no changes).
 * `--concurrency C` (default 2) writers in parallel, one connection each, each on its own slice of the articles.
 * Besides the rate, the CPU each article cost: in this process (node) and in the writers' PostgreSQL backends (read
 * from /proc when the server runs on this machine, as the local stack does; "-" otherwise). On a shared machine the
 * rate moves with the other load, the CPU per article much less: it says where the time goes.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { articleIdFor, EnrichedArticleV1 } from '@newsflow/contracts';
import { DataSource } from 'typeorm';
import { createDataSource, databaseUrlFromEnv, indexArticles, runMigrations } from '@newsflow/db';
import { enrichArticle } from '@newsflow/enrichment';
import { renderReferenceArticlePage, seededRandom } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { numberArg, numberListArg } from './lib/cli-args';
import { devSetsDir, loadDevSet } from './lib/extract-devsets';

function baseArticles(): { articles: EnrichedArticleV1[]; source: string } {
  const dir = path.join(devSetsDir(), 'extraction');
  if (!existsSync(dir)) {
    return {
      articles: [
        enrichedArticleFor(
          renderReferenceArticlePage({ baseUrl: 'https://bench.example' }),
          'https://bench.example/reference',
        ),
      ],
      source: `the bundled reference article only (${dir} is absent)`,
    };
  }
  const articles: EnrichedArticleV1[] = [];
  for (const page of loadDevSet('extraction')) {
    try {
      const a = enrichedArticleFor(page.html, page.url);
      if (a.article.text.length > 200) articles.push(a);
    } catch {
      // pages the extractor rejects are not articles to index
    }
  }
  return { articles, source: `${articles.length} pages of ${dir}, extracted and enriched` };
}

/** Variant k of an article: its own URL and id, and every 4th word swapped so its fingerprint is its own. */
function variant(a: EnrichedArticleV1, k: number, vocabulary: string[], rnd: () => number): EnrichedArticleV1 {
  const url = `https://bench.example/${k}/${encodeURIComponent(a.articleId)}`;
  const words = a.article.text.split(' ');
  for (let i = k % 4; i < words.length; i += 4) words[i] = vocabulary[Math.floor(rnd() * vocabulary.length)];
  const text = words.join(' ');
  const fingerprint = enrichArticle({ text: text.slice(0, 4000) }).fingerprint;
  const id = articleIdFor(url);
  return {
    ...a,
    articleId: id,
    url,
    canonicalUrl: url,
    article: { ...a.article, text, title: `${a.article.title ?? ''} #${k}` },
    enrichment: { ...a.enrichment, fingerprint },
  };
}

/** `writers` contiguous, disjoint [from, to) slices covering articles 0..n-1. */
function writerSlices(n: number, writers: number): [number, number][] {
  const per = Math.ceil(n / writers);
  return Array.from({ length: writers }, (_, w): [number, number] => [w * per, Math.min(n, (w + 1) * per)]).filter(
    ([from, to]) => from < to,
  );
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux, whatever the kernel's own HZ). */
const USER_HZ = 100;

/**
 * CPU milliseconds used so far by the PostgreSQL backends of `applicationName` (user + system time from
 * /proc/<pid>/stat), or null when the server's processes are not visible here (a remote server, another OS).
 */
async function backendCpuMs(admin: DataSource, applicationName: string): Promise<number | null> {
  const backends: { pid: number }[] = await admin.query(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1`,
    [applicationName],
  );
  if (!backends.length) return null;
  let ticks = 0;
  for (const { pid } of backends) {
    try {
      // Fields after the command name, which is in parentheses and may contain spaces: utime is the 12th, stime the 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return (ticks * 1000) / USER_HZ;
}

async function main(): Promise<void> {
  const total = numberArg('--articles', 5000);
  const batchSizes = numberListArg('--batch', [1, 50, 200]);
  // Writers in parallel, as indexer replicas (or concurrently consumed partitions) write: one connection each.
  const concurrency = Math.max(1, Math.floor(numberArg('--concurrency', 2)) || 1);
  const asJson = process.argv.includes('--json');
  const { articles: bases, source } = baseArticles();
  process.stderr.write(`bench:index: ${source}; building ${total} distinct articles ...\n`);
  const rnd = seededRandom(42);
  const vocabulary = [...new Set(bases.flatMap((a) => a.article.text.split(/\s+/)).filter((w) => w.length > 3))];
  const articles = Array.from({ length: total }, (_, k) => variant(bases[k % bases.length], k, vocabulary, rnd));
  const avgKb = articles.reduce((n, a) => n + JSON.stringify(a).length, 0) / articles.length / 1024;

  const url = databaseUrlFromEnv();
  const schema = `bench_index_${randomUUID().slice(0, 8)}`;
  const admin = createDataSource(url, { poolSize: 1 });
  try {
    await admin.initialize();
  } catch (err) {
    process.stderr.write(
      `bench:index: PostgreSQL is not reachable (${(err as Error).message}); run: npm run -s newsflow -- stack up\n`,
    );
    process.exitCode = 1;
    return;
  }
  const rows: {
    batch: number;
    phase: string;
    articles: number;
    seconds: number;
    perSecond: number;
    nodeCpuMsPerArticle: number;
    postgresCpuMsPerArticle: number | null;
  }[] = [];
  const applicationName = `bench-index-${process.pid}`;
  try {
    for (const batch of batchSizes) {
      await admin.query(`CREATE SCHEMA ${schema}`);
      await runMigrations(url, schema);
      const ds = createDataSource(url, { poolSize: concurrency, schema, applicationName });
      await ds.initialize();
      // Every writer's connection open before the clock starts (and before their backends' CPU is read).
      await Promise.all(Array.from({ length: concurrency }, () => ds.query('SELECT pg_sleep(0.01)')));
      try {
        const n = batch === 1 ? Math.min(total, 1000) : total;
        for (const phase of ['insert', 'replay']) {
          const postgresBefore = await backendCpuMs(admin, applicationName);
          const nodeBefore = process.cpuUsage();
          const started = process.hrtime.bigint();
          // `concurrency` writers at once, each on a disjoint slice of the articles, batch after batch.
          await Promise.all(
            writerSlices(n, concurrency).map(async ([from, to]) => {
              for (let i = from; i < to; i += batch) {
                await indexArticles(
                  ds,
                  articles.slice(i, Math.min(i + batch, to)).map((message) => ({ message, traceId: null })),
                );
              }
            }),
          );
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const node = process.cpuUsage(nodeBefore);
          const postgresAfter = await backendCpuMs(admin, applicationName);
          rows.push({
            batch,
            phase,
            articles: n,
            seconds,
            perSecond: n / seconds,
            nodeCpuMsPerArticle: (node.user + node.system) / 1000 / n,
            postgresCpuMsPerArticle:
              postgresBefore === null || postgresAfter === null ? null : (postgresAfter - postgresBefore) / n,
          });
        }
      } finally {
        await ds.destroy();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      }
    }
  } finally {
    await admin.destroy();
  }
  process.stdout.write(
    `\nindexer write path (indexArticles), ${total} distinct articles, ${avgKb.toFixed(1)} KB each as JSON, ${concurrency} writer(s)\n`,
  );
  process.stdout.write('batch   phase    articles   seconds   articles/s   CPU ms/article: node  postgres\n');
  for (const r of rows) {
    const postgres = r.postgresCpuMsPerArticle === null ? '-' : r.postgresCpuMsPerArticle.toFixed(2);
    process.stdout.write(
      `${String(r.batch).padStart(5)}   ${r.phase.padEnd(7)}  ${String(r.articles).padStart(8)}  ${r.seconds.toFixed(2).padStart(8)}  ${r.perSecond.toFixed(0).padStart(11)}  ${r.nodeCpuMsPerArticle.toFixed(2).padStart(20)}  ${postgres.padStart(8)}\n`,
    );
  }
  // The CPU-bound ceiling: this machine's cores divided by the CPU one article costs (node plus its backend; the
  // WAL writer, checkpointer and autovacuum come on top). Whatever else runs on the machine lowers the rate, not this.
  const cores = availableParallelism();
  for (const r of rows.filter((x) => x.phase === 'insert' && x.postgresCpuMsPerArticle !== null)) {
    const perArticle = r.nodeCpuMsPerArticle + r.postgresCpuMsPerArticle!;
    process.stdout.write(
      `batch ${r.batch}: ${perArticle.toFixed(2)} ms CPU per article, at most ${((cores * 1000) / perArticle).toFixed(0)} articles/s on ${cores} core(s)\n`,
    );
  }
  if (asJson) process.stdout.write(JSON.stringify({ source, avgKb, rows }) + '\n');
}

main().catch((err: Error) => {
  process.stderr.write(`bench:index: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
