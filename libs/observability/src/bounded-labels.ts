/**
 * Cardinality guards for Prometheus label values. Every label value a series carries creates a new time series
 * in Prometheus, so a label fed from the outside world (a host name, an error class) must be kept to a small,
 * bounded set or a single crawl of many sites can exhaust the monitoring system's memory.
 */

/** The value reported for everything the guard does not admit. */
export const OTHER = 'other';

/**
 * Closed-set guard: the value is reported as itself only if it belongs to a fixed allowlist known in the code
 * (fetch outcomes, stage names); anything else becomes "other". Use for labels whose values the code defines.
 */
export class AllowlistLabel {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowed: Iterable<string>) {
    this.allowed = new Set(allowed);
  }

  value(raw: string | undefined | null): string {
    return raw && this.allowed.has(raw) ? raw : OTHER;
  }
}

export interface TopNLabelOptions {
  /** How many distinct values may be admitted on first sight (besides the allowlist). */
  limit: number;
  /** Values always reported as themselves, not counted against the limit (e.g. configured source hosts). */
  alwaysAllowed?: Iterable<string>;
  /** Normalises a raw value before the admission decision (lower-casing, stripping ports...). */
  normalize?: (raw: string) => string;
}

/**
 * Open-set guard, heuristic "first-come top-N": the first `limit` distinct values seen by this process are
 * admitted for the process's lifetime and reported as themselves; later new values are reported as "other".
 * Values in `alwaysAllowed` are always reported as themselves.
 *
 * Why first-come rather than a true most-frequent ranking: a series whose label flips between its own name and
 * "other" as rankings shift would make rate() over it meaningless. Admission is therefore final, which keeps
 * every series continuous and bounds the label to `limit + |alwaysAllowed| + 1` values per process. Busy hosts
 * are in practice seen early (the sources that are polled), and operators can pin the ones they care about with
 * `alwaysAllowed` (FETCH_ALLOW_HOSTS).
 */
export class TopNLabel {
  private readonly admitted = new Set<string>();
  private readonly pinned: ReadonlySet<string>;
  private readonly normalize: (raw: string) => string;

  constructor(private readonly options: TopNLabelOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 0) {
      throw new RangeError(`TopNLabel limit must be a non-negative integer, got ${options.limit}`);
    }
    this.normalize = options.normalize ?? ((raw) => raw);
    this.pinned = new Set([...(options.alwaysAllowed ?? [])].map((v) => this.normalize(v)));
  }

  value(raw: string | undefined | null): string {
    if (!raw) return OTHER;
    const value = this.normalize(raw);
    if (!value || value === OTHER) return OTHER;
    if (this.pinned.has(value) || this.admitted.has(value)) return value;
    if (this.admitted.size < this.options.limit) {
      this.admitted.add(value);
      return value;
    }
    return OTHER;
  }

  /** Values admitted so far on first sight (not counting the pinned ones). */
  get admittedCount(): number {
    return this.admitted.size;
  }
}

/**
 * Host-name normalisation for host labels: lower-case, no trailing dot, no port, no "www." prefix (www.example.org
 * and example.org are the same newsroom for an operator). IP literals are folded to "ip-literal": the fetcher's
 * address policy refuses most of them anyway, and each would otherwise take a slot.
 */
export function normalizeHostLabel(raw: string): string {
  let host = raw.trim().toLowerCase();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return '';
    }
  }
  if (host.startsWith('[')) return 'ip-literal';
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':')) return 'ip-literal';
  if (host.startsWith('www.')) host = host.slice(4);
  return host;
}
