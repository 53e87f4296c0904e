import { decideRetry, isRetryableStatus, nextRetryDelay } from './backoff';

describe('nextRetryDelay', () => {
  it('grows exponentially up to the cap at the top of the jitter range', () => {
    const top = () => 0.999999;
    expect(nextRetryDelay(0, 100, 10_000, top)).toBe(99);
    expect(nextRetryDelay(1, 100, 10_000, top)).toBe(199);
    expect(nextRetryDelay(3, 100, 10_000, top)).toBe(799);
    expect(nextRetryDelay(10, 100, 10_000, top)).toBe(9_999);
    expect(nextRetryDelay(5000, 100, 10_000, top)).toBe(9_999);
  });

  it('uses full jitter: zero at the bottom of the range, uniform in between', () => {
    expect(nextRetryDelay(4, 100, 10_000, () => 0)).toBe(0);
    expect(nextRetryDelay(4, 100, 10_000, () => 0.5)).toBe(800);
  });

  it('spreads retries of simultaneous failures with a real random source', () => {
    const delays = new Set(Array.from({ length: 50 }, () => nextRetryDelay(6, 1000, 60_000)));
    expect(delays.size).toBeGreaterThan(40);
    for (const d of delays) expect(d).toBeLessThan(60_000);
  });
});

describe('decideRetry', () => {
  const policy = { maxAttempts: 3, baseMs: 1000, capMs: 60_000 };

  it('gives up after the last attempt', () => {
    expect(decideRetry(0, policy, undefined, () => 0.5)).toEqual({ retry: true, delayMs: 500 });
    expect(decideRetry(1, policy, undefined, () => 0.5)).toEqual({ retry: true, delayMs: 1000 });
    expect(decideRetry(2, policy, undefined, () => 0.5)).toEqual({ retry: false });
  });

  it('honours a Retry-After longer than the backoff', () => {
    expect(decideRetry(0, policy, 30_000, () => 0.5)).toEqual({ retry: true, delayMs: 30_000 });
    expect(decideRetry(1, policy, 10, () => 0.5)).toEqual({ retry: true, delayMs: 1000 });
  });
});

describe('isRetryableStatus', () => {
  it('retries transient statuses only', () => {
    expect([429, 503, 500, 502, 504, 408].every(isRetryableStatus)).toBe(true);
    expect([200, 304, 400, 401, 403, 404, 410].some(isRetryableStatus)).toBe(false);
  });
});
