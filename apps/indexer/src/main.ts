import './tracing';
import { databaseUrlFromEnv } from '@newsflow/db';
import { bootstrapStage } from '@newsflow/messaging';
import { runService } from '@newsflow/telemetry';
import { indexerServiceEnv } from './service-env';
import { IndexerModule } from './indexer.module';

runService('indexer', indexerServiceEnv, async (logger) =>
  bootstrapStage('indexer', logger, (deps) => IndexerModule.register(deps), { databaseUrl: databaseUrlFromEnv() }),
);
