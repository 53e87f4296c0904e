import { FetchMetricsRecorder, outcomeOfErrorCode, outcomeOfStatus } from './fetch-metrics';
import { createMetricsRegistry, createNewsflowMetrics } from './metrics';

describe('fetch outcome classification', () => {
  it.each([
    [200, 'ok'],
    [301, 'ok'],
    [304, 'not_modified'],
    [404, 'client_error'],
    [429, 'rate_limited'],
    [503, 'server_error'],
  ])('HTTP %d is %s', (status, outcome) => {
    expect(outcomeOfStatus(status)).toBe(outcome);
  });

  it.each([
    ['robots-disallowed', 'robots_disallowed'],
    ['decompression-bomb', 'too_large'],
    ['dns', 'network_error'],
    ['redirect-loop', 'redirect_refused'],
    ['something-new', 'other'],
  ])('code %s is %s', (code, outcome) => {
    expect(outcomeOfErrorCode(code)).toBe(outcome);
  });
});

describe('FetchMetricsRecorder', () => {
  it('labels source hosts by name, bounds other hosts and classifies them', async () => {
    const registry = createMetricsRegistry({ service: 'fetcher', defaultMetrics: false });
    const recorder = new FetchMetricsRecorder(createNewsflowMetrics(registry), {
      sourceHosts: ['www.example-news.org'],
      hostLimit: 1,
    });
    recorder.record('https://example-news.org/world/1', 'ok');
    recorder.record('blog.example.com', 'ok');
    recorder.record('third.example.net', 'server_error');
    recorder.record('https://example-news.org/feed', 'not_modified');
    recorder.record('198.51.100.4', 'address_refused');
    recorder.record('fourth.example', 'a brand new outcome');

    const text = await registry.metrics();
    expect(text).toContain('newsflow_fetch_requests_total{host="example-news.org",service="fetcher"} 2');
    expect(text).toContain('newsflow_fetch_requests_total{host="blog.example.com",service="fetcher"} 1');
    expect(text).toContain('newsflow_fetch_requests_total{host="other",service="fetcher"} 3');
    expect(text).not.toContain('third.example.net');
    expect(text).toContain('newsflow_fetch_outcomes_total{outcome="ok",host_class="source",service="fetcher"} 1');
    expect(text).toContain('newsflow_fetch_outcomes_total{outcome="ok",host_class="other",service="fetcher"} 1');
    expect(text).toContain(
      'newsflow_fetch_outcomes_total{outcome="address_refused",host_class="ip-literal",service="fetcher"} 1',
    );
    expect(text).toContain('newsflow_fetch_outcomes_total{outcome="other",host_class="other",service="fetcher"} 1');
    expect(text).toContain('newsflow_fetch_not_modified_total{service="fetcher"} 1');
  });
});
