import { ContractViolation, RetryTier } from '@newsflow/contracts';
import { DependencyUnavailableError, PermanentError, RetryLaterError } from './outgoing-message';
import { DeliveryHistory, tierForDelay } from './retry-routing';

/**
 * What the stage runner does when handling a message failed: the whole retry and dead-letter policy as one pure
 * function of the error, the message's delivery history and the attempt in hand, so every rule is tested alone.
 *
 * - `wait`: a dependency is down; pause on this message (heartbeating) and try again. Not an attempt.
 * - `abort`: a dependency is down and the stage is stopping; leave the message uncommitted for the next owner.
 * - `retry`: try again in this process after `delayMs` (jittered exponential backoff).
 * - `park`: hand the message to retry tier `tier` until `delayMs` has passed; `deferred` for a RetryLaterError
 *   (not counted as a failed delivery), and `attempts` is what its headers will record.
 * - `dead-letter`: no retry can help, or the retries are used up.
 */
export type FailureDecision =
  | { action: 'wait'; delayMs: number }
  | { action: 'abort'; reason: string }
  | { action: 'retry'; delayMs: number }
  | { action: 'park'; tier: RetryTier; delayMs: number; deferred: boolean; attempts: number }
  | { action: 'dead-letter'; reason: 'permanent' | 'deferrals-exhausted' | 'deliveries-exhausted' };

export interface RetryPolicy {
  /** Handler attempts per delivery. */
  maxAttempts: number;
  /** Deliveries (the first plus one per retry tier passed) before a failing message is dead-lettered. */
  maxDeliveries: number;
  /** RetryLaterError deferrals allowed before the message is dead-lettered (guards against endless parking). */
  maxDeferrals: number;
  tiers: RetryTier[];
  /** First in-process backoff step; doubles per attempt, capped at 5 s. */
  retryBaseDelayMs: number;
}

export interface FailureState {
  history: DeliveryHistory;
  /** The attempt of this delivery that failed, from 1. */
  attempt: number;
  /** Consecutive waits for an unavailable dependency on this message so far. */
  dependencyWaits: number;
  stopping: boolean;
}

/** Longest pause between two looks at an unavailable dependency, and longest in-process backoff. */
const MAX_PAUSE_MS = 5_000;

export function decideOnFailure(
  err: unknown,
  state: FailureState,
  policy: RetryPolicy,
  random: () => number = Math.random,
): FailureDecision {
  const { history, attempt } = state;
  const attempts = history.attempts + attempt;
  if (err instanceof DependencyUnavailableError) {
    if (state.stopping) {
      return {
        action: 'abort',
        reason: `stopping while ${err.dependency} is unavailable: the message is not committed`,
      };
    }
    // 250 ms, doubling to the 5 s cap: a short outage costs little latency, a long one few look-ups.
    return { action: 'wait', delayMs: Math.min(MAX_PAUSE_MS, 250 * 2 ** Math.min(state.dependencyWaits, 5)) };
  }
  if (err instanceof RetryLaterError) {
    if (history.deferrals >= policy.maxDeferrals || !policy.tiers.length) {
      return { action: 'dead-letter', reason: 'deferrals-exhausted' };
    }
    // A deferral is not a failed attempt: the headers keep the count of real attempts.
    const tier = tierForDelay(policy.tiers, err.delayMs);
    return { action: 'park', tier, delayMs: err.delayMs, deferred: true, attempts: attempts - 1 };
  }
  if (err instanceof PermanentError || err instanceof ContractViolation) {
    return { action: 'dead-letter', reason: 'permanent' };
  }
  if (attempt < policy.maxAttempts) {
    // Full jitter: spreads retries of many failing messages instead of synchronising them.
    const ceiling = Math.min(MAX_PAUSE_MS, policy.retryBaseDelayMs * 2 ** (attempt - 1));
    return { action: 'retry', delayMs: Math.round(random() * ceiling) };
  }
  if (history.deliveries < policy.maxDeliveries && policy.tiers.length) {
    const tier = policy.tiers[Math.min(history.deliveries - 1, policy.tiers.length - 1)];
    return { action: 'park', tier, delayMs: tier.delayMs, deferred: false, attempts };
  }
  return { action: 'dead-letter', reason: 'deliveries-exhausted' };
}
