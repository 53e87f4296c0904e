import { DynamicModule, Module } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { LOGGER } from '@newsflow/messaging';
import { Logger } from '@newsflow/telemetry';
import { Database } from '@newsflow/db';
import { IndexerController } from './indexer.controller';
import { StoryAssigner } from './story-assigner';
import { storyConfigFromEnv } from './story-config';
import { STORY_STEP } from './story-step';

@Module({})
export class IndexerModule {
  static register(deps: { kafka: Kafka; logger: Logger }): DynamicModule {
    return {
      module: IndexerModule,
      controllers: [IndexerController],
      providers: [
        { provide: LOGGER, useValue: deps.logger },
        { provide: Database, useFactory: () => Database.open('newsflow-indexer') },
        {
          provide: STORY_STEP,
          useFactory: () => {
            const config = storyConfigFromEnv();
            return config.enabled ? new StoryAssigner(config) : null;
          },
        },
      ],
    };
  }
}
