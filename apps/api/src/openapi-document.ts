import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/**
 * The open operations the observability module adds (the same controllers serve every stage, which load no
 * swagger, so they carry no decorators): what each one is, and `security: []` saying it needs no key. The lint
 * test fails on an operation without a summary or security, so a route added there must be described here.
 */
const OPEN_OPERATIONS: Record<string, Pick<Operation, 'summary' | 'description' | 'tags' | 'responses'>> = {
  '/health/live': {
    summary: 'Liveness probe: the process is up',
    description: 'Checks the process only (never the database), so an outage does not restart every replica.',
    tags: ['health'],
    responses: {
      '200': { description: 'alive (terminus health check result)' },
      '503': { description: 'a liveness check failed' },
    },
  },
  '/health/ready': {
    summary: "Readiness probe: the API's database pool answers SELECT 1",
    description: 'A replica that is not ready gets no traffic.',
    tags: ['health'],
    responses: {
      '200': { description: 'ready (terminus health check result)' },
      '503': { description: 'a readiness check failed; the body names it' },
    },
  },
  '/metrics': {
    summary: 'Prometheus metrics of this replica',
    description:
      'Text exposition: newsflow_api_requests_total{method,route,status}, ' +
      'newsflow_api_request_duration_seconds{method,route} (route is the template, never the raw path), ' +
      'and the Node.js process metrics.',
    tags: ['metrics'],
    responses: {
      '200': {
        description: 'Prometheus text exposition format 0.0.4',
        content: { 'text/plain': { schema: { type: 'string' } } },
      },
    },
  },
};

/**
 * The OpenAPI 3 document of the API as its routes and decorators describe it, plus what the decorators cannot say:
 * a relative server (the document is served by the API it describes, wherever that runs), the licence, and the
 * open probe and metrics operations.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Newsflow query API')
      .setDescription(
        'Search and browse indexed news articles, their entities and places, and stories (one event across ' +
          'outlets). Query endpoints need ' +
          '"Authorization: Bearer <API key>" and are rate-limited per key; /health/* and /metrics are open.',
      )
      .setVersion('1')
      .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
      .addServer('/', 'the API serving this document')
      .addBearerAuth()
      .build(),
  );
  for (const [path, described] of Object.entries(OPEN_OPERATIONS)) {
    const get = document.paths[path]?.get;
    if (!get) throw new Error(`OpenAPI: the open operation GET ${path} is described but not routed`);
    document.paths[path].get = { ...get, ...described, security: [] };
  }
  return document;
}
