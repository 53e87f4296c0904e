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

/** Collects every message of the topics (from the start) into an array, until stopped. */
export async function collectTopics(
  kafka: Kafka,
  topics: string[],
): Promise<{ messages: CollectedMessage[]; stop(): Promise<void> }> {
  const messages: CollectedMessage[] = [];
  const consumer: Consumer = kafka.consumer({
    groupId: `test-collector-${process.pid}-${Date.now()}-${Math.random()}`,
  });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }: { topic: string; message: KafkaMessage }) => {
      messages.push({
        topic,
        key: message.key?.toString() ?? null,
        value: message.value?.toString() ?? null,
        headers: decodeHeaders(message.headers),
      });
    },
  });
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
