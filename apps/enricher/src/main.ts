import './tracing';
import { bootstrapStage } from '@newsflow/messaging';
import { EnricherModule } from './enricher.module';

void bootstrapStage('enricher', (deps) => EnricherModule.register(deps));
