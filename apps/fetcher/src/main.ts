import './tracing';
import { bootstrapStage } from '@newsflow/messaging';
import { runService } from '@newsflow/telemetry';
import { fetcherServiceEnv } from './service-env';
import { FetcherModule } from './fetcher.module';

runService('fetcher', fetcherServiceEnv, (logger) =>
  bootstrapStage('fetcher', logger, (deps) => FetcherModule.register(deps)),
);
