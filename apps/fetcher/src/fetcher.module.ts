import { DynamicModule, Module } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { Database } from '@newsflow/db';
import { FetchMetricsRecorder, NEWSFLOW_METRICS, NewsflowMetrics } from '@newsflow/observability';
import { fetchPolicyFromEnv } from '@newsflow/fetching';
import { KAFKA, LOGGER } from '@newsflow/messaging';
import { Logger } from '@newsflow/telemetry';
import { loadFetcherConfig } from './fetcher-config';
import { FETCHER_CONFIG, FETCH_POLICY, HOST_RATE_LIMITER } from './tokens';
import { FetchMetricsReporter } from './fetch-metrics-reporter';
import { FetchRequestController } from './fetch-request.controller';
import { PostgresHostRateLimiter } from '@newsflow/db';
import { PageFetcher } from './page-fetcher';
import { SourcePoller } from './source-poller';

@Module({})
export class FetcherModule {
  static register(deps: { kafka: Kafka; logger: Logger }): DynamicModule {
    // Validated before anything connects: a bad variable stops the boot with a clear message.
    const config = loadFetcherConfig();
    const policy = fetchPolicyFromEnv(process.env);
    return {
      module: FetcherModule,
      controllers: [FetchRequestController],
      providers: [
        { provide: KAFKA, useValue: deps.kafka },
        { provide: LOGGER, useValue: deps.logger },
        { provide: FETCHER_CONFIG, useValue: config },
        { provide: FETCH_POLICY, useValue: policy },
        { provide: Database, useFactory: () => Database.open('newsflow-fetcher', 4) },
        // Per-host slots in Postgres: the politeness interval holds across every fetcher replica.
        {
          provide: HOST_RATE_LIMITER,
          useFactory: (db: Database) => new PostgresHostRateLimiter(db.dataSource),
          inject: [Database],
        },
        FetchMetricsReporter,
        // Fetch outcomes by class and host, 304s and requests per host as Prometheus metrics (bounded host labels).
        {
          provide: FetchMetricsRecorder,
          useFactory: (m: NewsflowMetrics) => new FetchMetricsRecorder(m),
          inject: [NEWSFLOW_METRICS],
        },
        PageFetcher,
        SourcePoller,
      ],
    };
  }
}
