import { FetchRefusal, FetchResult } from '@newsflow/fetching';
import { Logger } from '@newsflow/telemetry';
import { FetchMetricsReporter } from './fetch-metrics-reporter';
import { FetcherConfig, loadFetcherConfig } from './fetcher-config';

function fakeLogger() {
  const lines: { obj: unknown; msg: string }[] = [];
  const logger = { info: (obj: unknown, msg: string) => lines.push({ obj, msg }) } as unknown as Logger;
  return { logger, lines };
}

const result = (status: number, extra: Partial<FetchResult> = {}) =>
  ({ status, notModified: status === 304, classification: 'article', ...extra }) as FetchResult;

describe('FetchMetricsReporter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('logs a cumulative summary (classes, 304 ratio, requests per host) every interval, and once at shutdown', () => {
    const config: FetcherConfig = loadFetcherConfig({ FETCHER_METRICS_LOG_EVERY_MS: '60000' });
    const { logger, lines } = fakeLogger();
    const reporter = new FetchMetricsReporter(logger, config);
    reporter.onApplicationBootstrap();
    reporter.metrics.record('https://a.example/1', result(200), false);
    reporter.metrics.record('https://a.example/1', result(304, { classification: 'not-modified' }), true);
    reporter.metrics.record(
      'https://b.example/x',
      new FetchRefusal('robots-disallowed', 'robots.txt', 'https://b.example/x'),
    );
    jest.advanceTimersByTime(59_999);
    expect(lines).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(lines).toHaveLength(1);
    expect(lines[0].msg).toBe('fetch metrics');
    expect(lines[0].obj).toEqual({
      fetchMetrics: expect.objectContaining({
        outcomes: { article: 1, 'not-modified': 1, 'refused:robots-disallowed': 1 },
        requestsByHost: { 'a.example': 2, 'b.example': 1 },
        conditionalRequests: 1,
        notModified: 1,
        notModifiedRatio: 1,
      }),
    });
    jest.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(2);
    reporter.onApplicationShutdown();
    expect(lines).toHaveLength(3);
    jest.advanceTimersByTime(120_000);
    expect(lines).toHaveLength(3);
  });
});
