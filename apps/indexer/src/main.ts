import './tracing';
import { databaseUrlFromEnv } from '@newsflow/db';
import { bootstrapStage } from '@newsflow/messaging';
import { IndexerModule } from './indexer.module';

void bootstrapStage('indexer', (deps) => IndexerModule.register(deps), { databaseUrl: databaseUrlFromEnv() });
