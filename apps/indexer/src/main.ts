import './tracing';
import { bootstrapStage } from '@newsflow/messaging';
import { IndexerModule } from './indexer.module';

void bootstrapStage('indexer', (deps) => IndexerModule.register(deps));
