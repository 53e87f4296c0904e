import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { createDataSource, indexArticles, runMigrations } from '@newsflow/db';
import { enrichArticle } from '@newsflow/enrichment';
import { extractArticle } from '@newsflow/extraction';
import { fetchedPageFor, toEnrichedArticle, toParsedArticle } from '@newsflow/pipeline';
import { DataSource } from 'typeorm';

/**
 * The pipeline's floor: the same pages through the work itself, in this one process — extraction, enrichment and the
 * indexer's batched store write (`indexArticles`, `batch` articles per transaction, as STAGE_FLUSH_EVERY gives the
 * indexer) — with no broker, no contracts checked, no JSON between processes. What the pipeline spends beyond this
 * is the cost of moving messages. The store write goes to a throw-away schema (migrated, then dropped), so it is an
 * insert of new articles as in the pipeline run, whatever the main schema already holds.
 */
export interface FloorResult {
  /** Pages that made an article (the extractor rejects some; the pipeline dead-letters those). */
  articles: number;
  rejected: number;
  /** CPU ms per article of each part, in this process (user + system, all threads: GC included). */
  extractMs: number;
  enrichMs: number;
  storeNodeMs: number;
  /** CPU ms per article of the writer's PostgreSQL backend; null when its process is not visible here. */
  storePostgresMs: number | null;
}

export interface FloorPage {
  url: string;
  html: string;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/** CPU ms of PostgreSQL backends so far (user + system from /proc), or null when a backend is not visible here. */
export function procCpuMs(pids: number[]): number | null {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return (ticks * 1000) / USER_HZ;
}

/** Process ids of the PostgreSQL backends serving connections named `applicationName`. */
export async function backendPids(admin: DataSource, applicationName: string): Promise<number[]> {
  const rows: { pid: number }[] = await admin.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [
    applicationName,
  ]);
  return rows.map((r) => Number(r.pid));
}

export async function runFloor(
  pages: Iterable<FloorPage>,
  options: { databaseUrl: string; batch: number },
): Promise<FloorResult> {
  const parts = { extract: 0, enrich: 0, storeNode: 0 };
  let articles = 0;
  let rejected = 0;
  const schema = `bench_floor_${randomUUID().slice(0, 8)}`;
  const applicationName = `bench-floor-${process.pid}`;
  const admin = createDataSource(options.databaseUrl, { applicationName: 'bench-floor-admin', poolSize: 1 });
  await admin.initialize();
  let storePostgresMs: number | null = null;
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    await runMigrations(options.databaseUrl, schema);
    const ds = createDataSource(options.databaseUrl, { poolSize: 1, schema, applicationName });
    await ds.initialize();
    try {
      await ds.query('SELECT 1'); // the connection (and its backend) exists before its CPU is read
      const pids = await backendPids(admin, applicationName);
      const pgBefore = procCpuMs(pids);
      // A batch at a time, as the indexer writes: memory stays bounded however many pages there are.
      let batch: EnrichedArticleV1[] = [];
      const store = async () => {
        const t = cpuMs();
        await indexArticles(
          ds,
          batch.map((message) => ({ message, traceId: null })),
        );
        parts.storeNode += cpuMs() - t;
        batch = [];
      };
      for (const { url, html } of pages) {
        const now = new Date();
        let t = cpuMs();
        let parsed;
        try {
          // As the parser: the extractor, then the parsed-article shape (the page's fields are the fetcher's).
          parsed = toParsedArticle(fetchedPageFor(html, url, now), extractArticle(html, url), now);
        } catch {
          parsed = null;
        }
        parts.extract += cpuMs() - t;
        if (!parsed?.article.text.trim()) {
          rejected++;
          continue;
        }
        t = cpuMs();
        const a = parsed.article;
        const e = enrichArticle({ title: a.title, text: a.text, publishedAt: a.publishedAt, language: a.language });
        batch.push(toEnrichedArticle(parsed, e, new Date()));
        parts.enrich += cpuMs() - t;
        articles++;
        if (batch.length >= options.batch) await store();
      }
      if (batch.length) await store();
      const pgAfter = procCpuMs(pids);
      if (pgBefore !== null && pgAfter !== null) storePostgresMs = (pgAfter - pgBefore) / Math.max(1, articles);
    } finally {
      await ds.destroy();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await admin.destroy();
  }
  const per = (ms: number) => ms / Math.max(1, articles);
  return {
    articles,
    rejected,
    extractMs: per(parts.extract),
    enrichMs: per(parts.enrich),
    storeNodeMs: per(parts.storeNode),
    storePostgresMs,
  };
}

/** The floor's total CPU ms per article (PostgreSQL included when it was measured). */
export function floorTotalMs(f: FloorResult): number {
  return f.extractMs + f.enrichMs + f.storeNodeMs + (f.storePostgresMs ?? 0);
}
