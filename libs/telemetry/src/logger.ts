import pino, { Logger } from 'pino';
import { context, trace } from '@opentelemetry/api';
import { loadConfig } from '@newsflow/config';

/**
 * Structured JSON logs (one object per line on stdout) carrying the active trace and span ids, so a log line can
 * be found from a trace and the other way round. LOG_LEVEL sets the level (default info).
 */
export type { Logger };

/** pino's levels; `silent` turns logging off. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const logLevelEnvSpec = {
  LOG_LEVEL: {
    // Case-insensitive: operators write INFO as often as info. pino itself throws on an unknown level.
    parse: (raw: string): LogLevel => {
      const level = raw.toLowerCase() as LogLevel;
      if (!LOG_LEVELS.includes(level)) throw new Error(`expected one of ${LOG_LEVELS.join(', ')}`);
      return level;
    },
    default: 'info' as LogLevel,
    description: 'level of the JSON logs on stdout',
  },
};

/** LOG_LEVEL, validated: a ConfigError naming the variable when it is not one of pino's levels. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel {
  return loadConfig(logLevelEnvSpec, env).LOG_LEVEL;
}

export function createLogger(service: string, level: LogLevel = logLevelFromEnv()): Logger {
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
