/**
 * StageRunner's delivery semantics against the real broker, on a private input topic so the test sees only its own
 * messages: retries, dead letters, commits only after outputs are acknowledged.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { defineContract, deadLetterTopic, Headers } from '@newsflow/contracts';
import { PermanentError, StageRunner } from '@newsflow/messaging';
import { createLogger } from '@newsflow/telemetry';
import { collectTopics, CollectedMessage, testKafka, testProducer, waitUntil } from '../support/kafka-helpers';

jest.setTimeout(90_000);

interface Probe {
  id: string;
  behaviour: 'ok' | 'fail-twice' | 'always-fail' | 'permanent';
}

const run = randomUUID().slice(0, 8);
const inputTopic = `newsflow.test.stage-runner-in.${run}`;
const outputTopic = `newsflow.test.stage-runner-out.${run}`;
const groupId = `test-stage-runner-${run}`;
const schema = {
  type: 'object',
  required: ['id', 'behaviour'],
  properties: { id: { type: 'string' }, behaviour: { enum: ['ok', 'fail-twice', 'always-fail', 'permanent'] } },
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
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };
const attempts = new Map<string, number>();

beforeAll(async () => {
  kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: inputTopic, numPartitions: 2 },
      { topic: outputTopic, numPartitions: 1 },
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
    retryBaseDelayMs: 20,
    handler: async (probe) => {
      const n = (attempts.get(probe.id) ?? 0) + 1;
      attempts.set(probe.id, n);
      if (probe.behaviour === 'permanent') throw new PermanentError('this input can never work', 'NOPE');
      if (probe.behaviour === 'always-fail') throw new TypeError(`transient failure #${n}`);
      if (probe.behaviour === 'fail-twice' && n < 3) throw new Error(`flaky #${n}`);
      return [{ contract: OutputContract, key: probe.id, value: { ...probe, attempts: n } }];
    },
  });
  await runner.start();
});

afterAll(async () => {
  await runner?.stop();
  await collector?.stop();
  await producer?.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [inputTopic, outputTopic] }).catch(() => undefined);
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

it('dead-letters after the last attempt, with the error class and attempt count', async () => {
  const id = `broken-${run}`;
  await send({ id, behaviour: 'always-fail' });
  const m = await waitUntil('dead letter of the failing message', () => dlq(id));
  expect(attempts.get(id)).toBe(3);
  expect(m.headers[Headers.attempts]).toBe('3');
  expect(m.headers[Headers.errorClass]).toBe('TypeError');
  expect(m.headers[Headers.errorMessage]).toBe('transient failure #3');
  expect(JSON.parse(m.value!)).toEqual({ id, behaviour: 'always-fail' });
  expect(out(id)).toBeUndefined();
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
