import { DataSource } from 'typeorm';
import { addSource, createDataSource, databaseUrlFromEnv, removeSource } from '@newsflow/db';
import { FixtureNewsSite, startFixtureNewsSite } from '@newsflow/fixture-site';
import { sampleSiteEnv, startPipelineServices } from './pipeline-services';
import { sleep } from './process-utils';

/**
 * The demo: the sample news site on loopback, the four services as processes, the site's feed registered as a
 * source, and a wait until every article of the feed is in the store. Returns the stored rows as the demo prints
 * them. The stack (Kafka, Postgres) must be up.
 */
export interface DemoArticle {
  id: string;
  url: string;
  title: string | null;
  description: string | null;
  sectionPath: string[];
  publishedAt: string | null;
  authors: string[];
  leadImage: { url: string; caption: string | null; credit?: string | null } | null;
  language: string | null;
  text: string;
  entities: unknown[];
  places: unknown[];
  dates: unknown[];
  quotes: unknown[];
  topics: unknown[];
  fingerprint: string | null;
  revision: number;
  traceId: string | null;
}

export interface DemoOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export async function fetchStoredArticles(ds: DataSource, urls: string[]): Promise<DemoArticle[]> {
  return ds.query(
    `SELECT id, url, title, description, section_path AS "sectionPath", published_at_text AS "publishedAt", authors,
            lead_image AS "leadImage", language, text, entities, places, dates, quotes, topics, fingerprint, revision,
            trace_id AS "traceId"
       FROM articles WHERE url = ANY($1) ORDER BY published_at DESC NULLS LAST, id`,
    [urls],
  );
}

export async function runDemo(
  options: DemoOptions = {},
): Promise<{ articles: DemoArticle[]; site: string; wallMs: number }> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const ds = createDataSource(databaseUrlFromEnv(), { applicationName: 'newsflow-demo', poolSize: 2 });
  await ds.initialize();
  const site: FixtureNewsSite = await startFixtureNewsSite();
  log(`demo: sample news site at ${site.baseUrl} (feed ${site.feedUrl})`);
  const services = startPipelineServices(sampleSiteEnv(site.port, options.env));
  try {
    await services.ready;
    log('demo: fetcher, parser, enricher and indexer are running');
    await addSource(ds, {
      kind: 'feed',
      url: site.feedUrl,
      name: 'Newsflow sample news site',
      pollIntervalSeconds: 60,
    });
    const deadline = Date.now() + (options.timeoutMs ?? 120_000);
    for (;;) {
      const articles = await fetchStoredArticles(ds, site.articleUrls);
      if (articles.length >= site.articleUrls.length) {
        return { articles, site: site.baseUrl, wallMs: Date.now() - started };
      }
      if (Date.now() > deadline) {
        throw new Error(
          `demo: only ${articles.length} of ${site.articleUrls.length} articles indexed after ${options.timeoutMs ?? 120_000} ms; ` +
            `service logs: ${services.services.map((s) => s.logFile).join(', ')}`,
        );
      }
      await sleep(250);
    }
  } finally {
    await removeSource(ds, site.feedUrl).catch(() => undefined);
    await services.stop();
    await site.close();
    await ds.destroy();
  }
}
