import pino, { Logger } from 'pino';
import { context, trace } from '@opentelemetry/api';

/**
 * Structured JSON logs (one object per line on stdout) carrying the active trace and span ids, so a log line can
 * be found from a trace and the other way round. LOG_LEVEL sets the level (default info).
 */
export type { Logger };

export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log credentials, whatever object a caller passes in.
    redact: {
      paths: ['password', '*.password', 'sasl.password', 'databaseUrl', '*.databaseUrl'],
      censor: '[redacted]',
    },
    mixin() {
      const spanContext = trace.getSpanContext(context.active());
      return spanContext ? { trace_id: spanContext.traceId, span_id: spanContext.spanId } : {};
    },
  });
}
