import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { ConsumerLagMonitor } from '../consumer-lag';
import { NewsflowMetrics } from '../metrics';
import { ObservabilityOptions } from '../observability-options';
import { NEWSFLOW_METRICS, OBSERVABILITY_OPTIONS } from '../tokens';
import { ConsumerStateHealthIndicator } from './consumer-state.indicator';
import { EventLoopHealthIndicator } from './event-loop.indicator';
import { KafkaAdminHandle, KafkaHealthIndicator } from './kafka.indicator';
import { PostgresHealthIndicator } from './postgres.indicator';

/**
 * Builds the liveness and readiness check lists from the module options, and owns what they hold open (the Kafka
 * admin connection, the Postgres pool, the lag monitor, the event-loop histogram) so the app's close releases it.
 */
@Injectable()
export class HealthChecks implements OnModuleInit, OnModuleDestroy {
  private readonly eventLoop: EventLoopHealthIndicator;
  private readonly kafkaAdmin?: KafkaAdminHandle;
  private readonly kafka?: KafkaHealthIndicator;
  private readonly postgres?: PostgresHealthIndicator;
  private readonly consumer?: ConsumerStateHealthIndicator;
  private readonly lagMonitor?: ConsumerLagMonitor;

  constructor(
    health: HealthIndicatorService,
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
    @Inject(NEWSFLOW_METRICS) private readonly metrics: NewsflowMetrics,
  ) {
    const checks = options.checks ?? {};
    this.eventLoop = new EventLoopHealthIndicator(health, options.maxEventLoopDelayMs);
    if (checks.kafka) {
      this.kafkaAdmin = new KafkaAdminHandle(checks.kafka);
      this.kafka = new KafkaHealthIndicator(health, this.kafkaAdmin, checks.timeoutMs);
    }
    if (checks.postgres) this.postgres = new PostgresHealthIndicator(health, checks.postgres, checks.timeoutMs);
    if (checks.consumer) this.consumer = new ConsumerStateHealthIndicator(health, checks.consumer);
    if (options.consumerLag) {
      const adminHandle = this.kafkaAdmin;
      if (!adminHandle) throw new Error('ObservabilityModule: consumerLag needs checks.kafka');
      const lag = options.consumerLag;
      this.lagMonitor = new ConsumerLagMonitor({
        admin: {
          fetchOffsets: async (args) => (await adminHandle.get()).fetchOffsets(args),
          fetchTopicOffsets: async (topic) => (await adminHandle.get()).fetchTopicOffsets(topic),
        },
        metrics,
        stage: lag.stage,
        groupId: lag.groupId,
        topics: lag.topics,
        intervalMs: lag.intervalMs,
        onError: () => void adminHandle.reset(),
      });
    }
  }

  onModuleInit(): void {
    const stage = this.options.consumerLag?.stage ?? this.options.service;
    this.options.checks?.consumer?.onChange((status) =>
      this.metrics.consumerPaused.set({ stage }, status.state === 'running' ? 0 : 1),
    );
    this.lagMonitor?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.lagMonitor?.stop();
    this.eventLoop.close();
    await Promise.all([this.kafkaAdmin?.close(), this.postgres?.close()]);
  }

  liveness(): HealthIndicatorFunction[] {
    return [() => this.eventLoop.check()];
  }

  readiness(): HealthIndicatorFunction[] {
    const list: HealthIndicatorFunction[] = [];
    const { kafka, postgres, consumer } = this;
    if (kafka) list.push(() => kafka.check());
    if (postgres) list.push(() => postgres.check());
    if (consumer) list.push(() => consumer.check());
    return list;
  }
}
