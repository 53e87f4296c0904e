/**
 * Exponential backoff with "full jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * the delay is uniform in [0, min(cap, base * 2^attempt)). Full jitter spreads retries of many workers
 * that failed together, which plain exponential backoff would keep synchronised.
 *
 * @param attempt 0 for the first retry, 1 for the second, ...
 * @param baseMs delay scale of the first retry
 * @param capMs upper bound of any delay
 * @param random a source of uniform numbers in [0, 1) (injected so tests and callers control it)
 */
export function nextRetryDelay(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.floor(attempt));
  // 2^exponent overflows to Infinity for large attempts; Math.min keeps the ceiling at the cap.
  const ceiling = Math.min(capMs, baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/** What to do after a failed attempt: retry after a delay, or give up. */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/** Statuses worth retrying: request timeout, too early, rate limited, and transient server errors. */
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** True when a response status is transient and the same request may succeed later. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseMs: 1_000, capMs: 15 * 60 * 1000 };

/**
 * Decides the next retry after attempt number `attempt` (0-based) failed. A server's Retry-After wins
 * over the computed backoff when it asks for longer (it knows its load; waiting less would be rude);
 * the result is returned, not slept, so a consumer can reschedule the work instead of blocking.
 */
export function decideRetry(
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  retryAfterMs?: number,
  random: () => number = Math.random,
): RetryDecision {
  if (attempt + 1 >= policy.maxAttempts) return { retry: false };
  const backoff = nextRetryDelay(attempt, policy.baseMs, policy.capMs, random);
  return { retry: true, delayMs: Math.max(backoff, retryAfterMs ?? 0) };
}
