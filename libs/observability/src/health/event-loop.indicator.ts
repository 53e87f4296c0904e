import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Liveness: the process answers, and its event loop is not stuck. Heuristic "sustained event-loop delay": the
 * check fails when the *median* loop delay since the previous check exceeds the threshold, i.e. the loop was slow
 * most of the time. One long synchronous task (a huge page parsed once, a GC pause) raises the maximum but not
 * the median, and must not get the pod restarted; a loop that is blocked for good never answers the probe at all,
 * which the probe's own timeout catches.
 */
export class EventLoopHealthIndicator {
  private readonly histogram: IntervalHistogram;

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly maxMedianDelayMs = 1_000,
  ) {
    this.histogram = monitorEventLoopDelay({ resolution: 20 });
    this.histogram.enable();
  }

  check(key = 'event_loop'): HealthIndicatorResult {
    const session = this.health.check(key);
    const h = this.histogram;
    const sampled = h.count > 0;
    const medianMs = sampled ? h.percentile(50) / 1e6 : 0;
    const maxMs = sampled ? h.max / 1e6 : 0;
    h.reset();
    // The histogram counts the timer's own resolution as delay; subtract it so an idle loop reads ~0.
    const details = { medianDelayMs: round(Math.max(0, medianMs - 20)), maxDelayMs: round(Math.max(0, maxMs - 20)) };
    return details.medianDelayMs > this.maxMedianDelayMs ? session.down(details) : session.up(details);
  }

  close(): void {
    this.histogram.disable();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
