import { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { ConsumerStateTracker } from './health/consumer-state';
import { PostgresTarget } from './health/postgres.indicator';
import { NewsflowMetrics } from './metrics';

export interface ObservabilityChecks {
  /** Readiness checks the broker (describeCluster) through an admin client of this Kafka instance. */
  kafka?: Kafka;
  /** Readiness runs `SELECT 1` on the service's DataSource, or on a one-connection pool to this URL. */
  postgres?: PostgresTarget;
  /** Readiness fails while this tracker says the consumer is not running (and says why). */
  consumer?: ConsumerStateTracker;
  /** Per-check timeout (default 3000 ms; keep it below the probe's timeoutSeconds). */
  timeoutMs?: number;
}

export interface ConsumerLagOptions {
  /** Consumer group whose lag is measured (newsflow-<stage>). */
  groupId: string;
  /** Topics the group reads. */
  topics: string[];
  /** Stage label of the gauge. */
  stage: string;
  /** Refresh period (default 15000 ms). */
  intervalMs?: number;
}

export interface ObservabilityOptions {
  /** Service name: the `service` label on every series and the name in health answers. */
  service: string;
  checks?: ObservabilityChecks;
  /** Publish `newsflow_consumer_lag` for this group (needs checks.kafka). */
  consumerLag?: ConsumerLagOptions;
  /** Liveness fails when the median event-loop delay between two probes exceeds this (default 1000 ms). */
  maxEventLoopDelayMs?: number;
  /** Bring your own registry and metrics (both, created with createMetricsRegistry/createNewsflowMetrics). */
  telemetry?: { registry: Registry; metrics: NewsflowMetrics };
}
