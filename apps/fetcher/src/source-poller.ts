import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { articleIdFor, FetchRequestContract, FetchRequestV1, Headers } from '@newsflow/contracts';
import { claimDueSources, Database, recordPollResult, SourceRow } from '@newsflow/db';
import { normalizeUrl, parseFeed } from '@newsflow/fetching';
import { KAFKA, LOGGER } from '@newsflow/messaging';
import { Logger } from '@newsflow/telemetry';
import { FetcherConfig } from './fetcher-config';
import { PageFetcher } from './page-fetcher';
import { FETCHER_CONFIG } from './tokens';

/**
 * Polls due sources: claims them atomically in Postgres (so replicas never poll one source twice for the same due
 * time), fetches each feed conditionally, and publishes one fetch request per item. Requests carry no trace
 * context on purpose: each article's trace starts at its own fetch, not at the poll that found it.
 */
@Injectable()
export class SourcePoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private producer: Producer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    private readonly db: Database,
    private readonly fetcher: PageFetcher,
  ) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.pollOnce().finally(() => (this.running = undefined));
    }, this.config.FETCHER_POLL_EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.producer.disconnect();
  }

  async pollOnce(): Promise<number> {
    let sources: SourceRow[];
    try {
      sources = await claimDueSources(this.db.dataSource, this.config.FETCHER_POLL_BATCH);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'could not claim due sources');
      return 0;
    }
    let requested = 0;
    for (const source of sources) requested += await this.pollSource(source);
    return requested;
  }

  private async pollSource(source: SourceRow): Promise<number> {
    try {
      const result = await this.fetcher.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
      if (result.notModified) {
        await recordPollResult(this.db.dataSource, source.id, {
          ok: true,
          etag: source.etag,
          lastModified: source.lastModified,
        });
        return 0;
      }
      if (result.status >= 300) throw new Error(`HTTP ${result.status}`);
      const feed = parseFeed(result.text ?? '', result.finalUrl);
      const now = new Date().toISOString();
      const requests: FetchRequestV1[] = [];
      const seen = new Set<string>();
      for (const item of feed.items) {
        if (!item.url) continue;
        let url: string;
        try {
          url = normalizeUrl(item.url);
        } catch {
          continue;
        }
        if (seen.has(url)) continue;
        seen.add(url);
        requests.push(
          FetchRequestContract.validate({
            schemaVersion: 1,
            articleId: articleIdFor(url),
            url,
            requestedAt: now,
            origin: {
              kind: 'feed',
              sourceId: source.id,
              feedItem: {
                title: item.title ?? null,
                publishedAt: item.publishedAt ?? null,
                updatedAt: item.updatedAt ?? null,
              },
            },
          }),
        );
      }
      if (requests.length) {
        await this.producer.send({
          topic: FetchRequestContract.topic,
          acks: -1,
          messages: requests.map((r) => ({
            key: r.articleId,
            value: JSON.stringify(r),
            headers: { [Headers.schema]: FetchRequestContract.id, [Headers.contentType]: 'application/json' },
          })),
        });
      }
      await recordPollResult(this.db.dataSource, source.id, {
        ok: true,
        etag: result.etag ?? null,
        lastModified: result.lastModified ?? null,
      });
      this.logger.info({ source: source.url, items: feed.items.length, requested: requests.length }, 'source polled');
      return requests.length;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.warn({ source: source.url, err: message }, 'source poll failed');
      await recordPollResult(this.db.dataSource, source.id, { ok: false, error: message }).catch(() => undefined);
      return 0;
    }
  }
}
