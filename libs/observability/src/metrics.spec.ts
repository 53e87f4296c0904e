import { createMetricsRegistry, createNewsflowMetrics, exposedMetricNames, metricCatalog } from './metrics';

describe('Newsflow metrics', () => {
  it('exposes the defined metrics in the Prometheus text format, with the service label', async () => {
    const registry = createMetricsRegistry({ service: 'parser', defaultMetrics: false });
    const metrics = createNewsflowMetrics(registry);
    metrics.messagesConsumed.inc({ stage: 'parser' });
    metrics.messagesConsumed.inc({ stage: 'parser' });
    metrics.consumerLag.set({ stage: 'parser', topic: 'newsflow.pages.fetched.v1', partition: '3' }, 42);
    metrics.messageProcessing.observe({ stage: 'parser' }, 0.3);

    const text = await registry.metrics();
    expect(text).toContain('# TYPE newsflow_messages_consumed_total counter');
    expect(text).toContain('newsflow_messages_consumed_total{stage="parser",service="parser"} 2');
    expect(text).toContain(
      'newsflow_consumer_lag{stage="parser",topic="newsflow.pages.fetched.v1",partition="3",service="parser"} 42',
    );
    expect(text).toContain('newsflow_message_processing_seconds_bucket{le="0.25",service="parser",stage="parser"} 0');
    expect(text).toContain('newsflow_message_processing_seconds_bucket{le="0.5",service="parser",stage="parser"} 1');
  });

  it('collects Node runtime metrics by default', async () => {
    const registry = createMetricsRegistry({ service: 'api' });
    const names = (await registry.getMetricsAsJSON()).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds']));
  });

  it('follows Prometheus naming conventions', async () => {
    const registry = createMetricsRegistry({ service: 'x', defaultMetrics: false });
    createNewsflowMetrics(registry);
    for (const metric of await registry.getMetricsAsJSON()) {
      expect(metric.name).toMatch(/^newsflow_[a-z_]+$/);
      const type = String(metric.type);
      if (type === 'counter') expect(metric.name).toMatch(/_total$/);
      if (type === 'histogram') expect(metric.name).toMatch(/_seconds$/);
      expect(metric.help.length).toBeGreaterThan(10);
    }
  });

  it('lists every exposed sample name, histogram series included', async () => {
    const names = await exposedMetricNames();
    expect(names.has('newsflow_db_write_seconds_bucket')).toBe(true);
    expect(names.has('newsflow_db_write_seconds')).toBe(false);
    expect(names.has('newsflow_dead_letters_total')).toBe(true);
    expect(names.has('process_resident_memory_bytes')).toBe(true);
  });
});

describe('metricCatalog', () => {
  it('describes each metric with its label names, the service label included', async () => {
    const catalog = await metricCatalog();
    const lag = catalog.find((m) => m.name === 'newsflow_consumer_lag');
    expect(lag).toMatchObject({ type: 'gauge', labelNames: ['stage', 'topic', 'partition', 'service'] });
    const processing = catalog.find((m) => m.name === 'newsflow_message_processing_seconds');
    expect(processing?.labelNames).toEqual(['stage', 'le', 'service']);
    expect(catalog.find((m) => m.name === 'nodejs_eventloop_lag_seconds')).toBeDefined();
  });
});
