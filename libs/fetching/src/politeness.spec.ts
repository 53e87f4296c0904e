import { InMemoryHostRateLimiter, politeIntervalMs } from './politeness';

describe('InMemoryHostRateLimiter', () => {
  let clock: number;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('grants the first request and tells the next one how long to wait, without sleeping', async () => {
    const limiter = new InMemoryHostRateLimiter(now);
    expect(await limiter.acquire('news.example', 2000)).toEqual({ waitMs: 0 });
    clock += 500;
    expect(await limiter.acquire('news.example', 2000)).toEqual({ waitMs: 1500 });
    clock += 1500;
    expect(await limiter.acquire('news.example', 2000)).toEqual({ waitMs: 0 });
  });

  it('keeps hosts independent and case-insensitive', async () => {
    const limiter = new InMemoryHostRateLimiter(now);
    expect((await limiter.acquire('A.example', 1000)).waitMs).toBe(0);
    expect((await limiter.acquire('b.example', 1000)).waitMs).toBe(0);
    expect((await limiter.acquire('a.EXAMPLE', 1000)).waitMs).toBe(1000);
  });

  it('a refused acquire does not take the slot', async () => {
    const limiter = new InMemoryHostRateLimiter(now);
    await limiter.acquire('h', 1000);
    clock += 100;
    await limiter.acquire('h', 1000);
    await limiter.acquire('h', 1000);
    clock += 900;
    expect((await limiter.acquire('h', 1000)).waitMs).toBe(0);
  });

  it('defers a host after Retry-After', async () => {
    const limiter = new InMemoryHostRateLimiter(now);
    await limiter.defer('h', 30_000);
    expect((await limiter.acquire('h', 1000)).waitMs).toBe(30_000);
    await limiter.defer('h', 10); // a shorter deferral never shortens a longer one
    expect((await limiter.acquire('h', 1000)).waitMs).toBe(30_000);
  });
});

describe('politeIntervalMs', () => {
  it('lets a longer Crawl-delay win over the configured interval', () => {
    expect(politeIntervalMs(1000, 2000)).toBe(2000);
    expect(politeIntervalMs(1000, 500)).toBe(1000);
    expect(politeIntervalMs(1000)).toBe(1000);
  });
});
