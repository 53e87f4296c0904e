import { AllowlistLabel, normalizeHostLabel, TopNLabel } from './bounded-labels';
import { NewsflowMetrics } from './metrics';

/**
 * Fetch outcome classes: a closed set, so `newsflow_fetch_outcomes_total{outcome}` has at most this many values
 * (plus "other"). HTTP statuses are folded into classes; policy refusals keep the reason an operator acts on.
 */
export const FETCH_OUTCOMES = [
  'ok',
  'not_modified',
  'client_error',
  'server_error',
  'rate_limited',
  'timeout',
  'network_error',
  'robots_disallowed',
  'address_refused',
  'too_large',
  'content_type_refused',
  'redirect_refused',
  'invalid_url',
] as const;
export type FetchOutcome = (typeof FETCH_OUTCOMES)[number];

/** Classifies an HTTP status into a fetch outcome. */
export function outcomeOfStatus(status: number): FetchOutcome {
  if (status === 304) return 'not_modified';
  if (status === 429) return 'rate_limited';
  if (status >= 200 && status < 400) return 'ok';
  if (status >= 400 && status < 500) return 'client_error';
  return 'server_error';
}

/**
 * Classifies the fetching library's refusal/failure codes (FetchRefusal.code, FetchFailure.code) into outcomes.
 * Codes are matched by string so this library does not depend on @newsflow/fetching.
 */
export function outcomeOfErrorCode(code: string): FetchOutcome | 'other' {
  switch (code) {
    case 'timeout':
      return 'timeout';
    case 'dns':
    case 'network':
      return 'network_error';
    case 'robots-disallowed':
      return 'robots_disallowed';
    case 'address-refused':
      return 'address_refused';
    case 'too-large':
    case 'decompression-bomb':
      return 'too_large';
    case 'content-type':
    case 'unsupported-encoding':
      return 'content_type_refused';
    case 'too-many-redirects':
    case 'redirect-loop':
      return 'redirect_refused';
    case 'invalid-url':
    case 'unsupported-scheme':
      return 'invalid_url';
    default:
      return 'other';
  }
}

/** Host classes for `newsflow_fetch_outcomes_total{host_class}`. */
export type HostClass = 'source' | 'other' | 'ip-literal';

export interface FetchMetricsOptions {
  /** Hosts of the registered sources: always their own `host` label value, and host_class "source". */
  sourceHosts?: Iterable<string>;
  /** Other hosts admitted as their own label value, first come first served (default 50). */
  hostLimit?: number;
}

/**
 * Records fetches without letting the open set of hosts into the labels: `host` goes through a TopNLabel
 * (source hosts pinned, then the first `hostLimit` others, then "other"), and outcome through an allowlist.
 */
export class FetchMetricsRecorder {
  private readonly hosts: TopNLabel;
  private readonly sourceHosts: ReadonlySet<string>;
  private readonly outcomes = new AllowlistLabel(FETCH_OUTCOMES);

  constructor(
    private readonly metrics: NewsflowMetrics,
    options: FetchMetricsOptions = {},
  ) {
    this.sourceHosts = new Set([...(options.sourceHosts ?? [])].map(normalizeHostLabel));
    this.hosts = new TopNLabel({
      limit: options.hostLimit ?? 50,
      alwaysAllowed: this.sourceHosts,
      normalize: normalizeHostLabel,
    });
  }

  /** One fetch of a URL on `host` (a host name or a whole URL) that ended with `outcome`. */
  record(host: string, outcome: FetchOutcome | string): void {
    const outcomeLabel = this.outcomes.value(outcome);
    this.metrics.fetchRequests.inc({ host: this.hosts.value(host) });
    this.metrics.fetchOutcomes.inc({ outcome: outcomeLabel, host_class: this.hostClass(host) });
    if (outcomeLabel === 'not_modified') this.metrics.fetchNotModified.inc();
  }

  hostClass(host: string): HostClass {
    const normalized = normalizeHostLabel(host);
    if (normalized === 'ip-literal') return 'ip-literal';
    return this.sourceHosts.has(normalized) ? 'source' : 'other';
  }
}
