import { DynamicModule, Module } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { LOGGER } from '@newsflow/messaging';
import { Logger } from '@newsflow/telemetry';
import { ParserController } from './parser.controller';

@Module({})
export class ParserModule {
  static register(deps: { kafka: Kafka; logger: Logger }): DynamicModule {
    return {
      module: ParserModule,
      controllers: [ParserController],
      providers: [{ provide: LOGGER, useValue: deps.logger }],
    };
  }
}
