/**
 * Kafka header names used on every Newsflow message. Trace context follows W3C Trace Context
 * (`traceparent`, `tracestate`); the schema header lets a consumer pick a decoder before parsing the value.
 */
export const Headers = {
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  /** `<message name>/<major version>`, e.g. `parsed-article/1`. */
  schema: 'newsflow-schema',
  contentType: 'content-type',
  /** Dead-letter headers: why and where a message failed. */
  errorClass: 'newsflow-error-class',
  errorMessage: 'newsflow-error-message',
  stage: 'newsflow-stage',
  attempts: 'newsflow-attempts',
  firstFailureAt: 'newsflow-first-failure-at',
  originalTopic: 'newsflow-original-topic',
  originalPartition: 'newsflow-original-partition',
  originalOffset: 'newsflow-original-offset',
  /** Retry tiers: when the message may go back to its stage (epoch ms), and how often it was delivered so far. */
  notBefore: 'newsflow-not-before',
  deliveries: 'newsflow-deliveries',
  deferrals: 'newsflow-deferrals',
  /** On a message `newsflow dlq replay` sent back: `<dead-letter topic>:<partition>:<offset>` it came from. */
  replayOf: 'newsflow-replay-of',
} as const;
