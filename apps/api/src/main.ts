import './tracing';
import { ConfigError } from '@newsflow/config';
import { PinoNestLogger } from '@newsflow/messaging';
import { createLogger, shutdownTracing } from '@newsflow/telemetry';
import { loadApiConfig } from './api-config';
import { createApiApp } from './create-api-app';

/**
 * The query API process: configuration validated first (a bad variable exits 78 with every problem named and no
 * secret echoed), then the read-only pool, then HTTP on API_PORT. SIGTERM/SIGINT close the app (in-flight
 * requests finish, the pool closes) and flush traces.
 */
async function main(): Promise<void> {
  const logger = createLogger('api');
  let config;
  try {
    config = loadApiConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    logger.fatal(err.message);
    process.stderr.write(`api: ${err.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const app = await createApiApp(config, new PinoNestLogger(logger));
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 25_000);
    try {
      await app.close();
      await shutdownTracing();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.listen(config.port, config.host);
  const port = (app.getHttpServer().address() as { port: number }).port;
  logger.info({ port, keys: config.keys.length, requireKey: config.requireKey }, 'api ready');
}

main().catch((err: Error) => {
  process.stderr.write(`api: ${err.message}\n`);
  process.exit(1);
});
