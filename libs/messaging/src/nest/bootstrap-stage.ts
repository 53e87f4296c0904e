import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Kafka } from 'kafkajs';
import { StageInputs, StageName } from '@newsflow/contracts';
import {
  ConsumerStateTracker,
  createMetricsRegistry,
  createNewsflowMetrics,
  httpPortFromEnv,
  NewsflowMetrics,
  ObservabilityModule,
  StageMetricsRecorder,
  trackKafkaConsumer,
} from '@newsflow/observability';
import { ConfigOf, int, loadConfig } from '@newsflow/config';
import { createLogger, Logger, shutdownTracing } from '@newsflow/telemetry';
import { kafkaConfigFromEnv } from '../kafka-config';
import { kafkaLogCreator } from '../kafka-logging';
import { STAGE_RUNNER_DEFAULTS } from '../stage-runner';
import { KafkaStageTransport, KafkaStageTransportOptions } from './kafka-stage-transport';
import { exitWithParent } from './exit-with-parent';
import { PinoNestLogger } from './pino-nest-logger';
import { RethrowRpcExceptionsFilter } from './rethrow-rpc-exceptions.filter';

/** How hard a stage tries before dead-lettering: attempts per delivery, deliveries through the retry tiers. */
export const stageDeliveryEnvSpec = {
  STAGE_MAX_ATTEMPTS: {
    parse: int(1, 20),
    default: STAGE_RUNNER_DEFAULTS.maxAttempts,
    description: 'handler attempts per delivery',
  },
  STAGE_MAX_DELIVERIES: {
    parse: int(1, 4),
    default: 4,
    description:
      'deliveries before a dead letter: 1 = no retry tiers, 4 = the first plus the 10 s, 1 min and 10 min tiers',
  },
  STAGE_PARTITION_CONCURRENCY: {
    parse: int(1, 64),
    default: 4,
    description:
      "input partitions handled at once by one replica: overlaps one partition's waits (HTTP, database, broker acks) with another's work",
  },
  STAGE_FLUSH_EVERY: {
    parse: int(1, 10_000),
    default: STAGE_RUNNER_DEFAULTS.flushEvery,
    description:
      'outputs are sent and offsets committed at least every this many messages (the indexer: rows per transaction)',
  },
  STAGE_FLUSH_MAX_DELAY_MS: {
    parse: int(0, 60_000),
    default: STAGE_RUNNER_DEFAULTS.flushMaxDelayMs,
    description: 'and at the latest this many ms after the first unsent output (bounds latency under load)',
  },
};

export const KAFKA = Symbol('KAFKA');
export const LOGGER = Symbol('LOGGER');

export interface StageBootstrap {
  app: INestApplication;
  kafka: Kafka;
  logger: Logger;
  metrics: NewsflowMetrics;
  httpPort: number;
}

export interface StageBootstrapOptions {
  runner?: KafkaStageTransportOptions['runner'];
  /** Readiness also checks PostgreSQL at this URL (stages that write to the database). */
  databaseUrl?: string;
}

/**
 * Starts one pipeline stage as a Nest hybrid application: the KafkaStageTransport consumes and produces, and an HTTP
 * listener on HTTP_PORT serves /metrics, /health/live and /health/ready (broker, database, consumer state).
 * Configuration is validated first: a bad variable exits (78) with a clear message before anything connects.
 * SIGTERM/SIGINT close the app — the transport finishes its batch and commits, providers close their connections —
 * then flush traces and exit 0.
 */
export async function bootstrapStage(
  stage: StageName,
  moduleFactory: (deps: { kafka: Kafka; logger: Logger; metrics: NewsflowMetrics }) => DynamicModule,
  options: StageBootstrapOptions = {},
): Promise<StageBootstrap> {
  const logger = createLogger(stage);
  let kafka: Kafka;
  let httpPort: number;
  let delivery: ConfigOf<typeof stageDeliveryEnvSpec>;
  try {
    kafka = new Kafka({ ...kafkaConfigFromEnv(stage), logCreator: kafkaLogCreator(logger) });
    httpPort = httpPortFromEnv();
    delivery = loadConfig(stageDeliveryEnvSpec);
  } catch (err) {
    logger.fatal((err as Error).message);
    process.stderr.write(`${stage}: ${(err as Error).message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const registry = createMetricsRegistry({ service: stage });
  const metrics = createNewsflowMetrics(registry);
  const recorder = new StageMetricsRecorder(metrics, stage);
  const consumerState = new ConsumerStateTracker();
  const transport = new KafkaStageTransport({
    stage,
    kafka,
    logger,
    runner: {
      maxAttempts: delivery.STAGE_MAX_ATTEMPTS,
      maxDeliveries: delivery.STAGE_MAX_DELIVERIES,
      flushEvery: delivery.STAGE_FLUSH_EVERY,
      partitionConcurrency: delivery.STAGE_PARTITION_CONCURRENCY,
      flushMaxDelayMs: delivery.STAGE_FLUSH_MAX_DELAY_MS,
      ...options.runner,
      onOutcome: recorder.onOutcome,
      metrics: recorder,
      onConsumer: (consumer) => {
        trackKafkaConsumer(consumer, consumerState);
        // Crash-only: a consumer kafkajs will not restart leaves the process useless; exit so the supervisor
        // (Kubernetes, the demo, the chaos run) starts a fresh one. Committed offsets make that safe.
        consumer.on(consumer.events.CRASH, ({ payload }) => {
          if (!payload.restart) {
            logger.fatal({ err: payload.error?.message }, 'consumer crashed for good: exiting');
            process.exit(1);
          }
        });
      },
      onPause: (reason) => consumerState.paused(reason),
      onResume: () => consumerState.resumed(),
    },
  });

  @Module({
    imports: [
      moduleFactory({ kafka, logger, metrics }),
      ObservabilityModule.register({
        service: stage,
        telemetry: { registry, metrics },
        checks: {
          kafka,
          consumer: consumerState,
          ...(options.databaseUrl ? { postgres: { url: options.databaseUrl } } : {}),
        },
        consumerLag: { stage, groupId: `newsflow-${stage}`, topics: [StageInputs[stage].name] },
      }),
    ],
  })
  class StageRootModule {}

  const app = await NestFactory.create(StageRootModule, { logger: new PinoNestLogger(logger) });
  // Registered on the HTTP app *before* the microservice is connected with inheritAppConfig: filters set on the
  // connected microservice itself are ignored in a hybrid app, and errors would reach the runner as {status:'error'}.
  app.useGlobalFilters(new RethrowRpcExceptionsFilter());
  app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight work');
    consumerState.stopping();
    const force = setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, 25_000);
    try {
      await app.close();
      await shutdownTracing();
    } finally {
      clearTimeout(force);
      logger.info('stopped');
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  exitWithParent((reason) => void shutdown(reason));

  await app.startAllMicroservices();
  consumerState.started();
  await app.listen(httpPort, process.env.HTTP_HOST ?? '0.0.0.0');
  httpPort = (app.getHttpServer().address() as { port: number }).port;
  // Always logged, whatever LOG_LEVEL says: supervisors (the demo, tests, benchmarks) wait for this line.
  logger.child({}, { level: 'info' }).info({ stage, httpPort }, 'stage ready');
  return { app, kafka, logger, metrics, httpPort };
}
