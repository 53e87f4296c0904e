import './tracing';
import { bootstrapStage } from '@newsflow/messaging';
import { ParserModule } from './parser.module';

void bootstrapStage('parser', (deps) => ParserModule.register(deps));
