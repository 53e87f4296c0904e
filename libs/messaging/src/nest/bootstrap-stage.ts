import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Kafka } from 'kafkajs';
import { StageName, stageInputTopics } from '@newsflow/contracts';
import {
  ConsumerStateTracker,
  createMetricsRegistry,
  createNewsflowMetrics,
  httpEnvSpec,
  httpListenerFromEnv,
  NewsflowMetrics,
  ObservabilityModule,
  StageMetricsRecorder,
  trackKafkaConsumer,
} from '@newsflow/observability';
import { ConfigProblems, EnvSpec, int, loadConfig } from '@newsflow/config';
import { Logger, RunningService } from '@newsflow/telemetry';
import { kafkaConfigFromEnv, kafkaEnvSpec } from '../kafka-config';
import { kafkaLogCreator } from '../kafka-logging';
import { STAGE_RUNNER_DEFAULTS } from '../stage-runner';
import { KafkaStageTransport, KafkaStageTransportOptions } from './kafka-stage-transport';
import { nestLoggingModule, useNestLogging } from './nest-logging';
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

/** The variables every stage's runtime reads (besides LOG_LEVEL, which runService checks for every service). */
export const stageRuntimeEnvSpecs: EnvSpec[] = [kafkaEnvSpec, httpEnvSpec, stageDeliveryEnvSpec];

export const KAFKA = Symbol('KAFKA');
export const LOGGER = Symbol('LOGGER');

export interface StageBootstrap extends RunningService {
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

/** Every variable the stage runtime reads, validated together so one boot reports every problem at once. */
function loadStageRuntimeConfig(stage: StageName, logger: Logger) {
  const problems = new ConfigProblems();
  const kafka = problems.attempt(
    () => new Kafka({ ...kafkaConfigFromEnv(stage), logCreator: kafkaLogCreator(logger) }),
  );
  const http = problems.attempt(() => httpListenerFromEnv());
  const delivery = problems.attempt(() => loadConfig(stageDeliveryEnvSpec));
  problems.throwIfAny();
  // No problem collected: every loader returned its value.
  return { kafka: kafka!, http: http!, delivery: delivery! };
}

/**
 * Starts one pipeline stage as a Nest hybrid application: the KafkaStageTransport consumes and produces, and an HTTP
 * listener on HTTP_PORT serves /metrics, /health/live and /health/ready (broker, database, consumer state).
 * Configuration is validated first and a bad variable rejects with a ConfigError before anything connects; run it
 * under `runService`, which turns that into exit 78 and handles SIGTERM through `close()` (the transport finishes
 * its batch and commits, providers close their connections).
 */
export async function bootstrapStage(
  stage: StageName,
  logger: Logger,
  moduleFactory: (deps: { kafka: Kafka; logger: Logger; metrics: NewsflowMetrics }) => DynamicModule,
  options: StageBootstrapOptions = {},
): Promise<StageBootstrap> {
  const { kafka, delivery, http } = loadStageRuntimeConfig(stage, logger);
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
      nestLoggingModule(logger),
      moduleFactory({ kafka, logger, metrics }),
      ObservabilityModule.register({
        service: stage,
        telemetry: { registry, metrics },
        checks: {
          kafka,
          consumer: consumerState,
          ...(options.databaseUrl ? { postgres: { url: options.databaseUrl } } : {}),
        },
        consumerLag: { stage, groupId: `newsflow-${stage}`, topics: stageInputTopics(stage).map((t) => t.name) },
      }),
    ],
  })
  class StageRootModule {}

  // abortOnError off: an error while Nest builds the modules (a provider that cannot connect) rejects this promise,
  // so runService reports it, instead of Nest exiting 1 on its own.
  const app = await NestFactory.create(StageRootModule, { bufferLogs: true, abortOnError: false });
  useNestLogging(app);
  // Registered on the HTTP app *before* the microservice is connected with inheritAppConfig: filters set on the
  // connected microservice itself are ignored in a hybrid app, and errors would reach the runner as {status:'error'}.
  app.useGlobalFilters(new RethrowRpcExceptionsFilter());
  app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });

  await app.startAllMicroservices();
  consumerState.started();
  await app.listen(http.port, http.host);
  const httpPort = (app.getHttpServer().address() as { port: number }).port;
  // Always logged, whatever LOG_LEVEL says: supervisors (the demo, tests, benchmarks) wait for this line.
  logger.child({}, { level: 'info' }).info({ stage, httpPort }, 'stage ready');
  return {
    app,
    kafka,
    logger,
    metrics,
    httpPort,
    async close() {
      consumerState.stopping();
      await app.close();
    },
  };
}
