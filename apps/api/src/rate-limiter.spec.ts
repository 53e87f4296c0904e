import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows a burst of the per-minute limit, then refuses with the wait until the next token', () => {
    const limiter = new RateLimiter(60);
    const t0 = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limiter.take('k', t0).allowed).toBe(true);
    const refused = limiter.take('k', t0);
    expect(refused).toEqual({ allowed: false, limit: 60, remaining: 0, retryAfterSeconds: 1 });
    // 60 per minute: one token back per second.
    expect(limiter.take('k', t0 + 999).allowed).toBe(false);
    expect(limiter.take('k', t0 + 2_000).allowed).toBe(true);
  });

  it('counts each client on its own', () => {
    const limiter = new RateLimiter(2);
    expect([1, 2, 3].map(() => limiter.take('a', 0).allowed)).toEqual([true, true, false]);
    expect(limiter.take('b', 0).allowed).toBe(true);
  });

  it('tells how long to wait at a low limit, and reports what remains', () => {
    const limiter = new RateLimiter(3);
    expect(limiter.take('k', 0).remaining).toBe(2);
    limiter.take('k', 0);
    limiter.take('k', 0);
    expect(limiter.take('k', 0).retryAfterSeconds).toBe(20);
  });

  it('forgets clients whose buckets have refilled', () => {
    const limiter = new RateLimiter(60, 1_000);
    limiter.take('a', 0);
    limiter.take('b', 0);
    expect(limiter.tracked).toBe(2);
    limiter.take('c', 120_000);
    expect(limiter.tracked).toBe(1);
  });
});
