import { ALL_CONTRACTS } from './contract-registry';
import { Headers } from './headers';
import { allTopics, deadLetterTopic, retryTiers, StageInputs, STAGES } from './topics';

/**
 * The AsyncAPI 3.0 document for data consumers, built from the contracts themselves so it cannot drift:
 * `newsflow contracts asyncapi` prints it and docs/asyncapi.json is checked against it by a unit test.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const headersSchema = {
    type: 'object',
    properties: {
      [Headers.traceparent]: { type: 'string', description: 'W3C Trace Context of the producing span' },
      [Headers.tracestate]: { type: 'string' },
      [Headers.schema]: { type: 'string', description: 'contract name/major version, e.g. parsed-article/1' },
      [Headers.contentType]: { type: 'string', const: 'application/json' },
    },
  };
  for (const contract of ALL_CONTRACTS) {
    const topic = allTopics().find((t) => t.name === contract.topic)!;
    const key = contract.name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    messages[key] = {
      name: contract.id,
      title: contract.name,
      contentType: 'application/json',
      summary: topic.description,
      headers: headersSchema,
      payload: contract.schema,
      bindings: {
        kafka: { key: { type: 'string', description: 'article id (32 hex chars, SHA-256 of the canonical URL)' } },
      },
    };
    channels[key] = {
      address: topic.name,
      description: topic.description,
      messages: { [key]: { $ref: `#/components/messages/${key}` } },
      bindings: {
        kafka: {
          topic: topic.name,
          partitions: topic.partitions,
          topicConfiguration: {
            'cleanup.policy': [topic.cleanupPolicy],
            'retention.ms': topic.retentionMs,
            'max.message.bytes': topic.maxMessageBytes,
          },
        },
      },
    };
    operations[`receive${key[0].toUpperCase()}${key.slice(1)}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${key}` },
      summary: `Consume ${contract.name} messages`,
    };
  }
  for (const stage of STAGES) {
    const dlq = deadLetterTopic(stage);
    const key = `${stage}DeadLetters`;
    channels[key] = {
      address: dlq.name,
      description:
        `${dlq.description} The value, key and headers are those of the original message on ${StageInputs[stage].name}; ` +
        `added headers: ${[Headers.errorClass, Headers.errorMessage, Headers.stage, Headers.attempts, Headers.firstFailureAt, Headers.originalTopic, Headers.originalPartition, Headers.originalOffset].join(', ')}.`,
      bindings: { kafka: { topic: dlq.name, partitions: dlq.partitions } },
    };
    for (const tier of retryTiers(stage)) {
      channels[`${stage}Retry${tier.delayMs / 1000}s`] = {
        address: tier.name,
        description:
          `${tier.description} Internal to the ${stage}: the original message with ${Headers.notBefore} (epoch ms), ` +
          `${Headers.deliveries}, ${Headers.attempts} and the last error; not for data consumers.`,
        bindings: { kafka: { topic: tier.name, partitions: tier.partitions } },
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Newsflow pipeline topics',
      version: '1.0.0',
      description:
        'Kafka topics of the Newsflow news ingestion pipeline (fetcher → parser → enricher → indexer). Every message is JSON, ' +
        'keyed by article id, validated against its contract when produced and when consumed. Consumers of finished ' +
        'articles read the compacted indexed topic and the PostgreSQL store.',
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}
