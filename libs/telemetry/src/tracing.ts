import { NodeSDK } from '@opentelemetry/sdk-node';
import { NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';

/**
 * Starts OpenTelemetry tracing for one process. Each app imports its `tracing.ts` (which calls this) as the very
 * first import of main.ts, before Nest, kafkajs or pg are loaded, so anything instrumented later sees the provider.
 *
 * Exporting follows the standard OTEL_* variables (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL,
 * OTEL_TRACES_EXPORTER, OTEL_BSP_SCHEDULE_DELAY, ...). With none of them set, spans are still created — every
 * article gets a real trace id that is stored with it — but nothing is sent anywhere.
 */
let sdk: NodeSDK | undefined;

function exportConfigured(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.OTEL_TRACES_EXPORTER || env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): void {
  if (sdk) return;
  // Only traces are ours to configure here; metrics are served by Prometheus endpoints and logs go to stdout.
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  sdk = new NodeSDK({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME ?? serviceName,
      [ATTR_SERVICE_VERSION]: env.npm_package_version ?? '0.1.0',
      'service.namespace': 'newsflow',
    }),
    ...(exportConfigured(env) ? {} : { spanProcessors: [new NoopSpanProcessor()] }),
    instrumentations: [],
  });
  sdk.start();
}

/** Flushes pending spans and stops the SDK; called from the shutdown hooks so no span is lost on SIGTERM. */
export async function shutdownTracing(): Promise<void> {
  const current = sdk;
  sdk = undefined;
  await current?.shutdown().catch(() => undefined);
}
