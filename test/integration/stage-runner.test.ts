/**
 * StageRunner's delivery semantics against the real broker, on a private input topic so the test sees only its own
 * messages: retries, dead letters, commits only after outputs are acknowledged.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { defineContract, deadLetterTopic, Headers, RetryTier } from '@newsflow/contracts';
import {
  DependencyUnavailableError,
  PermanentError,
  RetryForwarder,
  RetryLaterError,
  StageRunner,
} from '@newsflow/messaging';
import { createLogger } from '@newsflow/telemetry';
import { collectTopics, CollectedMessage, testKafka, testProducer, waitUntil } from '../support/kafka-helpers';

jest.setTimeout(90_000);

interface Probe {
  id: string;
  behaviour: 'ok' | 'fail-twice' | 'always-fail' | 'permanent' | 'later' | 'db-down' | 'db-down-then-permanent';
}

const run = randomUUID().slice(0, 8);
const inputTopic = `newsflow.test.stage-runner-in.${run}`;
const outputTopic = `newsflow.test.stage-runner-out.${run}`;
const groupId = `test-stage-runner-${run}`;
const schema = {
  type: 'object',
  required: ['id', 'behaviour'],
  properties: {
    id: { type: 'string' },
    behaviour: { enum: ['ok', 'fail-twice', 'always-fail', 'permanent', 'later', 'db-down', 'db-down-then-permanent'] },
  },
};
const InputContract = defineContract<Probe>({ name: 'test-probe', version: 1, topic: inputTopic, schema });
const OutputContract = defineContract<Probe & { attempts: number }>({
  name: 'test-probe-out',
  version: 1,
  topic: outputTopic,
  schema,
});

let kafka: Kafka;
let producer: Producer;
let runner: StageRunner<Probe>;
let forwarder: RetryForwarder;
// Private, fast retry tiers so the test sees only its own parked messages and need not wait 10 s.
const tiers: RetryTier[] = [300, 600].map((delayMs) => ({
  name: `newsflow.test.stage-runner-retry-${delayMs}.${run}`,
  delayMs,
  partitions: 1,
  retentionMs: 3_600_000,
  maxMessageBytes: 1_000_000,
  cleanupPolicy: 'delete',
  description: 'test retry tier',
}));
const firstSeen = new Map<string, number>();
const pauses: string[] = [];
let resumes = 0;
let databaseUpAt = Number.MAX_SAFE_INTEGER;
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };
const attempts = new Map<string, number>();
/** Topics of the describe blocks, deleted in the last afterAll. */
const extraTopics: string[] = [];

beforeAll(async () => {
  kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: inputTopic, numPartitions: 2 },
      { topic: outputTopic, numPartitions: 1 },
      ...tiers.map((t) => ({ topic: t.name, numPartitions: 1 })),
    ],
  });
  await admin.disconnect();
  producer = await testProducer(kafka);
  collector = await collectTopics(kafka, [outputTopic, deadLetterTopic('enricher').name]);
  runner = new StageRunner<Probe>({
    stage: 'enricher',
    kafka,
    groupId,
    inputContract: InputContract,
    logger: createLogger('stage-runner-test', 'warn'),
    maxAttempts: 3,
    retryTiers: tiers,
    onPause: (reason) => pauses.push(reason),
    onResume: () => resumes++,
    retryBaseDelayMs: 20,
    handler: async (probe) => {
      const n = (attempts.get(probe.id) ?? 0) + 1;
      attempts.set(probe.id, n);
      if (!firstSeen.has(probe.id)) firstSeen.set(probe.id, Date.now());
      if (probe.behaviour === 'later' && n === 1) throw new RetryLaterError('host busy', 800);
      if (
        (probe.behaviour === 'db-down' || probe.behaviour === 'db-down-then-permanent') &&
        Date.now() < databaseUpAt
      ) {
        throw new DependencyUnavailableError('connect ECONNREFUSED 127.0.0.1:55432', 'postgres');
      }
      if (probe.behaviour === 'db-down-then-permanent')
        throw new PermanentError('the database refused this row', 'NOPE');
      if (probe.behaviour === 'permanent') throw new PermanentError('this input can never work', 'NOPE');
      if (probe.behaviour === 'always-fail') throw new TypeError(`transient failure #${n}`);
      if (probe.behaviour === 'fail-twice' && n < 3) throw new Error(`flaky #${n}`);
      return [{ contract: OutputContract, key: probe.id, value: { ...probe, attempts: n } }];
    },
  });
  await runner.start();
  forwarder = new RetryForwarder({
    stage: 'enricher',
    kafka,
    logger: createLogger('retry-forwarder-test', 'warn'),
    tiers,
    groupId: `${groupId}-retry`,
  });
  await forwarder.start();
});

afterAll(async () => {
  await runner?.stop();
  await forwarder?.stop();
  await collector?.stop();
  await producer?.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  await admin
    .deleteTopics({ topics: [inputTopic, outputTopic, ...tiers.map((t) => t.name), ...extraTopics] })
    .catch(() => undefined);
  await admin.disconnect();
});

const send = (probe: Probe) =>
  producer.send({ topic: inputTopic, messages: [{ key: probe.id, value: JSON.stringify(probe) }] });
const dlq = (id: string) =>
  collector.messages.find((m) => m.topic === deadLetterTopic('enricher').name && m.key === id);
const out = (id: string) => collector.messages.find((m) => m.topic === outputTopic && m.key === id);

it('retries a failing handler and produces once it succeeds', async () => {
  const id = `flaky-${run}`;
  await send({ id, behaviour: 'fail-twice' });
  const m = await waitUntil('output of the flaky message', () => out(id));
  expect(JSON.parse(m.value!).attempts).toBe(3);
  expect(m.headers[Headers.schema]).toBe('test-probe-out/1');
  expect(dlq(id)).toBeUndefined();
});

it('parks a message that keeps failing in growing retry tiers, then dead-letters it with its whole history', async () => {
  const id = `broken-${run}`;
  await send({ id, behaviour: 'always-fail' });
  const m = await waitUntil('dead letter of the failing message', () => dlq(id), 30_000);
  // 3 attempts on each of 3 deliveries: the first, then one per tier.
  expect(attempts.get(id)).toBe(9);
  expect(m.headers[Headers.attempts]).toBe('9');
  expect(m.headers[Headers.deliveries]).toBe('3');
  expect(m.headers[Headers.errorClass]).toBe('TypeError');
  expect(m.headers[Headers.errorMessage]).toBe('transient failure #9');
  expect(m.headers[Headers.originalTopic]).toBe(inputTopic);
  expect(new Date(m.headers[Headers.firstFailureAt]).getTime()).toBeLessThanOrEqual(Date.now() - 900);
  expect(JSON.parse(m.value!)).toEqual({ id, behaviour: 'always-fail' });
  expect(out(id)).toBeUndefined();
});

it('parks a RetryLaterError for the delay it asks, without blocking the handler, then delivers it again', async () => {
  const id = `later-${run}`;
  const sent = Date.now();
  await send({ id, behaviour: 'later' });
  const m = await waitUntil('output of the deferred message', () => out(id), 30_000);
  expect(JSON.parse(m.value!).attempts).toBe(2);
  expect(Date.now() - sent).toBeGreaterThanOrEqual(800);
  expect(dlq(id)).toBeUndefined();
});

it('pauses on an unavailable dependency, without attempts or dead letters, and resumes when it is back', async () => {
  const id = `db-down-${run}`;
  databaseUpAt = Date.now() + 2_500;
  await send({ id, behaviour: 'db-down' });
  const m = await waitUntil('output once the database is back', () => out(id), 30_000);
  expect(Date.now()).toBeGreaterThanOrEqual(databaseUpAt);
  expect(attempts.get(id)!).toBeGreaterThan(2); // it kept trying the same message...
  expect(JSON.parse(m.value!).attempts).toBe(attempts.get(id)); // ...and produced once, from the last try
  expect(pauses).toEqual(['postgres unavailable: connect ECONNREFUSED 127.0.0.1:55432']);
  expect(resumes).toBe(1);
  expect(dlq(id)).toBeUndefined();
});

it('reports the stage resumed when the dependency is back, even if the message then fails otherwise', async () => {
  const id = `db-down-then-permanent-${run}`;
  const [pausesBefore, resumesBefore] = [pauses.length, resumes];
  databaseUpAt = Date.now() + 1_500;
  await send({ id, behaviour: 'db-down-then-permanent' });
  const m = await waitUntil('dead letter once the database is back', () => dlq(id), 30_000);
  expect(m.headers[Headers.errorClass]).toBe('PermanentError');
  // Readiness would otherwise stay "paused" for a database that is up again.
  expect(pauses.length - pausesBefore).toBe(1);
  expect(resumes - resumesBefore).toBe(1);
});

it('dead-letters a permanent error at once', async () => {
  const id = `permanent-${run}`;
  await send({ id, behaviour: 'permanent' });
  const m = await waitUntil('dead letter of the permanent failure', () => dlq(id));
  expect(attempts.get(id)).toBe(1);
  expect(m.headers[Headers.errorClass]).toBe('PermanentError');
});

it('commits the input offset only past messages whose outputs were acknowledged', async () => {
  const ids = Array.from({ length: 20 }, (_, i) => `batch-${run}-${i}`);
  await producer.send({
    topic: inputTopic,
    messages: ids.map((id) => ({ key: id, value: JSON.stringify({ id, behaviour: 'ok' }) })),
  });
  await waitUntil('all 20 outputs', () => (ids.every((id) => out(id)) ? true : undefined));
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await waitUntil('committed offsets to reach the end of the topic', async () => {
      const [offsets, ends] = await Promise.all([
        admin.fetchOffsets({ groupId, topics: [inputTopic] }),
        admin.fetchTopicOffsets(inputTopic),
      ]);
      const byPartition = offsets[0].partitions;
      const done = ends.every((e) => byPartition.find((p) => p.partition === e.partition)?.offset === e.high);
      return done ? byPartition : undefined;
    });
    expect(committed.length).toBe(2);
  } finally {
    await admin.disconnect();
  }
  // Every output exactly once: nothing was produced twice by the batch flushes.
  for (const id of ids)
    expect(collector.messages.filter((m) => m.topic === outputTopic && m.key === id)).toHaveLength(1);
});

describe('batch mode', () => {
  const batchIn = `newsflow.test.stage-runner-batch-in.${run}`;
  const BatchInput = defineContract<Probe>({ name: 'test-probe', version: 1, topic: batchIn, schema });
  let batchRunner: StageRunner<Probe>;
  const chunkSizes: number[] = [];

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: batchIn, numPartitions: 1 }] });
    await admin.disconnect();
    batchRunner = new StageRunner<Probe>({
      stage: 'enricher',
      kafka,
      groupId: `${groupId}-batch`,
      inputContract: BatchInput,
      logger: createLogger('stage-runner-batch-test', 'warn'),
      maxAttempts: 2,
      maxDeliveries: 1,
      retryBaseDelayMs: 10,
      flushEvery: 10,
      batchHandler: async (items) => {
        chunkSizes.push(items.length);
        // A chunk holding a poison message fails as a whole, as a database transaction would.
        if (items.some((i) => i.input.behaviour === 'permanent')) throw new Error('chunk failed');
        return items.map(({ input }) => [
          {
            contract: OutputContract,
            key: input.id,
            // An id naming a bad output makes this handler produce one that breaks the output contract.
            value: input.id.includes('bad-output')
              ? ({ id: input.id, behaviour: 'not-a-behaviour' } as unknown as Probe & { attempts: number })
              : { ...input, attempts: items.length },
          },
        ]);
      },
    });
    await batchRunner.start();
  });

  afterAll(async () => {
    await batchRunner?.stop();
    // Deleted with the others at the end: the shared producer knows this topic, and a deleted topic in its metadata
    // fails its next send.
    extraTopics.push(batchIn);
  });

  it('handles messages in chunks, and a failing chunk one message at a time: the poison is dead-lettered, the rest flow', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `chunk-${run}-${i}`);
    await producer.send({
      topic: batchIn,
      messages: ids.map((id, i) => ({
        key: id,
        value: JSON.stringify({ id, behaviour: i === 12 ? 'permanent' : 'ok' }),
      })),
    });
    await waitUntil(
      'outputs of the 24 good messages',
      () => (ids.filter((_, i) => i !== 12).every((id) => out(id)) ? true : undefined),
      30_000,
    );
    const poison = await waitUntil('the poison message dead-lettered', () => dlq(ids[12]), 30_000);
    expect(poison.headers[Headers.errorMessage]).toBe('chunk failed');
    expect(Math.max(...chunkSizes)).toBeGreaterThan(1);
    expect(Math.max(...chunkSizes)).toBeLessThanOrEqual(10);
    for (const id of ids)
      expect(collector.messages.filter((m) => m.topic === outputTopic && m.key === id)).toHaveLength(
        id === ids[12] ? 0 : 1,
      );
  });

  it('dead-letters a message whose output breaks its contract, as one-message mode does, and the rest flow', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => (i === 3 ? `bad-output-${run}` : `chunk-ok-${run}-${i}`));
    await producer.send({
      topic: batchIn,
      messages: ids.map((id) => ({ key: id, value: JSON.stringify({ id, behaviour: 'ok' }) })),
    });
    const bad = await waitUntil('the bad output dead-lettered', () => dlq(ids[3]), 30_000);
    expect(bad.headers[Headers.errorClass]).toBe('ContractViolation');
    await waitUntil(
      'outputs of the 7 good messages',
      () => (ids.filter((_, i) => i !== 3).every((id) => out(id)) ? true : undefined),
      30_000,
    );
    expect(collector.messages.filter((m) => m.topic === outputTopic && m.key === ids[3])).toHaveLength(0);
  });
});

describe('latency bound', () => {
  const slowIn = `newsflow.test.stage-runner-slow-in.${run}`;
  const SlowInput = defineContract<Probe>({ name: 'test-probe', version: 1, topic: slowIn, schema });
  let slowRunner: StageRunner<Probe>;
  const handled: string[] = [];

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: slowIn, numPartitions: 1 }] });
    await admin.disconnect();
    slowRunner = new StageRunner<Probe>({
      stage: 'enricher',
      kafka,
      groupId: `${groupId}-slow`,
      inputContract: SlowInput,
      logger: createLogger('stage-runner-slow-test', 'warn'),
      // A count bound that is never reached: only the time bound can send the first outputs early.
      flushEvery: 1000,
      flushMaxDelayMs: 50,
      handler: async (probe) => {
        await new Promise((r) => setTimeout(r, 40));
        handled.push(probe.id);
        return [{ contract: OutputContract, key: probe.id, value: { ...probe, attempts: 1 } }];
      },
    });
    await slowRunner.start();
  });

  afterAll(async () => {
    await slowRunner?.stop();
    extraTopics.push(slowIn);
  });

  it('sends the first outputs of a long batch while the rest is still being handled', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `slow-${run}-${i}`);
    await producer.send({
      topic: slowIn,
      messages: ids.map((id) => ({ key: id, value: JSON.stringify({ id, behaviour: 'ok' }) })),
    });
    const handledWhenFirstOut = await waitUntil('the first output', () => (out(ids[0]) ? handled.length : undefined));
    expect(handledWhenFirstOut).toBeLessThan(ids.length);
    await waitUntil('all outputs', () => (ids.every((id) => out(id)) ? true : undefined), 30_000);
    for (const id of ids)
      expect(collector.messages.filter((m) => m.topic === outputTopic && m.key === id)).toHaveLength(1);
  });
});
