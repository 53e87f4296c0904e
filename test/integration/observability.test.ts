/**
 * The observability module in a small Nest hybrid app (HTTP + a microservice transport, as the stage services
 * run) against the real local stack: Kafka on 127.0.0.1:9092 and PostgreSQL from DATABASE_URL, started by
 * `newsflow stack up` before the suite. Checks what an operator and Kubernetes see: the /metrics exposition with
 * real consumer lag, readiness up, readiness down when the consumer tracker says paused, and when Kafka is gone.
 */
import { AddressInfo } from 'node:net';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import {
  ConsumerStateTracker,
  NewsflowMetrics,
  NEWSFLOW_METRICS,
  ObservabilityModule,
  ObservabilityOptions,
  StageMetricsRecorder,
} from '@newsflow/observability';
import { testKafka, testProducer } from '../support/kafka-helpers';

jest.setTimeout(60_000);

/** A do-nothing microservice transport: makes the app hybrid the way bootstrapStage's will be. */
class IdleTransport extends Server implements CustomTransportStrategy {
  listen(callback: () => void): void {
    callback();
  }
  close(): void {}
  on(): void {}
  unwrap<T>(): T {
    return undefined as T;
  }
}

@Controller('probe')
class ProbeController {
  constructor(private readonly recorder: StageMetricsRecorder) {}

  @Get('work')
  work(): string {
    this.recorder.onOutcome('processed', {});
    this.recorder.onOutcome('dead-lettered', { errorClass: 'ContractViolation' });
    return 'ok';
  }
}

async function startApp(options: ObservabilityOptions): Promise<{ app: INestApplication; base: string }> {
  @Module({
    imports: [ObservabilityModule.register(options)],
    controllers: [ProbeController],
    providers: [
      {
        provide: StageMetricsRecorder,
        inject: [NEWSFLOW_METRICS],
        useFactory: (metrics: NewsflowMetrics) => new StageMetricsRecorder(metrics, 'parser'),
      },
    ],
  })
  class AppModule {}

  const app = await NestFactory.create(AppModule, { logger: false });
  app.connectMicroservice({ strategy: new IdleTransport() });
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, base: `http://127.0.0.1:${port}` };
}

const runId = `${process.pid}-${Date.now()}`;
const topic = `newsflow.itest-observability.${runId}`;
const groupId = `newsflow-itest-observability-${runId}`;

let kafka: Kafka;
let admin: Admin;
let ds: DataSource;
let tracker: ConsumerStateTracker;
let app: INestApplication;
let base: string;

beforeAll(async () => {
  kafka = testKafka();
  admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true });
  const producer = await testProducer(kafka);
  await producer.send({
    topic,
    messages: [0, 0, 0, 0, 0, 1, 1].map((partition, i) => ({ partition, value: `m${i}` })),
  });
  await producer.disconnect();
  // The group has read 2 of partition 0's 5 messages and nothing of partition 1.
  await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '2' }] });

  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 1, applicationName: 'newsflow-itest-observability' });
  await ds.initialize();
  tracker = new ConsumerStateTracker();
  ({ app, base } = await startApp({
    service: 'parser',
    checks: { kafka, postgres: { dataSource: ds }, consumer: tracker },
    consumerLag: { stage: 'parser', groupId, topics: [topic], intervalMs: 500 },
  }));
});

afterAll(async () => {
  await app?.close();
  await ds?.destroy();
  await admin?.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin?.deleteGroups([groupId]).catch(() => undefined);
  await admin?.disconnect();
});

async function get(path: string, at = base): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(at + path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('serves Prometheus metrics with runtime metrics, stage counters and real consumer lag', async () => {
  expect((await get('/probe/work')).body).toBe('ok');
  const lag0 = `newsflow_consumer_lag{stage="parser",topic="${topic}",partition="0",service="parser"} 3`;
  const lag1 = `newsflow_consumer_lag{stage="parser",topic="${topic}",partition="1",service="parser"} 2`;
  await eventually(async () => (await get('/metrics')).body.includes(lag0));

  const metrics = await get('/metrics');
  expect(metrics.status).toBe(200);
  expect(metrics.type).toMatch(/^text\/plain;/);
  expect(metrics.type).toContain('version=0.0.4');
  expect(metrics.body).toContain(lag1);
  expect(metrics.body).toContain('newsflow_messages_consumed_total{stage="parser",service="parser"} 2');
  expect(metrics.body).toContain(
    'newsflow_dead_letters_total{stage="parser",error_class="ContractViolation",service="parser"} 1',
  );
  expect(metrics.body).toMatch(/^nodejs_eventloop_lag_seconds\{service="parser"\} [0-9.e-]+$/m);
  expect(metrics.body).toMatch(/^process_resident_memory_bytes\{service="parser"\} \d+/m);
});

it('is live, and ready only once the consumer runs, with Kafka and Postgres up', async () => {
  const live = await get('/health/live');
  expect(live.status).toBe(200);
  expect(JSON.parse(live.body)).toMatchObject({ status: 'ok', info: { event_loop: { status: 'up' } } });

  const starting = await get('/health/ready');
  expect(starting.status).toBe(503);
  expect(JSON.parse(starting.body).error.consumer).toMatchObject({ status: 'down', state: 'starting' });

  tracker.started();
  const ready = await get('/health/ready');
  expect(ready.status).toBe(200);
  expect(JSON.parse(ready.body)).toMatchObject({
    status: 'ok',
    info: {
      kafka: { status: 'up', brokers: 1 },
      postgres: { status: 'up' },
      consumer: { status: 'up', state: 'running' },
    },
  });
  expect((await get('/metrics')).body).toContain('newsflow_consumer_paused{stage="parser",service="parser"} 0');
});

it('fails readiness and says why while the consumer is paused, and recovers on resume', async () => {
  tracker.paused('backpressure: indexer database slow');
  const paused = await get('/health/ready');
  expect(paused.status).toBe(503);
  const body = JSON.parse(paused.body);
  expect(body.status).toBe('error');
  expect(body.error.consumer).toMatchObject({
    status: 'down',
    state: 'paused',
    reason: 'backpressure: indexer database slow',
  });
  expect(body.info.kafka.status).toBe('up');
  expect((await get('/metrics')).body).toContain('newsflow_consumer_paused{stage="parser",service="parser"} 1');
  expect((await get('/health/live')).status).toBe(200); // a paused consumer is no reason to restart the pod

  tracker.resumed();
  expect((await get('/health/ready')).status).toBe(200);
});

it('fails readiness within the check timeout when the broker is unreachable', async () => {
  // Nothing listens on port 1 of the loopback address: connections are refused at once.
  const deadKafka = new Kafka({
    clientId: 'itest-dead',
    brokers: ['127.0.0.1:1'],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
  const other = await startApp({ service: 'fetcher', checks: { kafka: deadKafka, timeoutMs: 1500 } });
  try {
    const started = Date.now();
    const res = await get('/health/ready', other.base);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).error.kafka.status).toBe('down');
  } finally {
    await other.app.close();
  }
});
