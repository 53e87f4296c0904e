import { Contract } from './contract';

/** Kafka record headers as kafkajs hands them over (Buffers, or arrays of them when a header repeats). */
export type RecordHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

/**
 * How a message travels when its value is not JSON: a contract with a codec carries part of the message as the raw
 * record value (fetched-page/2: the page's bytes) and the rest in headers. Producers and consumers (libs/messaging's
 * encodeRecord and StageRunner) use it instead of JSON.stringify / JSON.parse; validation is the contract's, of the
 * decoded message, once per side.
 */
export interface RecordCodec<T> {
  /** The record's `content-type` header: what the value's bytes are. */
  contentType(value: T): string;
  /** The record value and the headers that carry the rest of a (validated) message. */
  encode(value: T): { value: Buffer; headers: Record<string, string> };
  /** The message of a received record, not validated yet; throws a ContractViolation when headers are missing. */
  decode(value: Buffer, headers: RecordHeaders): unknown;
  /** For AsyncAPI: the record value, and the headers this message adds to the common ones. */
  payloadSchema: Record<string, unknown>;
  headersSchema: { type: 'object'; required: string[]; properties: Record<string, unknown> };
}

export interface CodecContract<T> extends Contract<T> {
  codec: RecordCodec<T>;
}

/** The codec of a contract whose messages are not JSON values, or undefined (JSON, the default). */
export function recordCodecOf<T>(contract: Contract<T>): RecordCodec<T> | undefined {
  return (contract as Partial<CodecContract<T>>).codec;
}

/** One header's value as a string (the first, when it repeats), or undefined. */
export function headerValue(headers: RecordHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
