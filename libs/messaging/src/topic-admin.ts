import { Kafka } from 'kafkajs';
import { TopicSpec } from '@newsflow/contracts';

/**
 * Creates the declared topics that do not exist yet (existing ones are left as they are: changing partitions or
 * retention of a live topic is an operator's decision). Returns the names created.
 */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[], replicationFactor = 1): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.name));
    if (!missing.length) return [];
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((s) => ({
        topic: s.name,
        numPartitions: s.partitions,
        replicationFactor,
        configEntries: [
          { name: 'cleanup.policy', value: s.cleanupPolicy },
          { name: 'retention.ms', value: String(s.retentionMs) },
          { name: 'max.message.bytes', value: String(s.maxMessageBytes) },
        ],
      })),
    });
    return missing.map((s) => s.name);
  } finally {
    await admin.disconnect();
  }
}
