import { ALL_CONTRACTS } from './contract-registry';
import { Headers } from './headers';
import { recordCodecOf } from './record-codec';
import { allTopics, deadLetterTopic, retryTiers, StageInputs, StageName, STAGES, Topics, TopicSpec } from './topics';

/**
 * The AsyncAPI 3.0 document for data consumers, built from the contracts themselves so it cannot drift:
 * `newsflow contracts asyncapi` prints it, docs/asyncapi.json is checked against it by a unit test, and the same
 * test validates it with the AsyncAPI parser (what `asyncapi validate` and the generators use).
 */
const str = (description: string) => ({ type: 'string', description });

/** Headers every Newsflow message carries (a replayed one carries `newsflow-replay-of` too). */
const MESSAGE_HEADERS = {
  type: 'object',
  properties: {
    [Headers.traceparent]: str('W3C Trace Context of the producing span; an article keeps one trace on every hop'),
    [Headers.tracestate]: str('W3C Trace Context vendor state'),
    [Headers.schema]: str('contract name/major version, e.g. parsed-article/1'),
    [Headers.contentType]: { type: 'string', const: 'application/json' },
    [Headers.replayOf]: str(
      'only on a message `newsflow dlq replay` sent back: <dead-letter topic>:<partition>:<offset>',
    ),
  },
};

/** What a dead letter adds to the original message's headers (StageRunner's deadLetterRecord). */
const DEAD_LETTER_HEADERS = {
  type: 'object',
  required: [Headers.errorClass, Headers.errorMessage, Headers.stage, Headers.attempts, Headers.originalTopic],
  properties: {
    ...MESSAGE_HEADERS.properties,
    [Headers.errorClass]: str('class of the last error: InvalidMessageError, ContractViolation, PermanentError, ...'),
    [Headers.errorMessage]: str('message of the last error (at most 2,000 characters)'),
    [Headers.stage]: { type: 'string', enum: [...STAGES], description: 'the stage that gave up' },
    [Headers.attempts]: { type: 'string', pattern: '^[0-9]+$', description: 'handler attempts over all deliveries' },
    [Headers.firstFailureAt]: { type: 'string', format: 'date-time', description: 'when the first attempt failed' },
    [Headers.originalTopic]: str('the topic the message failed on (where `dlq replay` sends it back)'),
    [Headers.originalPartition]: { type: 'string', pattern: '^[0-9]+$' },
    [Headers.originalOffset]: { type: 'string', pattern: '^[0-9]+$' },
  },
};

/** What parking a message in a retry tier adds (retryRecord); the tiers are the stages' own, not for consumers. */
const RETRY_HEADERS = {
  type: 'object',
  required: [Headers.notBefore, Headers.originalTopic, Headers.deliveries],
  properties: {
    ...MESSAGE_HEADERS.properties,
    [Headers.notBefore]: {
      type: 'string',
      pattern: '^[0-9]+$',
      description: 'epoch ms before which it is not retried',
    },
    [Headers.originalTopic]: str('the stage input topic it returns to'),
    [Headers.attempts]: { type: 'string', pattern: '^[0-9]+$' },
    [Headers.deliveries]: { type: 'string', pattern: '^[0-9]+$', description: 'deliveries to the stage so far' },
    [Headers.deferrals]: { type: 'string', pattern: '^[0-9]+$', description: 'politeness deferrals so far' },
    [Headers.firstFailureAt]: { type: 'string', format: 'date-time' },
    [Headers.errorClass]: str('class of the error that parked it'),
    [Headers.errorMessage]: str('message of the error that parked it'),
  },
};

const ARTICLE_KEY = {
  kafka: { key: { type: 'string', description: 'article id (32 hex chars, SHA-256 of the canonical URL)' } },
};

/** Topics keyed by something else than the article id. */
const OTHER_KEYS: Record<string, typeof ARTICLE_KEY> = {
  [Topics.stories.name]: {
    kafka: { key: { type: 'string', description: 'story id (32 hex chars); the topic is compacted by it' } },
  },
};

function kafkaChannelBinding(topic: TopicSpec) {
  return {
    kafka: {
      topic: topic.name,
      partitions: topic.partitions,
      topicConfiguration: {
        'cleanup.policy': [topic.cleanupPolicy],
        'retention.ms': topic.retentionMs,
        'max.message.bytes': topic.maxMessageBytes,
      },
    },
  };
}

const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** A contract's message key: its name, and its version from 2 on (fetchedPage, fetchedPageV2). */
const messageKey = (contract: { name: string; version: number }) =>
  camel(contract.name) + (contract.version > 1 ? `V${contract.version}` : '');

/** The contract key of a stage's input (its dead letters and retries hold those messages, or unreadable ones). */
function inputMessageKey(stage: StageName): string {
  return messageKey(ALL_CONTRACTS.find((c) => c.topic === StageInputs[stage].name)!);
}

export function buildAsyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const contract of ALL_CONTRACTS) {
    const topic = allTopics().find((t) => t.name === contract.topic)!;
    const key = messageKey(contract);
    // A message whose value is not JSON (fetched-page/2: the page's bytes) documents its value and its own headers.
    const codec = recordCodecOf(contract);
    messages[key] = {
      name: contract.id,
      title: contract.name,
      contentType: codec ? 'application/octet-stream' : 'application/json',
      summary: topic.description,
      headers: codec
        ? {
            type: 'object',
            required: codec.headersSchema.required,
            properties: {
              ...MESSAGE_HEADERS.properties,
              [Headers.contentType]: str(
                "the value's media type, always with charset=utf-8, e.g. text/html; charset=utf-8",
              ),
              ...codec.headersSchema.properties,
            },
          }
        : MESSAGE_HEADERS,
      payload: codec ? codec.payloadSchema : contract.schema,
      bindings: OTHER_KEYS[contract.topic] ?? ARTICLE_KEY,
    };
    channels[key] = {
      address: topic.name,
      description: topic.description,
      messages: { [key]: { $ref: `#/components/messages/${key}` } },
      bindings: kafkaChannelBinding(topic),
    };
    operations[`receive${capital(key)}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${key}` },
      summary: `Consume ${contract.name} messages`,
    };
  }
  for (const stage of STAGES) {
    const dlq = deadLetterTopic(stage);
    const input = inputMessageKey(stage);
    const deadLetterKey = `${stage}DeadLetter`;
    messages[deadLetterKey] = {
      name: `${stage}-dead-letter`,
      title: `${stage} dead letter`,
      summary:
        `A message the ${stage} gave up on: the original key and value (a ${input} message, or bytes that were not ` +
        'one: those are why it is here) with the original headers plus why and where it failed.',
      contentType: 'application/json',
      headers: DEAD_LETTER_HEADERS,
      payload: { description: `the original value: usually a ${input} message, as received` },
      bindings: ARTICLE_KEY,
    };
    channels[`${stage}DeadLetters`] = {
      address: dlq.name,
      description: `${dlq.description} Inspect and replay with \`newsflow dlq list|show|replay ${stage}\`.`,
      messages: { [deadLetterKey]: { $ref: `#/components/messages/${deadLetterKey}` } },
      bindings: kafkaChannelBinding(dlq),
    };
    operations[`receive${capital(stage)}DeadLetters`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${stage}DeadLetters` },
      summary: `Read the ${stage}'s dead letters (alerting, audits, replay tools)`,
    };
    const retryKey = `${stage}Retry`;
    messages[retryKey] = {
      name: `${stage}-retry`,
      title: `${stage} parked retry`,
      summary: `A ${input} message parked until ${Headers.notBefore}; the ${stage}'s own retry forwarder reads it.`,
      contentType: 'application/json',
      headers: RETRY_HEADERS,
      payload: { $ref: `#/components/messages/${input}/payload` },
      bindings: ARTICLE_KEY,
    };
    for (const tier of retryTiers(stage)) {
      channels[`${stage}Retry${tier.delayMs / 1000}s`] = {
        address: tier.name,
        description: `${tier.description} Internal to the ${stage}; not for data consumers.`,
        messages: { [retryKey]: { $ref: `#/components/messages/${retryKey}` } },
        bindings: kafkaChannelBinding(tier),
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Newsflow pipeline topics',
      version: '1.0.0',
      description:
        'Kafka topics of the Newsflow news ingestion pipeline (fetcher → parser → enricher → indexer). Every message is JSON ' +
        '(but fetched-page/2, whose value is the page itself, as bytes, with its metadata in headers), ' +
        'keyed by article id (stories by story id), validated against its contract when produced and when consumed. Consumers of finished ' +
        'articles read the compacted indexed topic and the PostgreSQL store; of stories, the compacted stories topic.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'the local stack (`newsflow stack up`); docker compose publishes the broker on 127.0.0.1:29092',
      },
      production: {
        host: '{bootstrap}',
        protocol: 'kafka-secure',
        description: "an operator's cluster: KAFKA_BROKERS, with TLS (KAFKA_SSL) and SASL (KAFKA_SASL_MECHANISM)",
        variables: { bootstrap: { default: 'kafka-bootstrap.kafka.svc:9093', description: 'host:port of a broker' } },
        security: [{ $ref: '#/components/securitySchemes/sasl' }],
      },
    },
    channels,
    operations,
    components: {
      messages,
      securitySchemes: {
        sasl: {
          type: 'scramSha512',
          description: 'SASL/SCRAM (KAFKA_SASL_MECHANISM scram-sha-512; plain and scram-sha-256 work the same way)',
        },
      },
    },
  };
}
