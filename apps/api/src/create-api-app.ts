import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { nestLoggingModule, useNestLogging } from '@newsflow/messaging';
import { METRICS_REGISTRY } from '@newsflow/observability';
import { Logger } from '@newsflow/telemetry';
import { ApiConfig } from './api-config';
import { ApiModule } from './api.module';
import { buildOpenApiDocument } from './openapi-document';
import { ReadDatabase } from './read-database';
import { RequestMetrics } from './request-metrics';

/** Where the OpenAPI document is served: the UI at /docs, the JSON at /docs/openapi.json. */
export const DOCS_PATH = 'docs';
export const OPENAPI_JSON_PATH = '/docs/openapi.json';

/**
 * The API as a Nest application, not yet listening (main.ts listens on HTTP_PORT; tests on port 0). The database
 * pool is opened first, so a wrong URL or password fails the boot instead of every request. With `logger` (the
 * service's), Nest's lines and one line per request go to it through nestjs-pino; without (tests), Nest logs only
 * errors and warnings to the console.
 */
export async function createApiApp(config: ApiConfig, logger?: Logger): Promise<INestApplication> {
  const db = await ReadDatabase.open(config);
  try {
    const root = ApiModule.register(config, db);
    if (logger) root.imports = [...(root.imports ?? []), nestLoggingModule(logger, { requestLogs: true })];
    const app = await NestFactory.create(root, {
      ...(logger ? { bufferLogs: true } : { logger: ['error', 'warn'] }),
      // A module that fails to build rejects (and runService reports it) instead of Nest exiting 1 on its own.
      abortOnError: false,
    });
    if (logger) useNestLogging(app);
    app.use(new RequestMetrics(app.get<Registry>(METRICS_REGISTRY)).middleware);
    const document = buildOpenApiDocument(app);
    SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: OPENAPI_JSON_PATH.slice(1) });
    return app;
  } catch (err) {
    await db.onApplicationShutdown();
    throw err;
  }
}
