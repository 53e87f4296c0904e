import { HealthIndicatorService } from '@nestjs/terminus';
import { Admin, Kafka } from 'kafkajs';
import { KafkaAdminHandle, KafkaHealthIndicator } from './kafka.indicator';

function fakeKafka(describe: () => Promise<unknown>) {
  const made: string[] = [];
  const kafka = {
    admin: () => {
      made.push('admin');
      return {
        connect: async () => undefined,
        disconnect: async () => {
          made.push('disconnect');
        },
        describeCluster: describe,
      } as unknown as Admin;
    },
  } as unknown as Kafka;
  return { kafka, made };
}

describe('KafkaHealthIndicator', () => {
  it('is up with the broker count when the cluster answers', async () => {
    const { kafka, made } = fakeKafka(async () => ({ brokers: [{}, {}], controller: 1, clusterId: 'c' }));
    const handle = new KafkaAdminHandle(kafka);
    const indicator = new KafkaHealthIndicator(new HealthIndicatorService(), handle, 500);
    expect(await indicator.check()).toEqual({ kafka: { status: 'up', brokers: 2, controller: 1 } });
    await indicator.check();
    expect(made).toEqual(['admin']); // one admin reused across checks
    await handle.close();
  });

  it('is down within the timeout when the broker hangs, and reconnects next time', async () => {
    const { kafka, made } = fakeKafka(() => new Promise(() => undefined));
    const indicator = new KafkaHealthIndicator(new HealthIndicatorService(), new KafkaAdminHandle(kafka), 50);
    const started = Date.now();
    const result = await indicator.check();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.kafka.status).toBe('down');
    expect(String(result.kafka.message)).toContain('did not answer within 50 ms');
    await indicator.check();
    expect(made).toEqual(['admin', 'disconnect', 'admin', 'disconnect']);
  });
});
