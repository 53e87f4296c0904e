import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ConsumerStateTracker } from './consumer-state';

/** Readiness: up only while the consumer runs; down says the state, the reason and since when. */
export class ConsumerStateHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly tracker: ConsumerStateTracker,
  ) {}

  check(key = 'consumer'): HealthIndicatorResult {
    const session = this.health.check(key);
    const { state, reason, since } = this.tracker.current;
    const details = { state, since: since.toISOString(), ...(reason ? { reason } : {}) };
    return this.tracker.isReady ? session.up(details) : session.down(details);
  }
}
