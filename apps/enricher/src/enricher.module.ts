import { DynamicModule, Module } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { LOGGER } from '@newsflow/messaging';
import { Logger } from '@newsflow/telemetry';
import { EnricherController } from './enricher.controller';

@Module({})
export class EnricherModule {
  static register(deps: { kafka: Kafka; logger: Logger }): DynamicModule {
    return {
      module: EnricherModule,
      controllers: [EnricherController],
      providers: [{ provide: LOGGER, useValue: deps.logger }],
    };
  }
}
