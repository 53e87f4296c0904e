import { AddressInfo } from 'node:net';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConsumerStateTracker } from './health/consumer-state';
import { ObservabilityModule } from './observability.module';

/** The module without external dependencies (no Kafka, no Postgres): endpoints, status codes, content. */
describe('ObservabilityModule', () => {
  let app: INestApplication;
  let base: string;
  const tracker = new ConsumerStateTracker();

  beforeAll(async () => {
    @Module({ imports: [ObservabilityModule.register({ service: 'enricher', checks: { consumer: tracker } })] })
    class AppModule {}
    app = await NestFactory.create(AppModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(() => app.close());

  it('serves the registry in the Prometheus text format', async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('version=0.0.4');
    const body = await res.text();
    expect(body).toContain('# TYPE newsflow_messages_consumed_total counter');
    expect(body).toMatch(/^process_cpu_user_seconds_total\{service="enricher"\} /m);
    expect(body).toContain('newsflow_consumer_paused{stage="enricher",service="enricher"} 1');
  });

  it('answers liveness with the event-loop check, and readiness with the consumer state', async () => {
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok', info: { event_loop: { status: 'up' } } });

    const notYet = await fetch(`${base}/health/ready`);
    expect(notYet.status).toBe(503);
    expect(await notYet.json()).toMatchObject({ error: { consumer: { state: 'starting' } } });

    tracker.started();
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'newsflow_consumer_paused{stage="enricher",service="enricher"} 0',
    );
  });

  it('has no readiness checks to fail when none are configured', async () => {
    @Module({ imports: [ObservabilityModule.register({ service: 'api' })] })
    class BareModule {}
    const bare = await NestFactory.create(BareModule, { logger: false });
    await bare.listen(0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(bare.getHttpServer().address() as AddressInfo).port}/health/ready`;
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', info: {} });
    } finally {
      await bare.close();
    }
  });
});
