import { IHeaders, KafkaMessage } from 'kafkajs';
import { Headers, RetryTier } from '@newsflow/contracts';
import { headerString } from '@newsflow/telemetry';

/** What a message's headers say about its earlier deliveries (absent on a first delivery). */
export interface DeliveryHistory {
  /** Handler attempts across all deliveries so far. */
  attempts: number;
  /** How many times the message has reached the stage (1 on the first delivery). */
  deliveries: number;
  /** How many times it was parked by a RetryLaterError. */
  deferrals: number;
  firstFailureAt: Date | null;
}

function intHeader(message: KafkaMessage, name: string): number {
  const n = Number(headerString(message.headers, name));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export function deliveryHistory(message: KafkaMessage): DeliveryHistory {
  const first = headerString(message.headers, Headers.firstFailureAt);
  const firstDate = first ? new Date(first) : null;
  return {
    attempts: intHeader(message, Headers.attempts),
    deliveries: Math.max(1, intHeader(message, Headers.deliveries)),
    deferrals: intHeader(message, Headers.deferrals),
    firstFailureAt: firstDate && !Number.isNaN(firstDate.getTime()) ? firstDate : null,
  };
}

/** The tier for a requested delay: the shortest whose delay covers it, else the longest. */
export function tierForDelay(tiers: RetryTier[], delayMs: number): RetryTier {
  return tiers.find((t) => t.delayMs >= delayMs) ?? tiers[tiers.length - 1];
}

/**
 * The record that parks a message in a retry tier: original key, value and headers (trace context included, so the
 * retry stays in the article's trace), with the delivery bookkeeping updated and the time it may return.
 */
export function retryRecord(
  tier: RetryTier,
  message: KafkaMessage,
  update: {
    returnTo: string;
    notBefore: number;
    attempts: number;
    deliveries: number;
    deferrals: number;
    firstFailureAt: Date;
    error: Error;
  },
): { topic: string; message: { key: Buffer | null; value: Buffer | null; headers: IHeaders } } {
  const headers: IHeaders = { ...(message.headers ?? {}) };
  headers[Headers.notBefore] = String(update.notBefore);
  headers[Headers.originalTopic] = update.returnTo;
  headers[Headers.attempts] = String(update.attempts);
  headers[Headers.deliveries] = String(update.deliveries);
  headers[Headers.deferrals] = String(update.deferrals);
  headers[Headers.firstFailureAt] = update.firstFailureAt.toISOString();
  headers[Headers.errorClass] = update.error.name || update.error.constructor.name;
  headers[Headers.errorMessage] = update.error.message.slice(0, 2000);
  return { topic: tier.name, message: { key: message.key, value: message.value, headers } };
}
