import { DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@newsflow/observability';
import { ApiConfig } from './api-config';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeys } from './api-keys';
import { ArticlesController } from './articles.controller';
import { EntitiesController } from './entities.controller';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimiter } from './rate-limiter';
import { ReadDatabase } from './read-database';
import { API_CONFIG, API_KEYS, RATE_LIMITER } from './tokens';

/**
 * The query API: articles and entities (guarded by API key and rate limit), plus /metrics and /health/* from the
 * observability module (open; readiness runs SELECT 1 on the API's own pool).
 */
@Module({})
export class ApiModule {
  static register(config: ApiConfig, db: ReadDatabase): DynamicModule {
    return {
      module: ApiModule,
      imports: [ObservabilityModule.register({ service: 'api', checks: { postgres: { dataSource: db.dataSource } } })],
      controllers: [ArticlesController, EntitiesController],
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: API_KEYS, useValue: new ApiKeys(config.keys) },
        { provide: RATE_LIMITER, useValue: new RateLimiter(config.rateLimitPerMinute) },
        { provide: ReadDatabase, useValue: db },
        ApiKeyGuard,
        RateLimitGuard,
      ],
    };
  }
}
