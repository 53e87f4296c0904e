import './tracing';
import { warmUpEnrichment } from '@newsflow/enrichment';
import { bootstrapStage } from '@newsflow/messaging';
import { runService } from '@newsflow/telemetry';
import { enricherServiceEnv } from './service-env';
import { EnricherModule } from './enricher.module';

runService('enricher', enricherServiceEnv, async (logger) => {
  // Gazetteer and lexicons load before the consumer joins its group (and before readiness says ready): otherwise the
  // first article pays about a second for them, and every article queued behind it waits as long.
  const warmUp = warmUpEnrichment();
  const stage = await bootstrapStage('enricher', logger, (deps) => EnricherModule.register(deps));
  logger.info({ warmUpMs: Math.round(warmUp.ms) }, 'enrichment models loaded');
  return stage;
});
