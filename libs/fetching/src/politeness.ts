/**
 * Per-host politeness: at most one request per host every `minIntervalMs`.
 *
 * The limiter never sleeps. `acquire` either grants a slot now (`waitMs: 0`, the slot is taken) or says
 * how long until the next free slot (`waitMs > 0`, nothing taken), so a Kafka consumer can re-schedule
 * the fetch instead of blocking its handler. The interface lets the integrator back it with Postgres so
 * the limit holds across fetcher replicas; {@link InMemoryHostRateLimiter} is the single-process version.
 */
export interface HostRateLimiter {
  /**
   * Tries to take the next request slot for `host`. `minIntervalMs` is the larger of the configured
   * per-host interval and the host's robots.txt Crawl-delay.
   */
  acquire(host: string, minIntervalMs: number): Promise<{ waitMs: number }>;
  /** Pushes the host's next slot to at least `now + delayMs` (after a 429/503 with Retry-After). */
  defer(host: string, delayMs: number): Promise<void>;
}

/** Single-process {@link HostRateLimiter}: remembers each host's next free slot. */
export class InMemoryHostRateLimiter implements HostRateLimiter {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(host: string, minIntervalMs: number): Promise<{ waitMs: number }> {
    const key = host.toLowerCase();
    const now = this.now();
    const next = this.nextSlot.get(key) ?? 0;
    if (next > now) return { waitMs: next - now };
    this.nextSlot.set(key, now + Math.max(0, minIntervalMs));
    return { waitMs: 0 };
  }

  async defer(host: string, delayMs: number): Promise<void> {
    const key = host.toLowerCase();
    const until = this.now() + Math.max(0, delayMs);
    if ((this.nextSlot.get(key) ?? 0) < until) this.nextSlot.set(key, until);
  }
}

/**
 * The interval to pass to {@link HostRateLimiter.acquire}: the configured per-host interval, raised to the
 * host's robots.txt Crawl-delay when that is longer (a site's own request wins over our default).
 */
export function politeIntervalMs(configuredMs: number, crawlDelayMs = 0): number {
  return Math.max(configuredMs, crawlDelayMs);
}
