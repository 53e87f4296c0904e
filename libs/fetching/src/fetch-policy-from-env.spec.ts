import { DEFAULT_FETCH_POLICY } from './fetch-policy';
import { fetchPolicyFromEnv } from './fetch-policy-from-env';

describe('fetchPolicyFromEnv', () => {
  it('gives the safe defaults for an empty environment', () => {
    const p = fetchPolicyFromEnv({});
    expect(p).toEqual({ ...DEFAULT_FETCH_POLICY });
    expect(p.allowHosts).toEqual([]);
    expect(p.maxRedirects).toBe(5);
  });

  it('reads every variable', () => {
    const p = fetchPolicyFromEnv({
      FETCH_ALLOW_HOSTS: ' 127.0.0.1:8080, localhost ,',
      FETCH_USER_AGENT: 'Newsflow-test/1 (+https://example.org/bot)',
      FETCH_MAX_BYTES: '2048',
      FETCH_TIMEOUT_MS: '5000',
      FETCH_CONNECT_TIMEOUT_MS: '9000',
    });
    expect(p.allowHosts).toEqual(['127.0.0.1:8080', 'localhost']);
    expect(p.userAgent).toBe('Newsflow-test/1 (+https://example.org/bot)');
    expect(p.maxResponseBytes).toBe(2048);
    expect(p.totalTimeoutMs).toBe(5000);
    expect(p.connectTimeoutMs).toBe(5000); // never longer than the whole fetch
  });

  it('reports all bad variables at once', () => {
    expect(() => fetchPolicyFromEnv({ FETCH_MAX_BYTES: 'lots', FETCH_TIMEOUT_MS: '-1' })).toThrow(
      /FETCH_MAX_BYTES[\s\S]*FETCH_TIMEOUT_MS/,
    );
  });
});
