import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthChecks } from './health/health-checks';
import { HealthController } from './health/health.controller';
import { createMetricsRegistry, createNewsflowMetrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { ObservabilityOptions } from './observability-options';
import { METRICS_REGISTRY, NEWSFLOW_METRICS, OBSERVABILITY_OPTIONS } from './tokens';

/**
 * `GET /metrics`, `GET /health/live` and `GET /health/ready` for a service. The controllers are HTTP controllers:
 * a stage must run as a Nest hybrid app (NestFactory.create + connectMicroservice + listen(HTTP_PORT)) to serve
 * them. The registry and the typed metrics are exported (METRICS_REGISTRY, NEWSFLOW_METRICS) for the service's
 * own providers to inject.
 */
@Module({})
export class ObservabilityModule {
  static register(options: ObservabilityOptions): DynamicModule {
    const registry = options.telemetry?.registry ?? createMetricsRegistry({ service: options.service });
    const metrics = options.telemetry?.metrics ?? createNewsflowMetrics(registry);
    return {
      module: ObservabilityModule,
      global: true,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [MetricsController, HealthController],
      providers: [
        { provide: OBSERVABILITY_OPTIONS, useValue: options },
        { provide: METRICS_REGISTRY, useValue: registry },
        { provide: NEWSFLOW_METRICS, useValue: metrics },
        HealthChecks,
      ],
      exports: [METRICS_REGISTRY, NEWSFLOW_METRICS],
    };
  }
}
