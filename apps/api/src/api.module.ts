import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ObservabilityModule } from '@newsflow/observability';
import { ApiConfig } from './api-config';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeys } from './api-keys';
import { ArticlesController } from './articles.controller';
import { EntitiesController } from './entities.controller';
import { StoriesController } from './stories.controller';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { ReadDatabase } from './read-database';
import { API_CONFIG, API_KEYS } from './tokens';

/**
 * The query API: articles, entities and stories (guarded by API key and rate limit), plus /metrics and /health/* from the
 * observability module (open; readiness runs SELECT 1 on the API's own pool).
 */
@Module({})
export class ApiModule {
  static register(config: ApiConfig, db: ReadDatabase): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ObservabilityModule.register({ service: 'api', checks: { postgres: { dataSource: db.dataSource } } }),
        ThrottlerModule.forRoot({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }] }),
      ],
      controllers: [ArticlesController, EntitiesController, StoriesController],
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: API_KEYS, useValue: new ApiKeys(config.keys) },
        { provide: ReadDatabase, useValue: db },
        ApiKeyGuard,
        ApiThrottlerGuard,
      ],
    };
  }
}
