export * from './tracing';
export * from './kafka-propagation';
export * from './logger';
export * from './run-service';
export * from './exit-with-parent';
export * from './new-trace';
