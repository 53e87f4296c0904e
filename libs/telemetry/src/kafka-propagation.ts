import { Context, context, propagation, TextMapGetter, TextMapSetter, trace } from '@opentelemetry/api';

/**
 * W3C trace context in Kafka headers. kafkajs gives header values as Buffers (or arrays of them when a header
 * repeats), so the getter decodes; the setter writes strings, which kafkajs encodes.
 */
export type KafkaHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

const getter: TextMapGetter<KafkaHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    if (value === undefined) return undefined;
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? undefined : first.toString();
  },
};

const setter: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};

/** The context a message was produced in (its trace becomes the parent of the consumer's span). */
export function contextFromHeaders(headers: KafkaHeaders | undefined, base: Context = context.active()): Context {
  return propagation.extract(base, headers ?? {}, getter);
}

/** Headers carrying the given (default: active) context, to add to a produced message. */
export function traceHeaders(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier, setter);
  return carrier;
}

/** The trace id of the active span, or null outside a span (or with tracing off). */
export function activeTraceId(ctx: Context = context.active()): string | null {
  const spanContext = trace.getSpanContext(ctx);
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : null;
}

export function headerString(headers: KafkaHeaders | undefined, name: string): string | undefined {
  return headers ? (getter.get(headers, name) as string | undefined) : undefined;
}
