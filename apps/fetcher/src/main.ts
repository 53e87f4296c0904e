import './tracing';
import { bootstrapStage } from '@newsflow/messaging';
import { FetcherModule } from './fetcher.module';

void bootstrapStage('fetcher', (deps) => FetcherModule.register(deps));
