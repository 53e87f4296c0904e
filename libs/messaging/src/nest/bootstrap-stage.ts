import { NestFactory } from '@nestjs/core';
import { INestMicroservice } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { StageName } from '@newsflow/contracts';
import { createLogger, Logger, shutdownTracing } from '@newsflow/telemetry';
import { kafkaConfigFromEnv } from '../kafka-config';
import { kafkaLogCreator } from '../kafka-logging';
import { KafkaStageTransport, KafkaStageTransportOptions } from './kafka-stage-transport';
import { PinoNestLogger } from './pino-nest-logger';
import { RethrowRpcExceptionsFilter } from './rethrow-rpc-exceptions.filter';

export const KAFKA = Symbol('KAFKA');
export const LOGGER = Symbol('LOGGER');

export interface StageBootstrap {
  app: INestMicroservice;
  kafka: Kafka;
  logger: Logger;
}

/**
 * Starts one pipeline stage as a Nest microservice on the KafkaStageTransport. Configuration is validated first
 * (a bad variable exits with a clear message before anything connects). SIGTERM/SIGINT close the app — the
 * transport finishes its batch and commits, providers close their connections — then flush traces and exit.
 */
export async function bootstrapStage(
  stage: StageName,
  moduleFactory: (deps: { kafka: Kafka; logger: Logger }) => unknown,
  runner?: KafkaStageTransportOptions['runner'],
): Promise<StageBootstrap> {
  const logger = createLogger(stage);
  let kafka: Kafka;
  try {
    kafka = new Kafka({ ...kafkaConfigFromEnv(stage), logCreator: kafkaLogCreator(logger) });
  } catch (err) {
    logger.fatal((err as Error).message);
    process.stderr.write(`${stage}: ${(err as Error).message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const transport = new KafkaStageTransport({ stage, kafka, logger, runner });
  const module = moduleFactory({ kafka, logger });
  const app = await NestFactory.createMicroservice(module as never, {
    strategy: transport,
    logger: new PinoNestLogger(logger),
  });
  app.useGlobalFilters(new RethrowRpcExceptionsFilter());

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight work');
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

  await app.listen();
  logger.info({ stage }, 'stage ready');
  return { app, kafka, logger };
}
