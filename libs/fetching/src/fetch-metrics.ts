import { FetchFailure, FetchRefusal } from './fetch-refusal';
import { FetchResult } from './safe-http-client';

/** A snapshot of fetch metrics, ready to log or export (the integrator maps it onto OpenTelemetry). */
export interface FetchMetricsSnapshot {
  /** Outcome counts: page classes (`article`, `bot-wall`, `not-modified`...), `refused:<code>`, `failed:<code>`. */
  outcomes: Record<string, number>;
  /** Requests per host (every fetch attempt, refused ones included, keyed by the requested URL's host). */
  requestsByHost: Record<string, number>;
  /** Responses by status class: `2xx`, `3xx`, `4xx`, `5xx`. */
  statusClasses: Record<string, number>;
  responses: number;
  conditionalRequests: number;
  notModified: number;
  /** 304s among conditional requests (0 when none were conditional). */
  notModifiedRatio: number;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '(invalid)';
  }
}

/**
 * In-process counters for the fetch metrics: outcomes by class, the 304 ratio of conditional
 * requests, and requests per host. Pure bookkeeping; no timers, no exporters.
 */
export class FetchMetrics {
  private readonly outcomes = new Map<string, number>();
  private readonly hosts = new Map<string, number>();
  private readonly statuses = new Map<string, number>();
  private responses = 0;
  private conditionalRequests = 0;
  private notModified = 0;

  /** Records one fetch: its result, or the refusal/failure it threw. */
  record(url: string, outcome: FetchResult | FetchRefusal | FetchFailure, conditional = false): void {
    bump(this.hosts, hostOf(url));
    if (outcome instanceof FetchRefusal) {
      bump(this.outcomes, `refused:${outcome.code}`);
      return;
    }
    if (outcome instanceof FetchFailure) {
      bump(this.outcomes, `failed:${outcome.code}`);
      return;
    }
    this.responses++;
    bump(this.statuses, `${Math.floor(outcome.status / 100)}xx`);
    bump(this.outcomes, outcome.classification);
    if (conditional) {
      this.conditionalRequests++;
      if (outcome.notModified) this.notModified++;
    }
  }

  snapshot(): FetchMetricsSnapshot {
    return {
      outcomes: Object.fromEntries(this.outcomes),
      requestsByHost: Object.fromEntries(this.hosts),
      statusClasses: Object.fromEntries(this.statuses),
      responses: this.responses,
      conditionalRequests: this.conditionalRequests,
      notModified: this.notModified,
      notModifiedRatio: this.conditionalRequests === 0 ? 0 : this.notModified / this.conditionalRequests,
    };
  }
}
