import './tracing';
import { bootstrapStage } from '@newsflow/messaging';
import { runService } from '@newsflow/telemetry';
import { parserServiceEnv } from './service-env';
import { ParserModule } from './parser.module';

runService('parser', parserServiceEnv, (logger) =>
  bootstrapStage('parser', logger, (deps) => ParserModule.register(deps)),
);
