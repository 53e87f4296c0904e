import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MetricValue } from 'prom-client';
import { LOGGER } from '@newsflow/messaging';
import { NEWSFLOW_METRICS, NewsflowMetrics } from '@newsflow/observability';
import { Logger } from '@newsflow/telemetry';
import { FetcherConfig } from './fetcher-config';
import { FETCHER_CONFIG } from './tokens';

type MetricValues<L extends string> = { values: MetricValue<L>[] };

/** What the summary line holds: the Prometheus fetch counters, cumulative since the process started. */
export interface FetchMetricsSummary {
  /** `newsflow_fetch_outcomes_total` by outcome (ok, not_modified, robots_disallowed, ...), all host classes. */
  outcomes: Record<string, number>;
  /** `newsflow_fetch_requests_total` by its bounded host label. */
  requestsByHost: Record<string, number>;
  notModified: number;
}

/**
 * Logs the process's fetch metrics as one summary line every FETCHER_METRICS_LOG_EVERY_MS and at shutdown, read
 * from the Prometheus counters FetchMetricsRecorder keeps: every fetch is recorded once, in one place, and the log
 * and /metrics can never disagree. (Page classes such as bot-wall or paywall are in the fetch log:
 * `newsflow fetches --class bot-wall`.)
 */
@Injectable()
export class FetchMetricsReporter implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    @Inject(NEWSFLOW_METRICS) private readonly metrics: NewsflowMetrics,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.logSummary(), this.config.FETCHER_METRICS_LOG_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.writeSummary();
  }

  logSummary(): void {
    this.writeSummary().catch((err: Error) => this.logger.warn({ err: err.message }, 'fetch metrics unreadable'));
  }

  async summary(): Promise<FetchMetricsSummary> {
    // prom-client's get() gives each label combination's value; sum them over the label that is kept.
    const sum = async <L extends string>(counter: { get(): Promise<MetricValues<L>> }, label: L) => {
      const out: Record<string, number> = {};
      for (const v of (await counter.get()).values) {
        const key = String(v.labels[label] ?? '');
        out[key] = (out[key] ?? 0) + v.value;
      }
      return out;
    };
    const notModified = (await this.metrics.fetchNotModified.get()).values[0]?.value ?? 0;
    return {
      outcomes: await sum(this.metrics.fetchOutcomes, 'outcome'),
      requestsByHost: await sum(this.metrics.fetchRequests, 'host'),
      notModified,
    };
  }

  private async writeSummary(): Promise<void> {
    this.logger.info({ fetchMetrics: await this.summary() }, 'fetch metrics');
  }
}
