import { IHeaders, KafkaMessage } from 'kafkajs';
import { deadLetterTopic, Headers, StageName } from '@newsflow/contracts';

export interface DeadLetterReason {
  errorClass: string;
  errorMessage: string;
  attempts: number;
  firstFailureAt: Date;
}

/**
 * The dead-letter record of a message: the original key, value and headers unchanged (so it can be replayed),
 * plus headers naming the error, the stage, the attempt count and where the message came from.
 */
export function deadLetterRecord(
  stage: StageName,
  source: { topic: string; partition: number; message: KafkaMessage },
  reason: DeadLetterReason,
): { topic: string; message: { key: Buffer | null; value: Buffer | null; headers: IHeaders } } {
  const headers: IHeaders = { ...(source.message.headers ?? {}) };
  headers[Headers.errorClass] = reason.errorClass;
  // Header values have no size limit of their own, but a dead letter must never fail for being too large.
  headers[Headers.errorMessage] = reason.errorMessage.slice(0, 2000);
  headers[Headers.stage] = stage;
  headers[Headers.attempts] = String(reason.attempts);
  headers[Headers.firstFailureAt] = reason.firstFailureAt.toISOString();
  headers[Headers.originalTopic] = source.topic;
  headers[Headers.originalPartition] = String(source.partition);
  headers[Headers.originalOffset] = source.message.offset;
  return {
    topic: deadLetterTopic(stage).name,
    message: { key: source.message.key, value: source.message.value, headers },
  };
}
