import { createMetricsRegistry, createNewsflowMetrics } from './metrics';
import type { StageRunnerOptions } from '@newsflow/messaging';
import { StageMetricsRecorder } from './stage-metrics';

async function value(registry: ReturnType<typeof createMetricsRegistry>, name: string, labels: Record<string, string>) {
  // Histogram samples carry their own name (..._count, ..._bucket) under the histogram's base name.
  const samples = (await registry.getMetricsAsJSON()).flatMap((m) =>
    m.values.map((v) => ({ ...v, name: (v as { metricName?: string }).metricName ?? m.name })),
  );
  const sample = samples.find((v) => v.name === name && Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return sample?.value ?? 0;
}

describe('StageMetricsRecorder', () => {
  it('counts consumed, failed and dead-lettered messages by the documented rules', async () => {
    const registry = createMetricsRegistry({ service: 'enricher', defaultMetrics: false });
    const recorder = new StageMetricsRecorder(createNewsflowMetrics(registry), 'enricher');
    recorder.onOutcome('processed', {});
    recorder.onOutcome('retried', { errorClass: 'TimeoutError' });
    recorder.onOutcome('retried', { errorClass: 'TimeoutError' });
    recorder.onOutcome('dead-lettered', { errorClass: 'TimeoutError' });
    recorder.onOutcome('deferred', {});
    recorder.onOutcome('something-new' as never, {});

    expect(await value(registry, 'newsflow_messages_consumed_total', { stage: 'enricher' })).toBe(2);
    expect(
      await value(registry, 'newsflow_messages_failed_total', { stage: 'enricher', error_class: 'TimeoutError' }),
    ).toBe(3);
    expect(
      await value(registry, 'newsflow_dead_letters_total', { stage: 'enricher', error_class: 'TimeoutError' }),
    ).toBe(1);
    expect(await value(registry, 'newsflow_messages_deferred_total', { stage: 'enricher' })).toBe(1);
  });

  it('never lets a free-text error into the error_class label', async () => {
    const registry = createMetricsRegistry({ service: 'parser', defaultMetrics: false });
    const recorder = new StageMetricsRecorder(createNewsflowMetrics(registry), 'parser');
    recorder.onOutcome('dead-lettered', { errorClass: 'value is not JSON: Unexpected token < in https://x' });
    const text = await registry.metrics();
    expect(text).toContain('error_class="unrecognised"');
    expect(text).not.toContain('https://x');
  });

  it('records produced messages per topic and times a message even when it throws', async () => {
    const registry = createMetricsRegistry({ service: 'parser', defaultMetrics: false });
    const recorder = new StageMetricsRecorder(createNewsflowMetrics(registry), 'parser');
    recorder.produced('newsflow.articles.parsed.v1', 3);
    recorder.produced('newsflow.articles.parsed.v1', 0);
    await expect(recorder.timeMessage(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await recorder.timeMessage(async () => 1);

    expect(
      await value(registry, 'newsflow_messages_produced_total', {
        stage: 'parser',
        topic: 'newsflow.articles.parsed.v1',
      }),
    ).toBe(3);
    expect(await value(registry, 'newsflow_message_processing_seconds_count', { stage: 'parser' })).toBe(2);
  });
});

// Compile-time contract (checked by tsc): the recorder's hook fits StageRunner's onOutcome option as it is.
export const hookFitsStageRunner = (recorder: StageMetricsRecorder): StageRunnerOptions<unknown>['onOutcome'] =>
  recorder.onOutcome;
