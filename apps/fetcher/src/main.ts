import './tracing';
import { databaseUrlFromEnv } from '@newsflow/db';
import { bootstrapStage } from '@newsflow/messaging';
import { runService } from '@newsflow/telemetry';
import { fetcherServiceEnv } from './service-env';
import { FetcherModule } from './fetcher.module';

// Readiness checks PostgreSQL too: every fetch takes its host slot and writes its fetch log there.
runService('fetcher', fetcherServiceEnv, async (logger) =>
  bootstrapStage('fetcher', logger, (deps) => FetcherModule.register(deps), { databaseUrl: databaseUrlFromEnv() }),
);
