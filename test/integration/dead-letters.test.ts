/** Dead-letter operations on the real broker and database: list, and replay exactly once. */
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopic, Headers } from '@newsflow/contracts';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import { DeadLetter, kafkaClusterId, readDeadLetters, REPLAY_OF_HEADER, replayDeadLetters } from '@newsflow/operations';
import { collectTopics, testKafka, testProducer, waitUntil } from '../support/kafka-helpers';

jest.setTimeout(90_000);

const run = randomUUID().slice(0, 8);
const target = `newsflow.test.dlq-replay.${run}`;
let kafka: Kafka;
let producer: Producer;
let ds: DataSource;

beforeAll(async () => {
  kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: target, numPartitions: 1 }] });
  await admin.disconnect();
  producer = await testProducer(kafka);
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 1 });
  await ds.initialize();
  // Two dead letters as the indexer writes them, failed on a private topic so the replay lands where we can look.
  await producer.send({
    topic: deadLetterTopic('indexer').name,
    messages: [1, 2].map((i) => ({
      key: `dlq-${run}-${i}`,
      value: JSON.stringify({ probe: i }),
      headers: {
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        [Headers.errorClass]: 'TransientDatabaseError',
        [Headers.errorMessage]: `database restarting (run ${run})`,
        [Headers.stage]: 'indexer',
        [Headers.attempts]: '9',
        [Headers.firstFailureAt]: new Date().toISOString(),
        [Headers.originalTopic]: target,
      },
    })),
  });
});

afterAll(async () => {
  await producer?.disconnect();
  await ds?.destroy();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [target] }).catch(() => undefined);
  await admin.disconnect();
});

const mine = { match: new RegExp(`run ${run}`) };

it('lists the dead letters that match a filter, with why and where they failed', async () => {
  const found: DeadLetter[] = [];
  await readDeadLetters(kafka, 'indexer', mine, (d) => void found.push(d));
  expect(found.map((d) => d.key).sort()).toEqual([`dlq-${run}-1`, `dlq-${run}-2`]);
  expect(found[0]).toMatchObject({
    errorClass: 'TransientDatabaseError',
    stage: 'indexer',
    attempts: 9,
    originalTopic: target,
  });
  const none: DeadLetter[] = [];
  await readDeadLetters(kafka, 'indexer', { match: /no such error anywhere/ }, (d) => void none.push(d));
  expect(none).toEqual([]);
});

it('replays each matching dead letter once to the topic it failed on, without its error headers', async () => {
  // What a ledger that outlived its broker holds: the same topic, partitions and offsets, replayed from a broker
  // formatted since (another cluster id) or from a dead-letter topic created again (another record timestamp).
  // Neither names these records, so neither may stop their replay.
  const clusterId = await kafkaClusterId(kafka);
  await readDeadLetters(kafka, 'indexer', mine, async (d, raw) => {
    await ds.query(
      `INSERT INTO dlq_replays (cluster_id, dlq_topic, partition, "offset", record_timestamp, replayed_to)
       VALUES ('a-broker-formatted-since', $1, $2, $3, $4, 'elsewhere'), ($5, $1, $2, $3, $4::bigint - 60000, 'elsewhere')
       ON CONFLICT DO NOTHING`,
      [d.topic, d.partition, d.offset, raw.timestamp, clusterId],
    );
  });
  const collector = await collectTopics(kafka, [target]);
  try {
    expect(await replayDeadLetters(kafka, ds, 'indexer', mine, { dryRun: true })).toEqual({
      matched: 2,
      replayed: 0,
      alreadyReplayed: 0,
    });
    expect(await replayDeadLetters(kafka, ds, 'indexer', mine)).toEqual({
      matched: 2,
      replayed: 2,
      alreadyReplayed: 0,
    });
    expect(await replayDeadLetters(kafka, ds, 'indexer', mine)).toEqual({
      matched: 2,
      replayed: 0,
      alreadyReplayed: 2,
    });
    const replayed = await waitUntil('the replayed messages', () =>
      collector.messages.length >= 2 ? collector.messages : undefined,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(collector.messages).toHaveLength(2);
    for (const m of replayed) {
      expect(m.headers[REPLAY_OF_HEADER]).toMatch(/^newsflow\.indexer\.dlq\.v1:\d+:\d+$/);
      expect(m.headers.traceparent).toBe('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
      expect(m.headers[Headers.errorClass]).toBeUndefined();
      expect(m.headers[Headers.attempts]).toBeUndefined();
    }
    expect(replayed.map((m) => JSON.parse(m.value!).probe).sort()).toEqual([1, 2]);
  } finally {
    await collector.stop();
  }
});
