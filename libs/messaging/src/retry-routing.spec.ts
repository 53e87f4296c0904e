import { KafkaMessage } from 'kafkajs';
import { Headers, retryTiers } from '@newsflow/contracts';
import { deliveryHistory, retryRecord, tierForDelay } from './retry-routing';
import { deadLetterRecord } from './dead-letter';

const message = (headers: Record<string, string> = {}): KafkaMessage =>
  ({
    key: Buffer.from('k'),
    value: Buffer.from('{"a":1}'),
    offset: '41',
    timestamp: '0',
    attributes: 0,
    size: 0,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)])),
  }) as unknown as KafkaMessage;

describe('retry routing', () => {
  const tiers = retryTiers('fetcher');

  it('declares growing tiers per stage', () => {
    expect(tiers.map((t) => t.name)).toEqual([
      'newsflow.fetcher.retry-10s.v1',
      'newsflow.fetcher.retry-1m.v1',
      'newsflow.fetcher.retry-10m.v1',
    ]);
    expect(tiers.map((t) => t.delayMs)).toEqual([10_000, 60_000, 600_000]);
  });

  it('picks the shortest tier covering a delay, else the longest', () => {
    expect(tierForDelay(tiers, 2_000).delayMs).toBe(10_000);
    expect(tierForDelay(tiers, 10_000).delayMs).toBe(10_000);
    expect(tierForDelay(tiers, 45_000).delayMs).toBe(60_000);
    expect(tierForDelay(tiers, 3_600_000).delayMs).toBe(600_000);
  });

  it('reads a first delivery as no history, and a parked one from its headers', () => {
    expect(deliveryHistory(message())).toEqual({ attempts: 0, deliveries: 1, deferrals: 0, firstFailureAt: null });
    const h = deliveryHistory(
      message({
        [Headers.attempts]: '6',
        [Headers.deliveries]: '2',
        [Headers.deferrals]: '1',
        [Headers.firstFailureAt]: '2026-01-01T00:00:00.000Z',
      }),
    );
    expect(h).toEqual({
      attempts: 6,
      deliveries: 2,
      deferrals: 1,
      firstFailureAt: new Date('2026-01-01T00:00:00.000Z'),
    });
    expect(deliveryHistory(message({ [Headers.attempts]: 'junk', [Headers.firstFailureAt]: 'junk' }))).toMatchObject({
      attempts: 0,
      firstFailureAt: null,
    });
  });

  it('parks the original key, value and headers with the bookkeeping and the topic to return to', () => {
    const original = message({ traceparent: '00-aa-bb-01', 'x-custom': 'kept' });
    const r = retryRecord(tiers[1], original, {
      returnTo: 'newsflow.fetch-requests.v1',
      notBefore: 1234,
      attempts: 3,
      deliveries: 2,
      deferrals: 0,
      firstFailureAt: new Date('2026-01-01T00:00:00Z'),
      error: new TypeError('boom'),
    });
    expect(r.topic).toBe('newsflow.fetcher.retry-1m.v1');
    expect(r.message.key).toBe(original.key);
    expect(r.message.value).toBe(original.value);
    expect(r.message.headers).toMatchObject({
      traceparent: original.headers!.traceparent,
      'x-custom': original.headers!['x-custom'],
      [Headers.notBefore]: '1234',
      [Headers.originalTopic]: 'newsflow.fetch-requests.v1',
      [Headers.attempts]: '3',
      [Headers.deliveries]: '2',
      [Headers.errorClass]: 'TypeError',
      [Headers.errorMessage]: 'boom',
    });
  });

  it('dead-letter records keep the original and name stage, error, attempts and origin', () => {
    const original = message({ traceparent: '00-aa-bb-01' });
    const r = deadLetterRecord(
      'parser',
      { topic: 'newsflow.pages.fetched.v1', partition: 3, message: original },
      { errorClass: 'ContractViolation', errorMessage: 'x'.repeat(5000), attempts: 1, firstFailureAt: new Date(0) },
    );
    expect(r.topic).toBe('newsflow.parser.dlq.v1');
    expect(r.message.value).toBe(original.value);
    expect(r.message.headers).toMatchObject({
      traceparent: original.headers!.traceparent,
      [Headers.stage]: 'parser',
      [Headers.errorClass]: 'ContractViolation',
      [Headers.attempts]: '1',
      [Headers.originalTopic]: 'newsflow.pages.fetched.v1',
      [Headers.originalPartition]: '3',
      [Headers.originalOffset]: '41',
      [Headers.firstFailureAt]: '1970-01-01T00:00:00.000Z',
    });
    expect((r.message.headers[Headers.errorMessage] as string).length).toBe(2000);
  });
});
