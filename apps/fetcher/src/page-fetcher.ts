import { Inject, Injectable } from '@nestjs/common';
import { articleIdFor, FetchedPageV1, FetchRequestV1 } from '@newsflow/contracts';
import { Database } from '@newsflow/db';
import {
  ConditionalRequest,
  feedItemDate,
  FetchFailure,
  FetchPolicy,
  FetchRefusal,
  FetchResult,
  findCanonicalLink,
  HostRateLimiter,
  normalizeUrl,
  politeIntervalMs,
  safeFetch,
  withRobots,
} from '@newsflow/fetching';
import { dependencyGuard, PermanentError, RetryLaterError } from '@newsflow/messaging';
import { FetcherConfig } from './fetcher-config';
import { FetchMetricsRecorder, outcomeOfErrorCode, outcomeOfStatus } from '@newsflow/observability';
import {
  ConditionalValidators,
  conditionalValidators,
  FetchOutcomeRecord,
  isConnectionError,
  recordFetch,
} from '@newsflow/db';
import { FETCH_POLICY, FETCHER_CONFIG, HOST_RATE_LIMITER } from './tokens';

/** A transient HTTP failure (5xx without Retry-After): the stage retries it with its own backoff tiers. */
export class TransientFetchError extends Error {
  override readonly name = 'TransientFetchError';
}

/** A host limiter that reads a URL's validators in the statement that takes its host's slot (PostgresHostRateLimiter). */
interface ValidatorsReadingLimiter {
  acquireWithValidators(
    host: string,
    minIntervalMs: number,
    url: string,
  ): Promise<{ slot: { waitMs: number }; validators?: ConditionalValidators }>;
}

/** What handling one fetch request gave: a page to publish, or an outcome that is only recorded. */
export type PageFetchOutcome =
  | { kind: 'page'; page: FetchedPageV1 }
  | { kind: 'not-modified' }
  | { kind: 'not-article'; classification: string; rule: string; status: number };

/**
 * Least wait asked of the stage when a host answers 429/503 without a usable Retry-After: one host interval is too
 * eager for a server that just said it is overloaded ("overload floor" heuristic).
 */
const OVERLOAD_FLOOR_MS = 10_000;

/**
 * Fetches under the fetcher's policy (address safety, redirects, size and time caps, content types) plus robots.txt
 * (cached per origin) and per-host politeness shared across replicas, conditionally on the fetch log. Outcomes:
 * - no free slot for the host (interval or Crawl-delay), or 429/503 with Retry-After: `RetryLaterError`, the stage
 *   parks the request and brings it back later (nothing sleeps here);
 * - policy refusals: recorded in the fetch log, then a `PermanentError` (dead letter with the reason);
 * - 304: recorded and counted, nothing published;
 * - pages that are not articles (bot walls, paywalls, JS shells, error pages, 4xx): expected outcomes, recorded in
 *   the fetch log with their class and rule, never published, never dead-lettered;
 * - an article: recorded and turned into the fetched-page message;
 * - PostgreSQL unreachable (host slots, the fetch log): `DependencyUnavailableError`, the stage pauses on the
 *   request until the database is back (it never retries requests into dead letters over an outage).
 */
@Injectable()
export class PageFetcher {
  readonly policy: FetchPolicy;
  /** Every database call of a fetch goes through this; the site's own connection errors do not. */
  private readonly postgres = dependencyGuard('postgres', isConnectionError);

  constructor(
    @Inject(FETCH_POLICY) basePolicy: FetchPolicy,
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    @Inject(HOST_RATE_LIMITER) private readonly limiter: HostRateLimiter,
    private readonly db: Database,
    private readonly prometheus: FetchMetricsRecorder,
  ) {
    this.policy = withRobots(basePolicy);
  }

  /** One fetch under the policy (or `policy`, a variant of it), counted once in the fetch metrics (Prometheus). */
  async fetch(url: string, conditional?: ConditionalRequest, policy: FetchPolicy = this.policy): Promise<FetchResult> {
    try {
      const result = await safeFetch(url, policy, conditional);
      this.prometheus.record(url, outcomeOfStatus(result.status));
      return result;
    } catch (err) {
      if (err instanceof FetchRefusal || err instanceof FetchFailure)
        this.prometheus.record(url, outcomeOfErrorCode(err.code));
      throw err;
    }
  }

  /**
   * Takes the host's next request slot, waiting for the larger of the configured interval and robots Crawl-delay.
   * Resolves to the wait in ms when the slot is not free (0 when it was taken).
   */
  async takeHostSlot(url: string): Promise<number> {
    const host = new URL(url).host;
    const interval = await this.hostInterval(url);
    const { waitMs } = await this.postgres(() => this.limiter.acquire(host, interval));
    return waitMs;
  }

  /**
   * `takeHostSlot`, and the URL's validators for a conditional request: in one database round trip when the limiter
   * can read them with the slot (the Postgres one), else one call each.
   */
  private async takeHostSlotWithValidators(
    url: string,
  ): Promise<{ waitMs: number; validators?: ConditionalValidators }> {
    const limiter = this.limiter as HostRateLimiter & Partial<ValidatorsReadingLimiter>;
    if (!limiter.acquireWithValidators) {
      const waitMs = await this.takeHostSlot(url);
      if (waitMs > 0) return { waitMs };
      return { waitMs, validators: await this.postgres(() => conditionalValidators(this.db.dataSource, url)) };
    }
    const interval = await this.hostInterval(url);
    const { slot, validators } = await this.postgres(() =>
      limiter.acquireWithValidators!(new URL(url).host, interval, url),
    );
    return { waitMs: slot.waitMs, validators };
  }

  /** The host's least interval for `url`: the configured one, or robots Crawl-delay when longer. */
  private async hostInterval(url: string): Promise<number> {
    let crawlDelayMs = 0;
    try {
      crawlDelayMs = (await this.policy.robots?.check(url))?.crawlDelayMs ?? 0;
    } catch {
      // robots.txt unreachable: safeFetch decides (and refuses) by the same cached verdict; no delay to honour here.
    }
    return politeIntervalMs(this.config.FETCH_HOST_INTERVAL_MS, crawlDelayMs);
  }

  /** Tells every replica to leave the host alone for `delayMs` (a 429/503 Retry-After). */
  deferHost(url: string, delayMs: number): Promise<void> {
    return this.postgres(() => this.limiter.defer(new URL(url).host, delayMs));
  }

  async fetchPage(req: FetchRequestV1, fetchStartedAt: Date): Promise<PageFetchOutcome> {
    const url = normalizeUrl(req.url);
    const { waitMs, validators } = await this.takeHostSlotWithValidators(url);
    if (waitMs > 0) {
      // Spread the parked requests of one host over the next interval so they do not all come back at once
      // ("slot jitter" heuristic); each still has to win a slot when it returns.
      const jitter = Math.floor(Math.random() * Math.max(this.config.FETCH_HOST_INTERVAL_MS, 250));
      throw new RetryLaterError(`no request slot for ${new URL(url).host} for ${waitMs} ms`, waitMs + jitter);
    }
    const sourceId = req.origin.sourceId;
    const feedDate = req.origin.feedItem ? (feedItemDate(toFeedDates(req.origin.feedItem)) ?? null) : null;
    // Every outcome is recorded for the URL asked for, with its source and the feed date it was requested for.
    const record = (outcome: Omit<FetchOutcomeRecord, 'url' | 'sourceId' | 'feedDate'>) =>
      this.postgres(() => recordFetch(this.db.dataSource, { url, sourceId, feedDate, ...outcome }));

    let result: FetchResult;
    try {
      result = await this.fetch(url, validators);
    } catch (err) {
      if (err instanceof FetchRefusal) {
        await record({
          status: 0,
          classification: `refused:${err.code}`,
          classificationRule: err.reason.slice(0, 500),
        });
        throw new PermanentError(`${err.code}: ${err.reason} (${err.url})`, `REFUSED_${err.code}`);
      }
      throw err; // DNS or network failure: worth retrying
    }

    if (result.status === 429 || result.status === 503) {
      const delayMs = Math.max(result.retryAfterMs ?? OVERLOAD_FLOOR_MS, this.config.FETCH_HOST_INTERVAL_MS);
      await this.deferHost(url, delayMs);
      throw new RetryLaterError(`HTTP ${result.status} from ${result.finalUrl}, retry after ${delayMs} ms`, delayMs);
    }
    if (result.status >= 500) throw new TransientFetchError(`HTTP ${result.status} from ${result.finalUrl}`);

    const finalUrl = normalizeUrl(result.finalUrl);
    if (result.notModified) {
      await record({
        status: 304,
        finalUrl,
        etag: result.etag,
        lastModified: result.lastModified,
        notModified: true,
      });
      return { kind: 'not-modified' };
    }

    const html = result.text ?? '';
    const recorded = recordedClass(result, html);
    if (recorded.classification !== 'article') {
      await record({
        status: result.status,
        finalUrl,
        etag: result.etag,
        lastModified: result.lastModified,
        classification: recorded.classification,
        classificationRule: recorded.rule,
      });
      return {
        kind: 'not-article',
        classification: recorded.classification,
        rule: recorded.rule,
        status: result.status,
      };
    }

    const canonicalUrl = normalizeUrl(findCanonicalLink(html, result.finalUrl) ?? finalUrl);
    const articleId = articleIdFor(canonicalUrl);
    await record({
      status: result.status,
      finalUrl,
      etag: result.etag,
      lastModified: result.lastModified,
      classification: 'article',
      classificationRule: result.classificationRule,
      articleId,
    });
    const fetchedAt = new Date().toISOString();
    return {
      kind: 'page',
      page: {
        schemaVersion: 1,
        articleId,
        url: req.url,
        finalUrl,
        canonicalUrl,
        sourceId,
        fetchedAt,
        status: result.status,
        contentType: result.contentType || 'text/html',
        charset: result.charset ?? 'utf-8',
        etag: result.etag ?? null,
        lastModified: result.lastModified ?? null,
        html,
        timings: { fetchStartedAt: fetchStartedAt.toISOString(), fetchedAt },
      },
    };
  }
}

/**
 * The class recorded for a response: the library's page class, except that a page it calls an article is an
 * `error-page` when the status is not 2xx (a 4xx with a full page is still no article to publish) and `empty` when
 * there is no text at all.
 */
function recordedClass(result: FetchResult, html: string): { classification: string; rule: string } {
  if (result.classification === 'article') {
    if (result.status >= 300) return { classification: 'error-page', rule: `http-status-${result.status}` };
    if (html.trim() === '') return { classification: 'empty', rule: 'empty-body' };
  }
  return { classification: result.classification, rule: result.classificationRule };
}

/** The request's feed item dates (nullable in the contract) in the shape `feedItemDate` reads. */
function toFeedDates(item: { publishedAt?: string | null; updatedAt?: string | null }) {
  return { publishedAt: item.publishedAt ?? undefined, updatedAt: item.updatedAt ?? undefined };
}
