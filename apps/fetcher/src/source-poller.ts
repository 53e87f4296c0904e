import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { Span } from '@opentelemetry/api';
import { articleIdFor, FetchRequestContract, FetchRequestV1 } from '@newsflow/contracts';
import { claimDueSources, Database, recordPollResult, SourceRow } from '@newsflow/db';
import { ConditionalRequest, FetchPolicy, FetchResult } from '@newsflow/fetching';
import { fetchRequestRecord, KAFKA, LOGGER } from '@newsflow/messaging';
import { inSpan, Logger } from '@newsflow/telemetry';
import { FetcherConfig } from './fetcher-config';
import { recordFetchRequests, seenFeedDates } from '@newsflow/db';
import { PageFetcher } from './page-fetcher';
import { sitemapFetchPolicy } from './sitemap-policy';
import {
  feedItems,
  itemFeedDate,
  itemsToRequest,
  limitPerHost,
  readSitemap,
  SourceItem,
  sitemapItems,
  uniqueNormalizedItems,
  urlListItems,
} from './source-items';
import { FETCHER_CONFIG } from './tokens';

/** A source document fetch that was not done because the host had no free slot within the poller's patience. */
class HostBusyError extends Error {}

/**
 * Polls due sources: claims them atomically in Postgres (so replicas never poll one source twice for the same due
 * time), fetches each feed, sitemap (index) or URL list conditionally and politely (the same per-host slots as page
 * fetches), keeps the items the fetch log says are new or changed, and publishes one fetch request per item.
 * Each poll is a span; each request starts its article's own trace (linked to the poll's span), so an article's
 * trace begins where it was asked for and every article keeps a trace of its own.
 */
@Injectable()
export class SourcePoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private producer: Producer;
  private readonly sitemapPolicy: FetchPolicy;

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
    this.sitemapPolicy = sitemapFetchPolicy(fetcher.policy, config.FETCHER_SITEMAP_MAX_BYTES);
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

  private pollSource(source: SourceRow): Promise<number> {
    return inSpan('fetcher poll source', { 'url.full': source.url, 'newsflow.source.kind': source.kind }, (span) =>
      this.pollSourceInSpan(source, span),
    );
  }

  private async pollSourceInSpan(source: SourceRow, pollSpan: Span): Promise<number> {
    try {
      const result = await this.fetchPolitely(
        source.url,
        { etag: source.etag, lastModified: source.lastModified },
        source.kind === 'sitemap' ? this.sitemapPolicy : this.fetcher.policy,
      );
      if (result.notModified) {
        await recordPollResult(this.db.dataSource, source.id, {
          ok: true,
          etag: source.etag,
          lastModified: source.lastModified,
        });
        this.logger.info({ source: source.url }, 'source not modified');
        return 0;
      }
      if (result.status >= 300) throw new Error(`HTTP ${result.status}`);
      const listed = await this.itemsOf(source, result);
      const items = uniqueNormalizedItems(listed, this.maxItems(source));
      const seen = await seenFeedDates(
        this.db.dataSource,
        items.map((i) => i.url),
      );
      const { kept, postponed } = limitPerHost(
        itemsToRequest(items, seen).map((r) => r.item),
        this.config.FETCHER_POLL_HOST_BUDGET,
      );
      const requested = await this.publish(source, kept, pollSpan);
      pollSpan.setAttribute('newsflow.poll.requested', requested);
      await recordPollResult(this.db.dataSource, source.id, {
        ok: true,
        etag: result.etag ?? null,
        lastModified: result.lastModified ?? null,
      });
      this.logger.info(
        {
          source: source.url,
          kind: source.kind,
          items: listed.length,
          requested,
          postponed,
          skipped: items.length - requested - postponed,
        },
        'source polled',
      );
      return requested;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.warn({ source: source.url, err: message }, 'source poll failed');
      await recordPollResult(this.db.dataSource, source.id, { ok: false, error: message }).catch(() => undefined);
      return 0;
    }
  }

  /** Per-source cap: a sitemap source's `options.maxUrls` when smaller than the configured cap. */
  private maxItems(source: SourceRow): number {
    const own = Number(source.options?.maxUrls);
    const cap = this.config.FETCHER_SITEMAP_MAX_URLS;
    return Number.isInteger(own) && own > 0 ? Math.min(own, cap) : cap;
  }

  private async itemsOf(source: SourceRow, result: FetchResult): Promise<SourceItem[]> {
    switch (source.kind) {
      case 'feed':
        return feedItems(result.text ?? '', result.finalUrl);
      case 'url-list':
        return urlListItems(result.text ?? '', result.finalUrl);
      case 'sitemap':
        return this.sitemapUrls(source, result);
    }
  }

  /**
   * A sitemap's URLs, or for a sitemap index those of its child sitemaps (read one level deep, at most
   * FETCHER_SITEMAP_MAX_CHILDREN of them, newest `lastmod` first), stopping at the per-source URL cap.
   */
  private async sitemapUrls(source: SourceRow, result: FetchResult): Promise<SourceItem[]> {
    const maxUrls = this.maxItems(source);
    const maxBytes = this.sitemapPolicy.maxDecompressedBytes;
    const root = await readSitemap(result.body, result.finalUrl, maxUrls, maxBytes);
    if (root.kind !== 'sitemapindex') return sitemapItems(root);
    const children = [...root.sitemaps]
      .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? ''))
      .slice(0, this.config.FETCHER_SITEMAP_MAX_CHILDREN);
    const items: SourceItem[] = [];
    for (const child of children) {
      if (items.length >= maxUrls) break;
      try {
        const r = await this.fetchPolitely(child.url, undefined, this.sitemapPolicy);
        if (r.status >= 300) throw new Error(`HTTP ${r.status}`);
        const sitemap = await readSitemap(r.body, r.finalUrl, maxUrls - items.length, maxBytes);
        items.push(...sitemapItems(sitemap));
      } catch (err) {
        // One broken child must not cost the others: it is logged and the index is read on.
        this.logger.warn(
          { source: source.url, sitemap: child.url, err: (err as Error).message },
          'child sitemap failed',
        );
      }
    }
    return items;
  }

  /**
   * Fetches a source document once the host has a free slot (shared with the page fetches of every replica). The
   * poller is a timer loop, not a consumer handler, so it may wait, but only up to FETCHER_POLL_MAX_WAIT_MS.
   */
  private async fetchPolitely(
    url: string,
    conditional: ConditionalRequest | undefined,
    policy: FetchPolicy,
  ): Promise<FetchResult> {
    const deadline = Date.now() + this.config.FETCHER_POLL_MAX_WAIT_MS;
    for (;;) {
      const waitMs = await this.fetcher.takeHostSlot(url);
      if (waitMs === 0) break;
      if (Date.now() + waitMs > deadline) throw new HostBusyError(`no request slot for ${new URL(url).host} in time`);
      await sleep(waitMs);
    }
    const result = await this.fetcher.fetch(url, conditional, policy);
    if ((result.status === 429 || result.status === 503) && result.retryAfterMs)
      await this.fetcher.deferHost(url, result.retryAfterMs);
    return result;
  }

  private async publish(source: SourceRow, items: SourceItem[], pollSpan: Span): Promise<number> {
    if (!items.length) return 0;
    const now = new Date().toISOString();
    const messages = items.map((item) => {
      const request: FetchRequestV1 = {
        schemaVersion: 1,
        articleId: articleIdFor(item.url),
        url: item.url,
        requestedAt: now,
        origin: {
          kind: source.kind,
          sourceId: source.id,
          feedItem: {
            title: item.title ?? null,
            publishedAt: item.publishedAt ?? null,
            updatedAt: item.updatedAt ?? null,
          },
        },
      };
      return fetchRequestRecord(request, [{ context: pollSpan.spanContext() }]).record;
    });
    await this.producer.send({ topic: FetchRequestContract.topic, acks: -1, messages });
    await recordFetchRequests(
      this.db.dataSource,
      source.id,
      items.map((i) => ({ url: i.url, feedDate: itemFeedDate(i) ?? null })),
    );
    return messages.length;
  }
}
