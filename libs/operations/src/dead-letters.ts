import { randomUUID } from 'node:crypto';
import { IHeaders, Kafka, KafkaMessage, Partitioners } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopic, Headers, StageInputs, StageName } from '@newsflow/contracts';

/**
 * Operator access to a stage's dead-letter topic: list and show records, and replay them to the topic they failed
 * on. Replay is idempotent: each record replayed is written to the dlq_replays ledger after the broker acknowledged
 * it, so a second replay (or one after a crash) skips it. A replayed message keeps its key, value and trace headers,
 * loses the error headers, and carries `newsflow-replay-of` naming the dead letter it came from.
 */
export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  timestamp: string;
  key: string | null;
  errorClass: string | null;
  errorMessage: string | null;
  stage: string | null;
  attempts: number | null;
  firstFailureAt: string | null;
  originalTopic: string | null;
  valueBytes: number;
  value?: string;
  headers: Record<string, string>;
}

export interface DeadLetterFilter {
  /** Only records dead-lettered at or after this time. */
  since?: Date;
  /** Only records whose error class or message matches. */
  match?: RegExp;
}

const ERROR_HEADERS = [
  Headers.errorClass,
  Headers.errorMessage,
  Headers.stage,
  Headers.attempts,
  Headers.firstFailureAt,
  Headers.originalTopic,
  Headers.originalPartition,
  Headers.originalOffset,
  Headers.deliveries,
  Headers.deferrals,
  Headers.notBefore,
];
export const REPLAY_OF_HEADER = Headers.replayOf;

function headerText(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {}))
    if (v !== undefined) out[k] = (Array.isArray(v) ? v[0] : v).toString();
  return out;
}

function toDeadLetter(topic: string, partition: number, m: KafkaMessage, withValue: boolean): DeadLetter {
  const h = headerText(m.headers);
  return {
    topic,
    partition,
    offset: m.offset,
    timestamp: new Date(Number(m.timestamp)).toISOString(),
    key: m.key?.toString() ?? null,
    errorClass: h[Headers.errorClass] ?? null,
    errorMessage: h[Headers.errorMessage] ?? null,
    stage: h[Headers.stage] ?? null,
    attempts: h[Headers.attempts] ? Number(h[Headers.attempts]) : null,
    firstFailureAt: h[Headers.firstFailureAt] ?? null,
    originalTopic: h[Headers.originalTopic] ?? null,
    valueBytes: m.value?.length ?? 0,
    ...(withValue ? { value: m.value?.toString('utf8') ?? '' } : {}),
    headers: h,
  };
}

function matches(d: DeadLetter, filter: DeadLetterFilter): boolean {
  if (filter.since && Date.parse(d.timestamp) < filter.since.getTime()) return false;
  if (filter.match && !filter.match.test(`${d.errorClass ?? ''} ${d.errorMessage ?? ''}`)) return false;
  return true;
}

/**
 * Reads the whole dead-letter topic of a stage as it is now (up to the high watermarks taken at the start) with a
 * throw-away consumer group, calling `visit` for each record that passes the filter.
 */
export async function readDeadLetters(
  kafka: Kafka,
  stage: StageName,
  filter: DeadLetterFilter,
  visit: (d: DeadLetter, raw: KafkaMessage) => Promise<void> | void,
  options: { withValue?: boolean } = {},
): Promise<number> {
  const topic = deadLetterTopic(stage).name;
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(
    ends.filter((e) => Number(e.high) > Number(e.low)).map((e) => [e.partition, BigInt(e.high)]),
  );
  if (!remaining.size) return 0;
  const groupId = `newsflow-dlq-reader-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 500 });
  let seen = 0;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      // Records may vanish under retention while we read: never wait forever for an end that cannot come.
      let idle = setTimeout(resolve, 15_000);
      const touch = () => {
        clearTimeout(idle);
        idle = setTimeout(resolve, 15_000);
      };
      consumer
        .run({
          eachBatchAutoResolve: true,
          eachBatch: async ({ batch }) => {
            touch();
            const end = remaining.get(batch.partition);
            if (end === undefined) return;
            for (const m of batch.messages) {
              if (BigInt(m.offset) >= end) break;
              const d = toDeadLetter(topic, batch.partition, m, options.withValue ?? false);
              if (matches(d, filter)) {
                seen++;
                await visit(d, m);
              }
              if (BigInt(m.offset) + 1n >= end) {
                remaining.delete(batch.partition);
                break;
              }
            }
            if (!remaining.size) {
              clearTimeout(idle);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
    const cleanup = kafka.admin();
    await cleanup.connect();
    await cleanup.deleteGroups([groupId]).catch(() => undefined);
    await cleanup.disconnect();
  }
  return seen;
}

export interface ReplayResult {
  matched: number;
  replayed: number;
  alreadyReplayed: number;
}

export async function replayDeadLetters(
  kafka: Kafka,
  ds: DataSource,
  stage: StageName,
  filter: DeadLetterFilter,
  options: { dryRun?: boolean; onProgress?: (sofar: ReplayResult) => void } = {},
): Promise<ReplayResult> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const result: ReplayResult = { matched: 0, replayed: 0, alreadyReplayed: 0 };
  try {
    // Offsets alone do not name a record for ever: they restart when the broker is formatted anew or the topic
    // is created again, while the ledger lives on in PostgreSQL. Cluster id and record timestamp tell them apart.
    const clusterId = await kafkaClusterId(kafka);
    const identity = (d: DeadLetter, raw: KafkaMessage) => [clusterId, d.topic, d.partition, d.offset, raw.timestamp];
    await readDeadLetters(kafka, stage, filter, async (d, raw) => {
      result.matched++;
      const done: unknown[] = await ds.query(
        `SELECT 1 FROM dlq_replays
          WHERE cluster_id = $1 AND dlq_topic = $2 AND partition = $3 AND "offset" = $4 AND record_timestamp = $5`,
        identity(d, raw),
      );
      if (done.length) {
        result.alreadyReplayed++;
        options.onProgress?.(result);
        return;
      }
      if (options.dryRun) return options.onProgress?.(result);
      const target = d.originalTopic ?? StageInputs[stage].name;
      const headers: IHeaders = { ...(raw.headers ?? {}) };
      for (const h of ERROR_HEADERS) delete headers[h];
      headers[REPLAY_OF_HEADER] = `${d.topic}:${d.partition}:${d.offset}`;
      await producer.send({ topic: target, acks: -1, messages: [{ key: raw.key, value: raw.value, headers }] });
      await ds.query(
        `INSERT INTO dlq_replays (cluster_id, dlq_topic, partition, "offset", record_timestamp, replayed_to)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [...identity(d, raw), target],
      );
      result.replayed++;
      options.onProgress?.(result);
    });
  } finally {
    await producer.disconnect();
  }
  return result;
}

/** The id of the Kafka cluster `kafka` talks to: new whenever a broker's storage is formatted anew. */
export async function kafkaClusterId(kafka: Kafka): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.describeCluster()).clusterId;
  } finally {
    await admin.disconnect();
  }
}
