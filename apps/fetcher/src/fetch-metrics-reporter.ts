import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { FetchMetrics } from '@newsflow/fetching';
import { LOGGER } from '@newsflow/messaging';
import { Logger } from '@newsflow/telemetry';
import { FetcherConfig } from './fetcher-config';
import { FETCHER_CONFIG } from './tokens';

/**
 * The process's fetch metrics (outcomes by class, 304 ratio, requests per host), logged as one summary line every
 * FETCHER_METRICS_LOG_EVERY_MS. The counters are cumulative since the process started, like Prometheus counters, so
 * whoever exports them later can read `metrics.snapshot()` directly.
 */
@Injectable()
export class FetchMetricsReporter implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly metrics = new FetchMetrics();
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.logSummary(), this.config.FETCHER_METRICS_LOG_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.logSummary();
  }

  logSummary(): void {
    this.logger.info({ fetchMetrics: this.metrics.snapshot() }, 'fetch metrics');
  }
}
