import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  MetricObjectWithValues,
  MetricValue,
  Registry,
} from 'prom-client';

/**
 * Newsflow's Prometheus metrics, defined once with fixed names and label sets. Every service creates one
 * registry (createMetricsRegistry) and one typed NewsflowMetrics object over it, so a caller writes
 * `metrics.messagesConsumed.inc({ stage })` and the compiler checks the label names.
 *
 * Conventions (https://prometheus.io/docs/practices/naming/): a `newsflow_` prefix, base units (seconds, bytes),
 * `_total` on counters, and label values from bounded sets only: stages, topics and partitions are fixed by the
 * deployment, error classes and hosts go through the guards in bounded-labels.ts, and no URL is ever a label.
 */

/** Latency buckets for per-message stage work: fetches and extraction take from milliseconds up to a minute. */
export const PROCESSING_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
/** Buckets for in-process CPU work (extraction, enrichment): mostly milliseconds, rarely seconds. */
export const CPU_WORK_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Buckets for database writes: a healthy transaction is a few milliseconds. */
export const DB_WRITE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export interface MetricsRegistryOptions {
  /** Service name, added as the `service` label of every series (fetcher, parser, ..., api). */
  service: string;
  /** Collect Node runtime metrics (event loop lag, heap, GC, handles): on by default. */
  defaultMetrics?: boolean;
}

/** One registry per process, labelled with the service, with the Node runtime metrics. */
export function createMetricsRegistry(options: MetricsRegistryOptions): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.service });
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  return registry;
}

export type NewsflowMetrics = ReturnType<typeof createNewsflowMetrics>;

/** Creates every Newsflow metric in `registry` (once per registry). */
export function createNewsflowMetrics(registry: Registry) {
  const registers = [registry];
  return {
    messagesConsumed: new Counter({
      name: 'newsflow_messages_consumed_total',
      help: 'Input messages a stage finished with (processed or dead-lettered), by stage.',
      labelNames: ['stage'] as const,
      registers,
    }),
    messagesProduced: new Counter({
      name: 'newsflow_messages_produced_total',
      help: 'Messages a stage produced, acknowledged by the broker, by stage and topic.',
      labelNames: ['stage', 'topic'] as const,
      registers,
    }),
    messagesFailed: new Counter({
      name: 'newsflow_messages_failed_total',
      help: 'Handler attempts that failed (retried or dead-lettered), by stage and error class.',
      labelNames: ['stage', 'error_class'] as const,
      registers,
    }),
    messagesDeferred: new Counter({
      name: 'newsflow_messages_deferred_total',
      help: 'Messages a stage parked on a retry tier without a failure (politeness delays), by stage.',
      labelNames: ['stage'] as const,
      registers,
    }),
    deadLetters: new Counter({
      name: 'newsflow_dead_letters_total',
      help: 'Messages sent to the dead-letter topic of a stage, by error class.',
      labelNames: ['stage', 'error_class'] as const,
      registers,
    }),
    messageProcessing: new Histogram({
      name: 'newsflow_message_processing_seconds',
      help: 'Time from taking an input message to having its outputs ready, retries included, by stage.',
      labelNames: ['stage'] as const,
      buckets: PROCESSING_BUCKETS,
      registers,
    }),
    consumerLag: new Gauge({
      name: 'newsflow_consumer_lag',
      help: 'Messages not yet committed by the stage consumer group, per input topic partition.',
      labelNames: ['stage', 'topic', 'partition'] as const,
      registers,
    }),
    consumerPaused: new Gauge({
      name: 'newsflow_consumer_paused',
      help: '1 while the stage consumer is paused or crashed (readiness fails), 0 while it runs.',
      labelNames: ['stage'] as const,
      registers,
    }),
    fetchOutcomes: new Counter({
      name: 'newsflow_fetch_outcomes_total',
      help: 'Fetch results by outcome class and host class (configured source host, other host, IP literal).',
      labelNames: ['outcome', 'host_class'] as const,
      registers,
    }),
    fetchRequests: new Counter({
      name: 'newsflow_fetch_requests_total',
      help: 'HTTP fetches by host; host is bounded to configured hosts plus the first N seen, the rest "other".',
      labelNames: ['host'] as const,
      registers,
    }),
    fetchNotModified: new Counter({
      name: 'newsflow_fetch_not_modified_total',
      help: 'Conditional fetches answered 304 Not Modified (nothing downloaded).',
      registers,
    }),
    extraction: new Histogram({
      name: 'newsflow_extraction_seconds',
      help: 'Article extraction time per page, by extraction method.',
      labelNames: ['method'] as const,
      buckets: CPU_WORK_BUCKETS,
      registers,
    }),
    enrichment: new Histogram({
      name: 'newsflow_enrichment_seconds',
      help: 'Enrichment time per article (entities, places, dates, quotes, topics, fingerprint).',
      buckets: CPU_WORK_BUCKETS,
      registers,
    }),
    dbWrite: new Histogram({
      name: 'newsflow_db_write_seconds',
      help: 'Database write transaction time, by operation.',
      labelNames: ['operation'] as const,
      buckets: DB_WRITE_BUCKETS,
      registers,
    }),
    articlesIndexed: new Counter({
      name: 'newsflow_articles_indexed_total',
      help: 'Articles the indexer handled, by change event (created, updated, unchanged, duplicate).',
      labelNames: ['event'] as const,
      registers,
    }),
    sourceArticles: new Counter({
      name: 'newsflow_source_articles_total',
      help: 'Articles indexed per source; source is bounded to the first N sources seen, the rest "other".',
      labelNames: ['source'] as const,
      registers,
    }),
  };
}

/** One metric as validators and docs see it. */
export interface MetricDescription {
  name: string;
  type: string;
  help: string;
  /** Label names, the registry's default `service` label included. */
  labelNames: string[];
  /** The sample names it exposes (a histogram exposes _bucket, _sum and _count). */
  sampleNames: string[];
}

/**
 * Every metric a Newsflow service can expose (runtime metrics included), for validators of dashboards and rules.
 * `registerOwn` adds the metrics a service defines outside this library (the API's request metrics) to the same
 * registry, so they are described the same way.
 */
export async function metricCatalog(
  registerOwn: (registry: Registry) => unknown = () => undefined,
): Promise<MetricDescription[]> {
  const registry = createMetricsRegistry({ service: 'catalog' });
  createNewsflowMetrics(registry);
  registerOwn(registry);
  const described: MetricDescription[] = [];
  for (const metric of registry.getMetricsAsArray()) {
    const { name, help, type } = await (
      metric as unknown as { get(): Promise<MetricObjectWithValues<MetricValue<string>>> }
    ).get();
    const kind = String(type);
    const own = (metric as unknown as { labelNames?: string[] }).labelNames ?? [];
    const extra = kind === 'histogram' ? ['le'] : kind === 'summary' ? ['quantile'] : [];
    const sampleNames =
      kind === 'histogram'
        ? ['_bucket', '_sum', '_count'].map((s) => name + s)
        : kind === 'summary'
          ? [name, name + '_sum', name + '_count']
          : [name];
    described.push({ name, type: kind, help, labelNames: [...own, ...extra, 'service'], sampleNames });
  }
  return described;
}

/** Every sample name a Newsflow service can expose (histograms as _bucket/_sum/_count). */
export async function exposedMetricNames(): Promise<Set<string>> {
  return new Set((await metricCatalog()).flatMap((m) => m.sampleNames));
}
