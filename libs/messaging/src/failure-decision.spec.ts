import { ContractViolation, RetryTier } from '@newsflow/contracts';
import { decideOnFailure, FailureState, RetryPolicy } from './failure-decision';
import { DependencyUnavailableError, PermanentError, RetryLaterError } from './outgoing-message';

const tier = (name: string, delayMs: number): RetryTier => ({
  name,
  delayMs,
  partitions: 1,
  retentionMs: 1,
  maxMessageBytes: 1,
  cleanupPolicy: 'delete',
  description: name,
});
const tiers = [tier('retry-10s', 10_000), tier('retry-1m', 60_000), tier('retry-10m', 600_000)];
const policy: RetryPolicy = { maxAttempts: 3, maxDeliveries: 4, maxDeferrals: 2, tiers, retryBaseDelayMs: 200 };
const firstDelivery = { attempts: 0, deliveries: 1, deferrals: 0, firstFailureAt: null };
const state = (over: Partial<FailureState> = {}): FailureState => ({
  history: firstDelivery,
  attempt: 1,
  dependencyWaits: 0,
  stopping: false,
  ...over,
});
const transient = new Error('connection reset');

describe('decideOnFailure', () => {
  it('retries a transient failure in process with jittered, growing, capped backoff', () => {
    expect(decideOnFailure(transient, state({ attempt: 1 }), policy, () => 1)).toEqual({
      action: 'retry',
      delayMs: 200,
    });
    expect(decideOnFailure(transient, state({ attempt: 2 }), policy, () => 1)).toEqual({
      action: 'retry',
      delayMs: 400,
    });
    expect(decideOnFailure(transient, state({ attempt: 2 }), policy, () => 0.5)).toEqual({
      action: 'retry',
      delayMs: 200,
    });
    const many = { ...policy, maxAttempts: 20 };
    expect(decideOnFailure(transient, state({ attempt: 15 }), many, () => 1)).toEqual({
      action: 'retry',
      delayMs: 5_000,
    });
  });

  it('parks a message whose attempts are used up in the tier of its delivery, counting every attempt', () => {
    expect(decideOnFailure(transient, state({ attempt: 3 }), policy)).toEqual({
      action: 'park',
      tier: tiers[0],
      delayMs: 10_000,
      deferred: false,
      attempts: 3,
    });
    const thirdDelivery = { attempts: 6, deliveries: 3, deferrals: 0, firstFailureAt: new Date(0) };
    expect(decideOnFailure(transient, state({ history: thirdDelivery, attempt: 3 }), policy)).toMatchObject({
      action: 'park',
      tier: tiers[2],
      attempts: 9,
    });
  });

  it('dead-letters once the deliveries are used up, and at once without tiers', () => {
    const last = { attempts: 9, deliveries: 4, deferrals: 0, firstFailureAt: new Date(0) };
    expect(decideOnFailure(transient, state({ history: last, attempt: 3 }), policy)).toEqual({
      action: 'dead-letter',
      reason: 'deliveries-exhausted',
    });
    const noTiers = { ...policy, maxDeliveries: 1 };
    expect(decideOnFailure(transient, state({ attempt: 3 }), noTiers)).toEqual({
      action: 'dead-letter',
      reason: 'deliveries-exhausted',
    });
  });

  it('dead-letters permanent errors and contract violations on the first attempt', () => {
    for (const err of [new PermanentError('not an article'), new ContractViolation('fetched-page/1', ['/url: bad'])]) {
      expect(decideOnFailure(err, state(), policy)).toEqual({ action: 'dead-letter', reason: 'permanent' });
    }
  });

  it('parks a RetryLaterError in the shortest tier covering its delay, as a deferral, not an attempt', () => {
    expect(decideOnFailure(new RetryLaterError('host busy', 30_000), state({ attempt: 1 }), policy)).toEqual({
      action: 'park',
      tier: tiers[1],
      delayMs: 30_000,
      deferred: true,
      attempts: 0,
    });
    expect(decideOnFailure(new RetryLaterError('Retry-After: 1 day', 86_400_000), state(), policy)).toMatchObject({
      tier: tiers[2],
    });
    const deferredTwice = { ...firstDelivery, deferrals: 2 };
    expect(decideOnFailure(new RetryLaterError('again', 1), state({ history: deferredTwice }), policy)).toEqual({
      action: 'dead-letter',
      reason: 'deferrals-exhausted',
    });
  });

  it('waits for an unavailable dependency with growing pauses, however many attempts, and aborts when stopping', () => {
    const down = new DependencyUnavailableError('ECONNREFUSED', 'postgres');
    const waits = [0, 1, 2, 3, 4, 5, 9].map((n) =>
      decideOnFailure(down, state({ dependencyWaits: n, attempt: 99 }), policy),
    );
    expect(waits.map((d) => (d.action === 'wait' ? d.delayMs : d.action))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 5_000, 5_000,
    ]);
    expect(decideOnFailure(down, state({ stopping: true }), policy)).toEqual({
      action: 'abort',
      reason: 'stopping while postgres is unavailable: the message is not committed',
    });
  });
});
