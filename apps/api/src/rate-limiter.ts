/**
 * Per-client rate limiting with token buckets: each client may burst up to its per-minute allowance, and tokens
 * come back continuously (limit/60 per second), so a client at the limit is slowed down smoothly instead of being
 * locked out until a window boundary. In memory, per replica: with N replicas a client gets at most N times the
 * limit, which is acceptable for abuse protection (a shared store would be needed for billing-grade quotas).
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** When refused: seconds until one request is allowed again (at least 1). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private lastSweep = 0;

  constructor(
    private readonly perMinute: number,
    /** Buckets idle this long are full again and can be forgotten. */
    private readonly sweepEveryMs = 60_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  take(client: string, now = Date.now()): RateDecision {
    this.sweep(now);
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, updatedAt: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, limit: this.perMinute, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
    }
    const waitMs = (1 - bucket.tokens) / this.perMs;
    return {
      allowed: false,
      limit: this.perMinute,
      remaining: 0,
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    };
  }

  /** Number of clients currently tracked (idle, full buckets are dropped). */
  get tracked(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.sweepEveryMs) return;
    this.lastSweep = now;
    for (const [client, b] of this.buckets) {
      if (b.tokens + (now - b.updatedAt) * this.perMs >= this.perMinute) this.buckets.delete(client);
    }
  }
}
