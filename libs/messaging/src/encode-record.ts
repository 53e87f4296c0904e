import { Message } from 'kafkajs';
import { Headers, recordCodecOf } from '@newsflow/contracts';
import { traceHeaders } from '@newsflow/telemetry';
import { OutgoingMessage } from './outgoing-message';

/**
 * The Kafka record of an outgoing message: validated against its contract, JSON, and headed with the active trace
 * context (`traceparent`/`tracestate`), the schema id and the content type. Every producer of a contract message
 * (the stages, the poller, `newsflow ingest`) builds its records here, so none forgets a header. A contract with a
 * codec (fetched-page/2) is encoded by it instead of JSON: the value's bytes, the rest of the message in headers.
 */
export function encodeRecord(out: OutgoingMessage): Message {
  const value = out.contract.validate(out.value);
  const codec = recordCodecOf(out.contract);
  if (codec) {
    const record = codec.encode(value);
    return {
      key: out.key,
      value: record.value,
      headers: {
        ...traceHeaders(),
        [Headers.schema]: out.contract.id,
        [Headers.contentType]: codec.contentType(value),
        ...record.headers,
        ...out.headers,
      },
    };
  }
  return {
    key: out.key,
    value: JSON.stringify(value),
    headers: {
      ...traceHeaders(),
      [Headers.schema]: out.contract.id,
      [Headers.contentType]: 'application/json',
      ...out.headers,
    },
  };
}
