import { createMetricsRegistry, createNewsflowMetrics, FetchMetricsRecorder } from '@newsflow/observability';
import { Logger } from '@newsflow/telemetry';
import { FetchMetricsReporter } from './fetch-metrics-reporter';
import { FetcherConfig, loadFetcherConfig } from './fetcher-config';

function fakeLogger() {
  const lines: { obj: unknown; msg: string }[] = [];
  const logger = { info: (obj: unknown, msg: string) => lines.push({ obj, msg }) } as unknown as Logger;
  return { logger, lines };
}

const flush = () =>
  new Promise((resolve) => jest.requireActual<typeof import('node:timers')>('node:timers').setImmediate(resolve));

describe('FetchMetricsReporter', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('logs what the Prometheus fetch counters hold every interval, and once at shutdown', async () => {
    const config: FetcherConfig = loadFetcherConfig({ FETCHER_METRICS_LOG_EVERY_MS: '60000' });
    const { logger, lines } = fakeLogger();
    const metrics = createNewsflowMetrics(createMetricsRegistry({ service: 'fetcher-test', defaultMetrics: false }));
    const recorder = new FetchMetricsRecorder(metrics);
    const reporter = new FetchMetricsReporter(logger, config, metrics);
    reporter.onApplicationBootstrap();
    recorder.record('https://a.example/1', 'ok');
    recorder.record('https://a.example/1', 'not_modified');
    recorder.record('https://b.example/x', 'robots_disallowed');
    jest.advanceTimersByTime(59_999);
    await flush();
    expect(lines).toHaveLength(0);
    jest.advanceTimersByTime(1);
    await flush();
    expect(lines).toEqual([
      {
        msg: 'fetch metrics',
        obj: {
          fetchMetrics: {
            outcomes: { ok: 1, not_modified: 1, robots_disallowed: 1 },
            requestsByHost: { 'a.example': 2, 'b.example': 1 },
            notModified: 1,
          },
        },
      },
    ]);
    jest.advanceTimersByTime(60_000);
    await flush();
    expect(lines).toHaveLength(2);
    await reporter.onApplicationShutdown();
    expect(lines).toHaveLength(3);
    jest.advanceTimersByTime(120_000);
    await flush();
    expect(lines).toHaveLength(3);
  });
});
