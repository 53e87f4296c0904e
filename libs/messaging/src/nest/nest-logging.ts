import { DynamicModule, INestApplication } from '@nestjs/common';
import { Logger as NestPinoLogger, LoggerModule } from 'nestjs-pino';
import { Logger } from '@newsflow/telemetry';

export interface NestLoggingOptions {
  /** One log line per HTTP request (the query API); stages log none: their HTTP is probes and scrapes. */
  requestLogs?: boolean;
}

/** Paths whose requests are never logged: probes and scrapes arrive every few seconds and say nothing new. */
const QUIET_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/**
 * Nest's own log lines (and, for the API, one per request) through nestjs-pino into the service's JSON logger,
 * so they carry the same service name, level and trace ids as everything else. Boot the app with
 * `bufferLogs: true` and call `useNestLogging(app)` once it exists: lines logged while Nest builds are kept.
 */
export function nestLoggingModule(logger: Logger, options: NestLoggingOptions = {}): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      logger,
      autoLogging: options.requestLogs ? { ignore: (req) => QUIET_PATHS.test(req.url ?? '') } : false,
      // Requests are summarised, never dumped: headers carry bearer keys.
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    renameContext: 'context',
  });
}

export function useNestLogging(app: INestApplication): void {
  app.useLogger(app.get(NestPinoLogger));
  app.flushLogs();
}
