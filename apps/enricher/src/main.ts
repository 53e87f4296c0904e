import './tracing';
import { warmUpEnrichment } from '@newsflow/enrichment';
import { bootstrapStage } from '@newsflow/messaging';
import { EnricherModule } from './enricher.module';

// Gazetteer and lexicons load before the consumer joins its group (and before readiness says ready): otherwise the
// first article pays about a second for them, and every article queued behind it waits as long.
const warmUp = warmUpEnrichment();

void bootstrapStage('enricher', (deps) => EnricherModule.register(deps)).then(({ logger }) =>
  logger.info({ warmUpMs: Math.round(warmUp.ms) }, 'enrichment models loaded'),
);
