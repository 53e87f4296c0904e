import { DEFAULT_FETCH_POLICY, DEFAULT_USER_AGENT, resolveFetchPolicy } from './fetch-policy';

describe('resolveFetchPolicy', () => {
  it('is safe by default: no allowed hosts, five redirects, finite caps and timeouts', () => {
    const p = resolveFetchPolicy();
    expect(p.allowHosts).toEqual([]);
    expect(p.maxRedirects).toBe(5);
    expect(p.userAgent).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^Newsflow\/\S+ \(\+https:\/\//);
    for (const k of [
      'maxResponseBytes',
      'maxDecompressedBytes',
      'connectTimeoutMs',
      'readTimeoutMs',
      'totalTimeoutMs',
    ] as const) {
      expect(Number.isFinite(p[k])).toBe(true);
    }
    expect(p.allowedContentTypes).not.toContain('image/png');
  });

  it('never lets an explicit undefined weaken a default', () => {
    const p = resolveFetchPolicy({ maxResponseBytes: undefined, allowHosts: undefined, totalTimeoutMs: 10 });
    expect(p.maxResponseBytes).toBe(DEFAULT_FETCH_POLICY.maxResponseBytes);
    expect(p.allowHosts).toEqual([]);
    expect(p.totalTimeoutMs).toBe(10);
  });

  it('keeps the frozen defaults unshared', () => {
    const p = resolveFetchPolicy();
    expect(Object.isFrozen(DEFAULT_FETCH_POLICY)).toBe(true);
    expect(p).not.toBe(DEFAULT_FETCH_POLICY);
  });
});
