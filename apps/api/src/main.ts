import './tracing';
import { runService } from '@newsflow/telemetry';
import { apiServiceEnv } from './service-env';
import { loadApiConfig } from './api-config';
import { createApiApp } from './create-api-app';

/**
 * The query API process, on the boot path every service shares (runService): configuration validated first (a bad
 * variable exits 78 with every problem named and no secret echoed), then the read-only pool, then HTTP on
 * HTTP_PORT. SIGTERM/SIGINT close the app (in-flight requests finish, the pool closes) and flush traces.
 */
runService('api', apiServiceEnv, async (logger) => {
  const config = loadApiConfig();
  const app = await createApiApp(config, logger);
  await app.listen(config.port, config.host);
  const port = (app.getHttpServer().address() as { port: number }).port;
  logger.info({ port, keys: config.keys.length, requireKey: config.requireKey }, 'api ready');
  return { close: () => app.close() };
});
