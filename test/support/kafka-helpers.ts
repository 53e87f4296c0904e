import { Consumer, IHeaders, Kafka, KafkaMessage, logLevel, Partitioners, Producer } from 'kafkajs';
import { kafkaConfigFromEnv } from '@newsflow/messaging';

/** Kafka clients for tests, against the real broker of the local stack. */
export function testKafka(): Kafka {
  return new Kafka({ ...kafkaConfigFromEnv('test'), logLevel: logLevel.ERROR });
}

export async function testProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  return producer;
}

export interface CollectedMessage {
  topic: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

function decodeHeaders(h: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) if (v !== undefined) out[k] = (Array.isArray(v) ? v[0] : v).toString();
  return out;
}

/**
 * Collects every message written to the topics from now on into an array, until stopped. Not from the beginning:
 * a developer's broker keeps days of benchmark runs on the pipeline topics (gigabytes of pages), and reading them
 * all made the test process run out of memory, leaving its services running to steal the next tests' messages.
 * The end offsets are taken before subscribing, so nothing written after this resolves is missed.
 */
export async function collectTopics(
  kafka: Kafka,
  topics: string[],
): Promise<{ messages: CollectedMessage[]; stop(): Promise<void> }> {
  const messages: CollectedMessage[] = [];
  const admin = kafka.admin();
  await admin.connect();
  const startAt = new Map<string, bigint>();
  try {
    for (const topic of topics)
      for (const p of await admin.fetchTopicOffsets(topic)) startAt.set(`${topic}:${p.partition}`, BigInt(p.high));
  } finally {
    await admin.disconnect();
  }
  const consumer: Consumer = kafka.consumer({
    groupId: `test-collector-${process.pid}-${Date.now()}-${Math.random()}`,
  });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }: { topic: string; partition: number; message: KafkaMessage }) => {
      // Before the seek below takes effect the consumer may read older records: they are not ours.
      if (BigInt(message.offset) < (startAt.get(`${topic}:${partition}`) ?? 0n)) return;
      messages.push({
        topic,
        key: message.key?.toString() ?? null,
        value: message.value?.toString() ?? null,
        headers: decodeHeaders(message.headers),
      });
    },
  });
  for (const [key, offset] of startAt) {
    const cut = key.lastIndexOf(':');
    consumer.seek({ topic: key.slice(0, cut), partition: Number(key.slice(cut + 1)), offset: offset.toString() });
  }
  return { messages, stop: () => consumer.disconnect() };
}

export async function waitUntil<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null && (v as unknown) !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
